import { createServer } from 'node:net';

/** A port the OS says is free right now on loopback. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class PortInUseError extends Error {}

/** Fails with a message that names the port, what wanted it and the variable that moves it. */
export async function ensurePortFree(port: number, service: string, envVar: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new PortInUseError(
        `Port ${port} (${service}) is already in use. Stop whatever holds it, or pick another port: ${envVar}=<port> npm run dev`,
      )));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

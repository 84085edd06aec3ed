import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ensurePortFree, freePort } from '../../supabase/local/ports.ts';

describe('local ports', () => {
  it('says which port is taken, by what, and which variable moves it', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    try {
      await expect(ensurePortFree(port, 'API gateway', 'SIGNPOST_API_PORT')).rejects.toThrow(
        `Port ${port} (API gateway) is already in use. Stop whatever holds it, or pick another port: SIGNPOST_API_PORT=<port> npm run dev`,
      );
    } finally {
      server.close();
    }
  });

  it('finds a port that is free, and lets it be taken', async () => {
    const port = await freePort();
    await expect(ensurePortFree(port, 'Postgres', 'SIGNPOST_DB_PORT')).resolves.toBeUndefined();
  });
});

/**
 * Global setup of the `stack` test project: one local stack on free ports with in-memory data, shared by
 * the integration and browser tests, and the stack's logs kept for a failure report.
 */
import type { TestProject } from 'vitest/node';
import { startStack, type Stack } from '../../supabase/local/stack.ts';

export interface ProvidedStack {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  dbUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ProvidedStack;
  }
}

let stack: Stack | undefined;
const lines: string[] = [];

export async function setup(project: TestProject) {
  try {
    stack = await startStack({ log: (service, line) => lines.push(`[${service}] ${line}`) });
  } catch (error) {
    console.error(lines.join('\n'));
    throw error;
  }
  const { url, anonKey, serviceRoleKey, jwtSecret, dbUrl } = stack;
  project.provide('stack', { url, anonKey, serviceRoleKey, jwtSecret, dbUrl });
}

export async function teardown() {
  await stack?.stop();
  const crashes = lines.filter((line) => /crashed|panic|error:/i.test(line));
  if (crashes.length) console.warn(`The stack logged errors during the tests:\n${crashes.join('\n')}`);
}

/**
 * Global setup of the `stack` test project: one local stack on free ports with in-memory data, shared by
 * the integration and browser tests, and the stack's logs kept for a failure report.
 */
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { NUTRITION_SOLUTIONS_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { buildFunctions } from '../../scripts/build-functions.ts';
import { startStack, type Stack } from '../../supabase/local/stack.ts';

export interface ProvidedStack {
  /** Every line the stack's processes logged, appended as they come. */
  logFile: string;
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  /** Signs visitor tokens (tests make expired ones with it). */
  visitorTokenSecret: string;
  dbUrl: string;
  /** `embedded` (PGlite) or `external` (SIGNPOST_DATABASE_URL). */
  database: 'embedded' | 'external';
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ProvidedStack;
  }
}

let stack: Stack | undefined;
const lines: string[] = [];
const logFile = join(mkdtempSync(join(tmpdir(), 'signpost-test-')), 'stack.log');

export async function setup(project: TestProject) {
  // SIGNPOST_FUNCTIONS=bundled: the suite runs the bundles as deployed, built afresh once for every stack.
  if (process.env.SIGNPOST_FUNCTIONS === 'bundled') buildFunctions();
  try {
    stack = await startStack({
      log: (service, line) => {
        lines.push(`[${service}] ${line}`);
        appendFileSync(logFile, `[${service}] ${line}\n`);
      },
    });
  } catch (error) {
    console.error(lines.join('\n'));
    throw error;
  }
  await allowTestTraffic(stack);
  const { url, anonKey, serviceRoleKey, jwtSecret, visitorTokenSecret, dbUrl, database } = stack;
  project.provide('stack', { logFile, url, anonKey, serviceRoleKey, jwtSecret, visitorTokenSecret, dbUrl, database });
}

export async function teardown() {
  await stack?.stop();
  const crashes = lines.filter((line) => /crashed|panic|error:/i.test(line));
  if (crashes.length) console.warn(`The stack logged errors during the tests:\n${crashes.join('\n')}`);
}

/**
 * Every test request comes from 127.0.0.1, so the demo bot's per-address limits (20 new chats an hour) would
 * trip across test files: raise them the way an owner would, in the bot's row. Tests of the limits
 * themselves use the second seed bot.
 */
async function allowTestTraffic(stack: Stack) {
  const response = await fetch(`${stack.url}/rest/v1/bots?id=eq.${NUTRITION_SOLUTIONS_BOT_ID}`, {
    method: 'PATCH',
    headers: {
      apikey: stack.serviceRoleKey,
      authorization: `Bearer ${stack.serviceRoleKey}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ address_messages_per_minute: 100_000, address_new_visitors_per_hour: 100_000 }),
  });
  if (!response.ok) throw new Error(`Could not raise the demo bot's limits: ${response.status} ${await response.text()}`);
}

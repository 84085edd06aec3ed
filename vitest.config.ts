/**
 * Two projects: `unit` (pure code, no services) and `stack` (integration tests through the gateway and
 * browser tests in Chromium, against one local stack that tests/setup/stack.ts starts on free ports with
 * in-memory data and stops afterwards — never the stack of a running `npm run dev`).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // supabase-js wants a WebSocket global, which Node 20 has only behind this flag.
    execArgv: ['--experimental-websocket'],
    projects: [
      {
        extends: true,
        // Speed is the benches' business: a test reading the whole tuning set (a thousand messages) may take
        // seconds on a busy machine, and must not fail for it.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'stack',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/stack.ts'],
          testTimeout: 30_000,
          // A file that starts a stack of its own (a model stub, a restart) may wait its turn on a busy machine.
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

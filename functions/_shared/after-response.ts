/**
 * Work that finishes after the response has gone out (a batch of metrics, a summary a model writes): on
 * Supabase, `EdgeRuntime.waitUntil` keeps the instance alive until it settles; elsewhere (the local stack,
 * tests) the process outlives it anyway. A failure is logged, never thrown: the visitor was answered already.
 */
type Runtime = { waitUntil?(work: Promise<unknown>): void };

export function runAfterResponse(work: Promise<unknown>): void {
  const settled = work.catch((error) => console.warn(`[after-response] ${error instanceof Error ? error.message : error}`));
  (globalThis as { EdgeRuntime?: Runtime }).EdgeRuntime?.waitUntil?.(settled);
}

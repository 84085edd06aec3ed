/**
 * Messages of one visitor run their turns in the order they reached this function instance. The database
 * already answers a conversation's messages in the order they were stored (commit_turn's "wait"); this keeps
 * the storing itself in arrival order, which concurrent requests would otherwise race for (two messages sent
 * 5 ms apart could be stored the other way round). Across instances the database's order still holds.
 */
const tails = new Map<string, Promise<unknown>>();

export function inArrivalOrder<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const result = previous.then(run, run);
  const tail = result.then(() => undefined, () => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}

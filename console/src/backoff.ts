/**
 * How often the console asks for news when it has no Realtime connection: soon after something changed or
 * the coach did something, then less and less often while nothing happens (a tab left open all day costs a
 * request every `max` ms, not every few seconds).
 */
export interface Backoff {
  /** The delay before the next poll. */
  readonly delay: number;
  /** Call after each poll: a change resets the delay to `min`, no change stretches it by `factor`. */
  next(changed: boolean): number;
  reset(): void;
}

export function createBackoff({ min = 2_000, max = 30_000, factor = 1.6 } = {}): Backoff {
  let delay = min;
  return {
    get delay() {
      return delay;
    },
    next(changed) {
      delay = changed ? min : Math.min(max, Math.round(delay * factor));
      return delay;
    },
    reset() {
      delay = min;
    },
  };
}

/**
 * Checking for replies while a person holds the conversation, whether the panel is open or not: soon after
 * something happened, then less and less often while nothing does (backoff), and slowly while the page is
 * hidden; at once when it is shown again. Timers and the page are injected, so the schedule is tested with
 * fake timers.
 */

export const POLL = { firstMs: 3000, factor: 1.5, mostMs: 30_000, watchedMostMs: 10_000, hiddenMs: 60_000 } as const;

/**
 * The wait before the next check, after `quiet` checks in a row that brought nothing new: at most 10 s while
 * the visitor watches the open panel, 30 s while it is closed, and a minute at least while the page is hidden.
 */
export const pollDelay = (quiet: number, hidden: boolean, watched = false) =>
  Math.max(hidden ? POLL.hiddenMs : 0, Math.min(watched ? POLL.watchedMostMs : POLL.mostMs, POLL.firstMs * POLL.factor ** quiet));

export interface PollerDeps {
  /** Should it keep checking (a person holds the conversation)? */
  active: () => boolean;
  /** Is the visitor looking at the conversation (the panel is open)? */
  watched?: () => boolean;
  /** One check; true when it brought something new. */
  check: () => Promise<boolean>;
  doc: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
}

export function createPoller({ active, watched = () => false, check, doc }: PollerDeps) {
  let quiet = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    if (!stopped && active()) timer = setTimeout(run, pollDelay(quiet, doc.hidden, watched()));
  };
  async function run() {
    if (running || stopped) return;
    running = true;
    try {
      quiet = (await check()) ? 0 : quiet + 1;
    } finally {
      running = false;
    }
    schedule();
  }
  const shown = () => {
    if (doc.hidden || !active()) return;
    quiet = 0;
    clearTimeout(timer);
    void run();
  };
  doc.addEventListener('visibilitychange', shown);

  return {
    /** Checks now (the conversation's state is not known yet). */
    now: run,
    /** Something happened: the next check comes soon again. */
    wake() {
      quiet = 0;
      schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      doc.removeEventListener('visibilitychange', shown);
    },
  };
}

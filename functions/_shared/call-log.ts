/**
 * The record of each function call made for a bot (function, status, duration), for the per-bot metrics
 * (`function_calls`, `function_latency_daily`), written without a database round trip of its own on anyone's
 * path: records wait here and leave with the next commit_turn (a chat turn takes them along, `take`), or,
 * when none comes within a couple of seconds, in one batch after the responses (`record_function_calls`),
 * which the platform keeps alive with `EdgeRuntime.waitUntil` where it has it.
 *
 * A record lost with a recycled instance or a failed batch is a missing sample, never a failed request; the
 * buffer is bounded, so a database that is down cannot grow it without end. Each record carries its own id:
 * a batch sent twice is stored once.
 */
import { runAfterResponse } from './after-response.ts';
import type { CallReport } from './http.ts';

/** A call as stored: the report with its own id. */
export interface CallRecord extends CallReport {
  id: string;
}

export interface CallLog {
  add(record: CallReport): void;
  /** The records waiting, up to a batch, for a write that is happening anyway; `putBack` if it fails. */
  take(): CallRecord[];
  putBack(records: CallRecord[]): void;
  /** Writes what is waiting now. */
  flush(): Promise<void>;
}

export interface CallLogOptions {
  /** How long a record waits for a commit_turn to take it before a batch is sent. */
  delayMs?: number;
  maxBatch?: number;
  /** The most records kept while writes fail; the oldest go first. */
  maxWaiting?: number;
  /** Keeps the process alive until a promise settles (the platform's waitUntil). */
  keepAlive?: (work: Promise<unknown>) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createCallLog(send: (records: CallRecord[]) => Promise<unknown>, options: CallLogOptions = {}): CallLog {
  const { delayMs = 2_000, maxBatch = 200, maxWaiting = 5_000, keepAlive = runAfterResponse } = options;
  let waiting: CallRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = () => {
    if (timer || waiting.length === 0) return;
    let done!: () => void;
    keepAlive(new Promise<void>((resolve) => (done = resolve)));
    timer = setTimeout(() => {
      timer = null;
      void log.flush().finally(done);
    }, delayMs);
  };

  const log: CallLog = {
    add(record) {
      if (!UUID.test(record.bot_id)) return;
      waiting.push({ id: crypto.randomUUID(), ...record });
      if (waiting.length > maxWaiting) waiting = waiting.slice(-maxWaiting);
      schedule();
    },
    take() {
      return waiting.splice(0, maxBatch);
    },
    putBack(records) {
      waiting = [...records, ...waiting].slice(-maxWaiting);
      schedule();
    },
    async flush() {
      while (waiting.length > 0) {
        const batch = log.take();
        try {
          await send(batch);
        } catch (error) {
          console.warn(`[calls] ${batch.length} call record(s) not written: ${error instanceof Error ? error.message : error}`);
          return;
        }
      }
    },
  };
  return log;
}

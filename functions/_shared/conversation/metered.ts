/**
 * The runner's services, counted: how many database round trips one turn made and how long they took, for a
 * `Server-Timing` header (a web standard: browsers' developer tools show it, benchmarks read it). A guided
 * answer should show two (begin_turn, commit_turn); knowledge look-ups add theirs.
 */
import type { TurnServices } from './runner.ts';

export interface Meter {
  services: TurnServices;
  /** `db;dur=<ms>;desc="<n> round trips"`. */
  header(): string;
}

export function metered(services: TurnServices): Meter {
  let calls = 0;
  let millis = 0;
  const time = async <T>(call: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    calls++;
    try {
      return await call();
    } finally {
      millis += performance.now() - started;
    }
  };
  return {
    services: {
      store: { begin: (args) => time(() => services.store.begin(args)), commit: (args) => time(() => services.store.commit(args)) },
      knowledge: {
        search: (bot, search) => time(() => services.knowledge.search(bot, search)),
        ...(services.knowledge.sample ? { sample: (bot, category, limit) => time(() => services.knowledge.sample!(bot, category, limit)) } : {}),
      },
      ...(services.writer ? { writer: services.writer } : {}),
      ...(services.coaching ? { coaching: services.coaching } : {}),
      ...(services.memory ? { memory: services.memory } : {}),
      ...(services.reader ? { reader: services.reader } : {}),
    },
    header: () => `db;dur=${millis.toFixed(1)};desc="${calls} round trips"`,
  };
}

/**
 * The reactive core the model is built on: `signal`, `computed`, `effect` and `batch`, with the meaning (and
 * the names) of @preact/signals-core for the part of it the widget uses, in a tenth of its weight.
 *
 * - Reading `.value` inside an effect or a computed subscribes it; `.peek()` reads without subscribing.
 * - Setting `.value` to something else (`!==`) re-runs the effects that read it, synchronously, or at the end
 *   of the outermost `batch()`; each effect runs once however many of its signals changed.
 * - A computed recomputes when a signal it read changes, and wakes its readers only if its value changed.
 * - An effect may return a cleanup, run before it runs again and when it is disposed; every run tracks afresh
 *   (only what that run read), so a branch not taken subscribes to nothing.
 *
 * No cycle detection: an effect must not write a signal it reads (none does).
 */
export interface ReadonlySignal<T> {
  readonly value: T;
  peek(): T;
}
export interface Signal<T> extends ReadonlySignal<T> {
  value: T;
}

/** An effect or a computed: what it read last time, and what to do when one of those changes. */
interface Reaction {
  sources: Set<Set<Reaction>>;
  stale(): void;
}

let running: Reaction | undefined;
let depth = 0;
const pending = new Set<() => void>();

/** Unsubscribes `reaction` from everything it read. */
function drop(reaction: Reaction) {
  for (const readers of reaction.sources) readers.delete(reaction);
  reaction.sources.clear();
}

/** Runs `fn` as `reaction` (untracked without one), which then depends on exactly what `fn` reads. */
function track<T>(reaction: Reaction | undefined, fn: () => T): T {
  if (reaction) drop(reaction);
  const outer = running;
  running = reaction;
  try {
    return fn();
  } finally {
    running = outer;
  }
}

function read(readers: Set<Reaction>) {
  if (running) {
    readers.add(running);
    running.sources.add(readers);
  }
}

/** A copy: a computed that recomputes leaves and rejoins `readers`. */
const changed = (readers: Set<Reaction>) => batch(() => [...readers].forEach((reaction) => reaction.stale()));

export function batch<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    if (!--depth) {
      for (const run of pending) {
        pending.delete(run);
        run();
      }
    }
  }
}

export function signal<T>(value: T): Signal<T> {
  const readers = new Set<Reaction>();
  return {
    get value() {
      read(readers);
      return value;
    },
    set value(next) {
      if (next !== value) {
        value = next;
        changed(readers);
      }
    },
    peek: () => value,
  };
}

export function computed<T>(fn: () => T): ReadonlySignal<T> {
  const readers = new Set<Reaction>();
  let value: T;
  let fresh = false;
  const self: Reaction = {
    sources: new Set(),
    stale() {
      const next = track(self, fn);
      if (next !== value) {
        value = next;
        changed(readers);
      }
    },
  };
  // Computed on first read (the model defines its computeds before what they use).
  const peek = () => {
    if (!fresh) {
      fresh = true;
      value = track(self, fn);
    }
    return value;
  };
  return {
    get value() {
      read(readers);
      return peek();
    },
    peek,
  };
}

/** Runs `fn` now and whenever what it read changes, until the returned function disposes it. */
export function effect(fn: () => void | (() => void)): () => void {
  let cleanup: void | (() => void);
  let live = true;
  const clean = () =>
    track(undefined, () => {
      cleanup?.();
      cleanup = undefined;
    });
  const run = () => {
    if (!live) return;
    clean();
    cleanup = track(self, fn);
  };
  const self: Reaction = { sources: new Set(), stale: () => pending.add(run) };
  run();
  return () => {
    live = false;
    pending.delete(run);
    drop(self);
    clean();
  };
}

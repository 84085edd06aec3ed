// @vitest-environment happy-dom
/**
 * The widget's reactive core (signals.ts, what the model is built on) and `watch` (how components follow it):
 * the semantics of @preact/signals-core that the widget relies on.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import * as library from '@preact/signals-core';
import * as ours from '../../widget/src/signals.ts';
import { watch } from '../../widget/src/watch.ts';

const { signal } = ours;

/**
 * signals.ts stands in for @preact/signals-core to keep the widget within its 20 KB budget (the library
 * weighs about 1.2 KB gzip more): every behaviour below is checked against both, so the two cannot drift.
 */
describe.each([
  ['widget/src/signals.ts', ours],
  ['@preact/signals-core', library as unknown as typeof ours],
])('signals: %s', (_name, { batch, computed, effect, signal }) => {
  it('runs an effect at once and again when a signal it read changes, not when it is set to the same value', () => {
    const count = signal(1);
    const seen: number[] = [];
    effect(() => void seen.push(count.value));
    count.value = 2;
    count.value = 2;
    expect(seen).toEqual([1, 2]);
    expect(count.peek()).toBe(2);
  });

  it('does not subscribe on peek, and tracks only what the last run read', () => {
    const on = signal(true);
    const a = signal('a');
    const b = signal('b');
    const quiet = signal(0);
    let runs = 0;
    effect(() => {
      runs++;
      void quiet.peek();
      void (on.value ? a.value : b.value);
    });
    quiet.value = 1;
    b.value = 'b2'; // not read yet
    expect(runs).toBe(1);
    on.value = false;
    a.value = 'a2'; // no longer read
    expect(runs).toBe(2);
    b.value = 'b3';
    expect(runs).toBe(3);
  });

  it('runs each effect once at the end of the outermost batch, seeing every change', () => {
    const x = signal(0);
    const y = signal(0);
    const seen: string[] = [];
    effect(() => void seen.push(`${x.value},${y.value}`));
    const result = batch(() => {
      x.value = 1;
      batch(() => (y.value = 2));
      expect(seen).toEqual(['0,0']);
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual(['0,0', '1,2']);
  });

  it('calls an effect’s cleanup before it runs again and when disposed, and a disposed effect never runs', () => {
    const s = signal(0);
    const log: string[] = [];
    const dispose = effect(() => {
      const v = s.value;
      log.push(`run ${v}`);
      return () => log.push(`clean ${v}`);
    });
    s.value = 1;
    dispose();
    dispose();
    s.value = 2;
    expect(log).toEqual(['run 0', 'clean 0', 'run 1', 'clean 1']);
  });

  it('drops an effect disposed while it waits for the end of a batch', () => {
    const s = signal(0);
    let runs = 0;
    const dispose = effect(() => void (runs++, s.value));
    batch(() => {
      s.value = 1;
      dispose();
    });
    expect(runs).toBe(1);
  });

  it('computes lazily, follows its signals, and wakes its readers only when its value changes', () => {
    const phase = signal('idle');
    let computations = 0;
    const busy = computed(() => (computations++, phase.value === 'sending' || phase.value === 'starting'));
    expect(computations).toBe(0);
    const seen: boolean[] = [];
    effect(() => void seen.push(busy.value));
    phase.value = 'starting';
    phase.value = 'sending'; // still busy: readers are not woken
    phase.value = 'ready';
    expect(seen).toEqual([false, true, false]);
    expect(busy.peek()).toBe(false);
  });

  it('lets an effect write another signal, whose readers then run', () => {
    const a = signal(1);
    const b = signal(0);
    const seen: number[] = [];
    effect(() => void (b.value = a.value * 10));
    effect(() => void seen.push(b.value));
    a.value = 2;
    expect(seen).toEqual([10, 20]);
  });
});

describe('watch', () => {
  it('re-renders a component alone on the signals it read, and stops following them once unmounted', async () => {
    const title = signal('Coach');
    const count = signal(0);
    let outer = 0;
    let inner = 0;
    const Count = watch(() => (inner++, <b>{count.value}</b>));
    const Card = watch(() => (outer++, <p>{title.value}<Count /></p>));
    const root = document.createElement('div');
    render(<Card />, root);
    expect([root.textContent, outer, inner]).toEqual(['Coach0', 1, 1]);

    count.value = 1;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([root.textContent, outer, inner]).toEqual(['Coach1', 1, 2]);

    title.value = 'Max';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([root.textContent, outer, inner]).toEqual(['Max1', 2, 3]);

    render(null, root);
    title.value = 'Gone';
    count.value = 2;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([root.textContent, outer, inner]).toEqual(['', 2, 3]);
  });
});

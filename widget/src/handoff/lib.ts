/**
 * What the handoff chunk borrows from the app chunk: Preact's `h` and the signal functions. The chunk must
 * render with the app's own Preact and signals (one copy of each: a second Preact could not render into the
 * app's tree, and a second signals library would not be tracked by the app's components), so it imports
 * their types only and is handed the functions when it starts.
 */
import type { computed, effect, signal } from '@preact/signals';
import type { h } from 'preact';

/** Part of the handoff chunk's start arguments (handoff/start.ts). */
export interface HandoffLib {
  h: typeof h;
  signal: typeof signal;
  computed: typeof computed;
  effect: typeof effect;
}

/**
 * How components follow the model's signals, in a few lines instead of @preact/signals' Preact integration
 * (about 1.3 KB gzip): a component wrapped in `watch()` renders inside a signals `effect()`, so every signal
 * whose `.value` it reads is tracked; when one of them changes, that component alone renders again, and that
 * render tracks afresh. `.peek()` does not subscribe. Props are never bound to signals, so a page's
 * Object.prototype pollution has nothing to walk (see the hostile-js demo page).
 */
import { effect } from './signals.ts';
import type { Component, ComponentChild, FunctionComponent } from 'preact';

type Watching = Component & { stop?: () => void };

/**
 * `own` is the component instance, the place for what a component keeps from one render to the next (instead
 * of preact/hooks, which would cost another kilobyte); its fields are named so they cannot meet Preact's own.
 */
export function watch<P, Own extends object = object>(render: (props: P, own: Partial<Own>) => ComponentChild): FunctionComponent<P> {
  return function (this: Watching, props: P) {
    let out: ComponentChild;
    let first = true;
    this.stop?.();
    // The first run renders, synchronously inside Preact's render of this component; a later run means a
    // signal it read has changed: render again (a fresh effect then tracks what that render reads).
    this.componentWillUnmount = this.stop = effect(() => {
      if (first) out = render(props, this as unknown as Partial<Own>);
      else this.forceUpdate();
      first = false;
    });
    return out;
  };
}

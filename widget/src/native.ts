/**
 * The widget depends on one page global it cannot do without: fetch. Pages wrap it (analytics, polyfills,
 * "security" shims), and some wrappers drop headers or bodies. The loader captures `window.fetch` when it
 * runs; if that is not the browser's own function, an untouched one is borrowed from a blank frame inside
 * the widget's shadow root (the technique error trackers use), kept alive until the widget is destroyed.
 */
const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;

export const isNative = (fn: unknown): boolean =>
  typeof fn === 'function' && NATIVE.test(Function.prototype.toString.call(fn));

export function nativeFetch(win: Window, captured: typeof fetch, parent: Node): typeof fetch {
  if (isNative(captured)) return captured.bind(win);
  try {
    const frame = win.document.createElement('iframe');
    frame.hidden = true; // display:none: out of the layout, the tab order and the accessibility tree
    parent.appendChild(frame);
    const clean = (frame.contentWindow as (Window & typeof globalThis) | null)?.fetch;
    if (isNative(clean)) return clean!.bind(win);
  } catch {
    // No frame possible (a sandbox): the page's fetch it is.
  }
  return captured.bind(win);
}

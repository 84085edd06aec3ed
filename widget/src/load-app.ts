/**
 * Loads a chunk of the widget (a classic script next to the loader) once per page, however many widgets ask:
 * the app of the visitor's language (signpost-app-<lang>.js, loaded by the loader) and the handoff chunk
 * (signpost-handoff.js, loaded by the app when a person holds a conversation). A classic script rather than
 * `import()`: it needs no CORS headers from whatever static host serves the files, and it works under a
 * nonce-based CSP because the loader's nonce is copied onto it (`'strict-dynamic'` allows it too). The chunk
 * registers its start function under a private global key, by its name.
 */
export const APP_KEY = Symbol.for('signpost.app');
type Slot<T> = { start?: T; loading?: Promise<T> };

/** Where the chunk `name` ("app-en", "handoff") puts its start function. */
export function chunkSlot<T>(name: string, win: Window = window): Slot<T> {
  const holder = win as unknown as Record<symbol, Record<string, Slot<T>> | undefined>;
  return ((holder[APP_KEY] ??= {})[name] ??= {});
}

/** `base`: the URL of a script the chunk sits beside (the loader, or the app chunk itself). */
export function loadChunk<T>(base: string, name: string, nonce: string): Promise<T> {
  const slot = chunkSlot<T>(name);
  if (slot.start) return Promise.resolve(slot.start);
  const url = new URL(`signpost-${name}.js`, base).href;
  return (slot.loading ??= new Promise<T>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    if (nonce) script.nonce = nonce;
    // Loaded and run, or failed: either way the element has no further use. A failed load may be tried again.
    script.onload = script.onerror = () => {
      script.remove();
      if (slot.start) return resolve(slot.start);
      slot.loading = undefined;
      reject(new Error(`${url} could not be loaded`));
    };
    document.head.appendChild(script);
  }));
}

/**
 * Loads the app chunk of the visitor's language (signpost-app-<lang>.js, a classic script next to the loader)
 * once per page, however many widgets ask. A classic script rather than `import()`: it needs no CORS headers
 * from whatever static host serves the files, and it works under a nonce-based CSP because the loader's nonce
 * is copied onto it (`'strict-dynamic'` allows it too). The chunk registers its start function under a
 * private global key, per language.
 */
import type { Lang } from './i18n.ts';
import type { StartApp } from './shell.ts';

export const APP_KEY = Symbol.for('signpost.app');
type Slot = { start?: StartApp; loading?: Promise<StartApp> };

export function appSlot(lang: Lang, win: Window = window): Slot {
  const holder = win as unknown as Record<symbol, Partial<Record<Lang, Slot>> | undefined>;
  return ((holder[APP_KEY] ??= {})[lang] ??= {});
}

/** `base`: the loader's own URL, which the chunks sit beside. */
export function loadApp(base: string, lang: Lang, nonce: string): Promise<StartApp> {
  const slot = appSlot(lang);
  if (slot.start) return Promise.resolve(slot.start);
  const url = new URL(`signpost-app-${lang}.js`, base).href;
  return (slot.loading ??= new Promise<StartApp>((resolve, reject) => {
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

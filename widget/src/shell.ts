/**
 * One widget as the loader builds it, without Preact: the host element and its shadow root, the theme, the
 * launcher button and the host API instance. The chat itself (the app chunk) is loaded on
 * the first sign of interest (hover, focus, touch, click) or when the page is idle, and renders into the same
 * shadow root. Everything added here is removed again by `destroy()`.
 */
import type { BotAppearance } from '../../functions/_shared/contracts.ts';
import type { WidgetConfig } from './config.ts';
import type { EventName, Instance, Registry } from './host-api.ts';
import { LAUNCHER_WORDS, type Lang, pickLanguage } from './i18n.ts';
import { type BotStorage, botStorage } from './storage.ts';
import { type BotTheme, type Icon, resolveTheme, themeCss } from './theme.ts';

/** What the app chunk gets from the loader. */
export interface AppContext {
  config: WidgetConfig;
  shadow: ShadowRoot;
  launcher: HTMLButtonElement;
  lang: Lang;
  /** Adds CSS to the shadow root in a way a strict CSP allows; returns the function that removes it. */
  addStyle(css: string): () => void;
  storage: BotStorage;
  /** A fetch to use instead of the browser's (tests). */
  fetch?: typeof fetch | undefined;
  /** `window.fetch` as it was when the loader ran (the app checks it is the browser's own). */
  pageFetch: typeof fetch;
  /** The bot's name and theme as last seen (cached from an earlier visit), or null. */
  bot(): BotAppearance | null;
  /** True once the panel has been open on this page (the proactive rule then never fires). */
  everOpened(): boolean;
  emit(event: EventName, detail?: Record<string, string | number | boolean | null>): void;
  /** The bot's name and theme arrived (with an answer, or from the configuration fetch): cached and painted. */
  setBot(bot: BotAppearance): void;
  /** The panel opened or closed (the launcher mirrors it). */
  opened(open: boolean): void;
  /** Loads another chunk beside the loader: `handoff` (signpost-handoff.js). */
  loadChunk<T>(name: string): Promise<T>;
}

export interface AppHandle {
  /** `focus: false` for an opening the visitor did not ask for (the proactive rule): focus stays where it is. */
  open(focus?: boolean): void;
  close(): void;
  toggle(): void;
  reset(): void;
  destroy(): void;
}

export type StartApp = (context: AppContext) => AppHandle;

export interface ShellDeps {
  registry: Registry;
  /** The loader script's CSP nonce, for the <style> fallback where constructable stylesheets are missing. */
  nonce?: string;
  /** The chunk signpost-<name>.js and its start function: the app of a language (`app-en`), `handoff`. */
  loadChunk<T>(name: string): Promise<T>;
  fetch?: typeof fetch;
  storage?: () => Storage;
}

/**
 * The host is out of flow (fixed; its children are fixed too, so it has no size) and immune to the page's
 * rules: an `!important` declaration inside a shadow tree beats the page's, `all:initial` resets the rest.
 * (So the chat's font and colour are set on `.app`, not on :host, where `all:initial!important` would win.)
 */
const HOST_CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;--sp-gap:20px!important}
.launcher{position:fixed;right:var(--sp-right);left:var(--sp-left);bottom:calc(max(var(--sp-gap),env(safe-area-inset-bottom)) + var(--sp-offset));
width:60px;height:60px;padding:0;margin:0;border:0;border-radius:50%;display:grid;place-items:center;background:var(--sp-brand);color:var(--sp-on-brand);
box-shadow:0 8px 24px rgb(0 0 0/.25);cursor:pointer}
.launcher:hover{background:var(--sp-brand-hover)}
.launcher:focus-visible{outline:3px solid var(--sp-brand);outline-offset:2px;box-shadow:0 0 0 3px #fff}
.launcher svg{width:45%;height:45%;pointer-events:none}
@media (max-width:639.98px){:host{--sp-gap:12px!important}.launcher{width:48px;height:48px}.launcher[aria-expanded=true]{display:none}}`;

const PATHS: Record<Icon | 'close', string> = {
  chat: 'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01',
  close: 'M6 6l12 12M18 6L6 18',
};

/** A decorative icon (the controls carry their own labels); DOM calls only, no markup parsing. */
export function icon(doc: Document, name: Icon | 'close'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  // Attribute pairs in an array: a page's Object.prototype pollution cannot add to them.
  const attrs = ['viewBox', '0 0 24 24', 'aria-hidden', 'true', 'fill', 'none', 'stroke', 'currentColor', 'stroke-width', '2', 'stroke-linecap', 'round', 'stroke-linejoin', 'round'];
  for (let i = 0; i < attrs.length; i += 2) svg.setAttribute(attrs[i]!, attrs[i + 1]!);
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.appendChild(path);
  return svg;
}

function readCachedBot(raw: string | null): BotAppearance | null {
  try {
    const bot = JSON.parse(raw!);
    return typeof bot.theme === 'object' ? bot : null;
  } catch {
    return null; // nothing stored, or not ours
  }
}

/** Builds the widget for one bot and registers it with the page's registry; null if this bot is already there. */
export function createWidget(config: WidgetConfig, deps: ShellDeps): Instance | null {
  if (deps.registry.get(config.botId)) {
    if (import.meta.env.DEV) console.warn(`[signpost] Bot ${config.botId} is already on this page; the second embed is ignored.`);
    return null;
  }
  const win = window;
  const doc = document;
  const storage = botStorage(config.botId, deps.storage);
  const lang = pickLanguage(config.lang, navigator.languages ?? [navigator.language]);
  const [openLabel, closeLabel] = LAUNCHER_WORDS[lang];
  const overrides = { accent: config.accent, position: config.position, mode: config.mode, offset: config.offset };
  let bot = readCachedBot(storage.get('theme'));
  let theme = resolveTheme((bot?.theme ?? {}) as BotTheme, overrides);

  const host = doc.createElement('signpost-widget');
  host.setAttribute('data-bot', config.botId);
  host.setAttribute('lang', lang);
  const shadow = host.attachShadow({ mode: 'open' });
  /**
   * Constructable stylesheets: CSP's style-src does not govern them, so a page without 'unsafe-inline' styles
   * still styles the widget. Where they are missing, a <style> carrying the loader's nonce.
   */
  const addSheet = (css: string) => {
    if ('adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return { set: (next: string) => sheet.replaceSync(next), remove: () => void (shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet)) };
    }
    const style = doc.createElement('style');
    if (deps.nonce) style.nonce = deps.nonce;
    style.textContent = css;
    shadow.prepend(style);
    return { set: (next: string) => void (style.textContent = next), remove: () => style.remove() };
  };
  const themeSheet = addSheet('');
  addSheet(HOST_CSS);
  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-controls', 'signpost-panel');
  launcher.setAttribute('aria-haspopup', 'dialog');
  const glyph = icon(doc, theme.icon);
  launcher.append(glyph);
  shadow.append(launcher);

  /**
   * Updates in place, and only what changed: replacing the icon under a press (the bot's appearance or an
   * answer arriving between pointerdown and pointerup) would make the browser drop the click.
   */
  let isOpen = false;
  let painted = '';
  const set = (el: Element, name: string, value: string) => el.getAttribute(name) !== value && el.setAttribute(name, value);
  const paint = () => {
    const css = themeCss(theme);
    if (css !== painted) themeSheet.set((painted = css));
    set(launcher, 'aria-expanded', String(isOpen));
    set(launcher, 'aria-label', isOpen ? closeLabel : openLabel);
    set(glyph.firstChild as Element, 'd', PATHS[isOpen ? 'close' : theme.icon]);
  };
  paint();
  doc.body.appendChild(host);

  let app: AppHandle | null = null;
  let loading: Promise<AppHandle | null> | null = null;
  let destroyed = false;
  let everOpened = false;

  const emit: AppContext['emit'] = (event, detail) =>
    deps.registry.emit(config.botId, event, detail, host.isConnected ? host : win);

  const context: AppContext = {
    config,
    shadow,
    launcher,
    lang,
    addStyle: (css) => addSheet(css).remove,
    storage,
    fetch: deps.fetch,
    pageFetch: win.fetch, // captured now: what the page does to window.fetch later does not matter
    bot: () => bot,
    everOpened: () => everOpened,
    emit,
    setBot(next) {
      // An answer without the fallback contact keeps the one the appearance request brought.
      const contact = next.fallback_contact === undefined ? bot?.fallback_contact : next.fallback_contact;
      bot = { name: next.name, theme: next.theme && typeof next.theme === 'object' ? next.theme : {}, fallback_contact: contact ?? null };
      storage.set('theme', JSON.stringify(bot));
      theme = resolveTheme(bot.theme as BotTheme, overrides);
      paint();
    },
    opened(open) {
      if (open === isOpen) return;
      isOpen = open;
      paint();
      everOpened ||= open;
      emit(open ? 'open' : 'close');
    },
    loadChunk: deps.loadChunk,
  };

  const ensureApp = (): Promise<AppHandle | null> =>
    (loading ??= deps.loadChunk<StartApp>(`app-${lang}`).then(
      (start) => (destroyed ? null : (app = start(context))),
      (error) => {
        loading = null; // a later interaction tries again
        console.error(`[signpost] ${(error as Error)?.message ?? error}`);
        return null;
      },
    ));

  const instance: Instance = {
    bot: config.botId,
    open: () => void ensureApp().then((a) => a?.open()),
    close: () => app?.close(),
    toggle: () => (app ? app.toggle() : instance.open()),
    reset: () => void ensureApp().then((a) => a?.reset()),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelIdle();
      app?.destroy();
      app = null;
      win.removeEventListener('load', idle);
      host.remove();
      deps.registry.unregister(instance);
    },
  };

  // Every sign of intent starts loading the chat, so a click soon after the page loads waits less for it.
  // (The listeners go with the launcher when destroy() removes it.)
  const preload = () => void ensureApp();
  launcher.addEventListener('click', () => instance.toggle());
  for (const type of ['pointerenter', 'pointerdown', 'focus', 'touchstart']) launcher.addEventListener(type, preload, { passive: true });

  // Idle: after the page's own load, when the main thread has nothing better to do.
  let idleHandle = 0;
  const cancelIdle = () => (win.cancelIdleCallback ? win.cancelIdleCallback(idleHandle) : win.clearTimeout(idleHandle));
  function idle() {
    idleHandle = win.requestIdleCallback ? win.requestIdleCallback(preload, { timeout: 5000 }) : win.setTimeout(preload, 2000);
  }
  if (doc.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });

  deps.registry.register(instance); // replays the commands the page queued for this bot
  return instance;
}

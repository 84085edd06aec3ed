/**
 * The chat (the app chunk, dist/signpost-app-<lang>.js): the model, the API client and the Preact panel,
 * started by the loader with everything it already made (shadow root, launcher, storage, events) and the
 * visitor's words. Free of side effects: app-<lang>.ts registers `startApp` for the loader; index.ts calls it.
 */
import { computed, effect, signal } from '@preact/signals';
import { createElement, type FunctionComponent, render } from 'preact';
import { createApi } from './api.ts';
import { fetchBot, refreshAppearance, stamp } from './appearance.ts';
import { App } from './components/App.tsx';
import type { Strings } from './i18n.ts';
import { createModel } from './model.ts';
import { nativeFetch } from './native.ts';
import { proactiveRule, scheduleProactive } from './proactive.ts';
import type { AppContext, AppHandle } from './shell.ts';
import { css } from './styles.ts';
import type { StartHandoff } from './handoff/start.ts';

export function startApp(context: AppContext, strings: Strings): AppHandle {
  const { config, shadow, launcher, storage } = context;
  const doFetch = context.fetch ?? nativeFetch(window, context.pageFetch, shadow);
  let answered = false;
  const api = createApi({ url: config.url, anonKey: config.anonKey, fetch: doFetch });
  const model = createModel(config, {
    api,
    storage,
    strings,
    bot: context.bot(),
    emit: context.emit,
    onBot(bot) {
      answered = true;
      stamp(storage, Date.now());
      context.setBot(bot);
      armProactive();
    },
  });

  // The bot's appearance before any conversation (see appearance.ts): a first-time visitor gets the bot's
  // colours, name and proactive rule without chatting. Asked a moment after the app starts, so that a press
  // that loaded it has become a click (the chat's start) by then: not when the chat is already starting (the
  // answer brings the same, and the two requests would only slow each other down), and an answer that came
  // first is not overwritten.
  let destroyed = false;
  const appearanceTimer = setTimeout(() => {
    if (model.phase.peek() !== 'idle') return;
    void refreshAppearance({ botId: config.botId, storage, load: () => fetchBot(doFetch, config.url, config.anonKey, config.botId) }).then((bot) => {
      if (!bot || answered || destroyed) return;
      context.setBot(bot);
      model.setBot(bot);
      armProactive();
    });
  }, 250);

  // The proactive opening (see proactive.ts): at most once per visitor, never over a chat they opened.
  let cancelProactive = () => {};
  let armed = false;
  function armProactive() {
    const rule = proactiveRule((context.bot()?.theme as { proactive?: unknown } | undefined)?.proactive, config.proactive);
    if (!rule || armed || context.everOpened() || storage.get('proactive_done')) return;
    armed = true;
    // The app loads a little after the page: count the seconds from the page's start, not from now.
    const elapsed = 'after_seconds' in rule ? Math.min(rule.after_seconds, performance.now() / 1000) : 0;
    const adjusted = 'after_seconds' in rule ? { after_seconds: rule.after_seconds - elapsed } : rule;
    cancelProactive = scheduleProactive(adjusted, window, () => {
      if (model.open.peek() || context.everOpened() || storage.get('proactive_done')) return;
      storage.set('proactive_done', '1');
      handle.open(false);
    });
  }

  const removeStyle = context.addStyle(css);
  const root = document.createElement('div');
  root.className = 'app';
  shadow.insertBefore(root, launcher);

  const focus = { current: true };
  const close = () => {
    // Focus goes back to the launcher only if it was in the chat (not when the page closes it via the API).
    const inside = shadow.activeElement !== null;
    model.closePanel();
    if (inside) launcher.focus();
  };
  // A person holds the conversation, or did when this browser was last here: the handoff chunk takes over the
  // waiting (what happens next, contact details, checking for replies with the panel closed, the badge).
  const addon = signal<FunctionComponent | null>(null);
  let handoff: Promise<(() => void) | void> | null = null;
  const stopHandoff = effect(() => {
    if (handoff || (model.status.value !== 'handoff' && !storage.get('handoff'))) return;
    handoff = context.loadChunk<StartHandoff>('handoff').then((start) => {
      if (destroyed) return;
      const started = start({ h: createElement, signal, computed, effect, model, api, context, fetch: doFetch });
      addon.value = started.View;
      return started.stop;
    }, () => void (handoff = null)); // not loaded: the next change of status tries again
  });

  render(<App model={model} focus={focus} onClose={close} addon={addon} />, root);

  /** Full screen on a phone: the page behind must not scroll. The one change to the host page, undone on close. */
  let lockedOverflow: string | null = null;
  const lockScroll = (lock: boolean) => {
    const html = document.documentElement;
    if (lock && lockedOverflow === null && window.matchMedia?.('(max-width: 639.98px)').matches) {
      lockedOverflow = html.style.overflow;
      html.style.overflow = 'hidden';
    } else if (!lock && lockedOverflow !== null) {
      html.style.overflow = lockedOverflow;
      lockedOverflow = null;
    }
  };

  let shown = false;
  const stopMirror = effect(() => {
    const open = model.open.value;
    if (open !== shown) context.opened((shown = open));
    lockScroll(open);
    if (open) {
      storage.set('proactive_done', '1'); // the visitor found the chat: no need to open it for them later
      cancelProactive();
    }
  });

  // Back online: the messages that waited go out. On a phone, the panel follows the visual viewport so the
  // composer stays above the on-screen keyboard.
  const online = () => model.reconnected();
  window.addEventListener('online', online);
  const viewport = window.visualViewport;
  const fit = () => {
    if (!viewport) return;
    root.style.setProperty('--sp-vh', `${viewport.height}px`);
    root.style.setProperty('--sp-vt', `${viewport.offsetTop}px`);
  };
  fit();
  viewport?.addEventListener('resize', fit);
  viewport?.addEventListener('scroll', fit);

  const handle: AppHandle = {
    open(moveFocus = true) {
      focus.current = moveFocus;
      model.openPanel();
    },
    close: () => model.open.peek() && close(),
    toggle: () => (model.open.peek() ? close() : handle.open()),
    reset: () => model.reset(),
    destroy() {
      destroyed = true;
      clearTimeout(appearanceTimer);
      lockScroll(false);
      cancelProactive();
      stopMirror();
      stopHandoff();
      void handoff?.then((stop) => stop?.());
      model.dispose();
      window.removeEventListener('online', online);
      viewport?.removeEventListener('resize', fit);
      viewport?.removeEventListener('scroll', fit);
      render(null, root);
      root.remove();
      removeStyle();
    },
  };
  armProactive();
  return handle;
}

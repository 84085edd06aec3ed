/**
 * The widget as a library, free of side effects: `mount(config)` builds the widget the way the script tag
 * does (host element, shadow root, launcher, `window.Signpost`), with the chat started in-process instead of
 * loaded as a second file. It returns `destroy`, which removes every trace (element, listeners, global) again.
 */
import { startApp } from './app.tsx';
import { startHandoff } from './handoff/start.ts';
import type { WidgetConfig } from './config.ts';
import { installRegistry } from './host-api.ts';
import { type Lang, STRINGS } from './i18n.ts';
import { type AppContext, createWidget } from './shell.ts';

export type { WidgetConfig } from './config.ts';
export type { EventName, Instance, Registry } from './host-api.ts';

export interface MountOptions {
  /** The fetch to call the API with (tests, or a host page that instruments its requests). */
  fetch?: typeof fetch;
  /** Where visitor tokens persist; defaults to window.localStorage. */
  storage?: () => Storage;
}

export function mount(config: WidgetConfig, options: MountOptions = {}): () => void {
  const instance = createWidget(config, {
    registry: installRegistry(window),
    // The chunks as modules: `app-<lang>` and `handoff`, started in-process.
    loadChunk: async <T,>(name: string) =>
      (name === 'handoff' ? startHandoff : (context: AppContext) => startApp(context, STRINGS[name.slice(4) as Lang])) as T,
    ...options,
  });
  return () => instance?.destroy();
}

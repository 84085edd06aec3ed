/**
 * The widget as a library, free of side effects: `mount(config)` appends a host element to <body>, attaches
 * an open shadow root (the widget's CSS stays in, the page's stays out) and renders the launcher into it.
 * It returns `destroy`, which removes every trace (element, listeners) again.
 */
import { h, render } from 'preact';
import { createApi } from './api.ts';
import { App } from './components/App.tsx';
import type { WidgetConfig } from './config.ts';
import { createModel, type Model } from './model.ts';
import { botStorage } from './storage.ts';

export type { WidgetConfig } from './config.ts';

export interface MountOptions {
  /** The fetch to call the API with (tests, or a host page that instruments its requests). */
  fetch?: typeof fetch;
  /** Where visitor tokens persist; defaults to window.localStorage. */
  storage?: () => Storage;
}

export function mount(config: WidgetConfig, options: MountOptions = {}): () => void {
  const model: Model = createModel(config, {
    api: createApi({ url: config.url, anonKey: config.anonKey, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    storage: botStorage(config.botId, options.storage),
  });
  const host = document.createElement('signpost-widget');
  host.dataset.bot = config.botId;
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  render(h(App, { model }), shadow);
  const online = () => model.reconnected();
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('online', online);
    render(null, shadow);
    host.remove();
  };
}

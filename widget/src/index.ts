/**
 * The widget as a library, free of side effects: `mount(config)` attaches a shadow root to a host element
 * appended to <body> and renders the launcher into it.
 */
import { h, render } from 'preact';
import type { WidgetConfig } from './config.ts';
import { Launcher } from './launcher.tsx';

export type { WidgetConfig } from './config.ts';

export function mount(config: WidgetConfig): () => void {
  const host = document.createElement('signpost-widget');
  host.dataset.bot = config.botId;
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  render(h(Launcher, { config }), shadow);
  return () => {
    render(null, shadow);
    host.remove();
  };
}

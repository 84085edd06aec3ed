/**
 * The script-tag entry, the loader (dist/signpost.js, a few KB): reads its own <script> tag synchronously
 * (document.currentScript is only set while the script first runs), installs `window.Signpost` (taking over
 * the snippet's queue), draws the launcher, and leaves the chat itself (dist/signpost-app-<lang>.js, from the
 * same folder) to be loaded on first interaction or when the page is idle. Side effects live here; index.ts
 * has none.
 */
import { parseConfig } from './config.ts';
import { installRegistry } from './host-api.ts';
import { loadChunk } from './load-app.ts';
import { createWidget } from './shell.ts';

const script = document.currentScript as HTMLScriptElement | null;
const attributes: Record<string, string> = {};
for (const attribute of Array.from(script?.attributes ?? [])) attributes[attribute.name] = attribute.value;
const result = parseConfig(attributes, script?.src);

if (result.problems) {
  console.error(`[signpost] The widget was not started: ${result.problems.join('; ')}.`);
} else {
  const registry = installRegistry(window);
  // The browser hides a nonce attribute once the script has run, but keeps the property.
  const nonce = script?.nonce || script?.getAttribute('nonce') || '';
  const start = () => createWidget(result.config, { registry, nonce, loadChunk: (name) => loadChunk(script?.src || location.href, name, nonce) });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

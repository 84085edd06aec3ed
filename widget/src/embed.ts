/**
 * The script-tag entry: reads its own <script> tag synchronously (document.currentScript is only set while
 * the script first runs), then mounts the widget. Side effects live here; widget/src/index.ts has none.
 */
import { parseConfig } from './config.ts';
import { mount } from './index.ts';

const script = document.currentScript as HTMLScriptElement | null;
const attributes = Object.fromEntries(
  Array.from(script?.attributes ?? [], (attribute) => [attribute.name, attribute.value]),
);
const result = parseConfig(attributes, script?.src);

if (result.problems) {
  console.error(`[signpost] The widget was not started: ${result.problems.join('; ')}.`);
} else {
  const start = () => mount(result.config);
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

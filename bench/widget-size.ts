/**
 * The weight of the built widget: raw and gzip bytes of each file in dist/ (source maps aside), and what one
 * page loads: the loader (signpost.js) and the app chunk of its visitor's language (signpost-app-<lang>.js).
 * Budgets: the loader at most 5 KB gzip, a page's whole widget at most 24 KB gzip (the handoff chunk, loaded
 * only when a visitor asks for a person, is shown apart). Then the owner console
 * (dist/console/: its page, script and styles).
 *
 *   npm run build && npm run bench:size
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { machine, table, writeSection } from './report.ts';

const LOADER_BUDGET = 5 * 1024;
const PAGE_BUDGET = 24 * 1024;
const dist = join(import.meta.dirname, '../dist');
const files = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
if (!files.includes('signpost.js')) throw new Error('dist/ has no signpost.js: run `npm run build` first.');

const sizes = new Map(files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return [file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
}));
const loader = sizes.get('signpost.js')!;
const pages = files.filter((f) => /^signpost-app-\w+\.js$/.test(f)).map((chunk) => {
  const lang = /^signpost-app-(\w+)\.js$/.exec(chunk)![1]!;
  const app = sizes.get(chunk)!;
  return [`a page in \`${lang}\`: signpost.js + ${chunk}`, loader.raw + app.raw, loader.gzip + app.gzip];
});
const heaviest = Math.max(...pages.map(([, , gzip]) => gzip as number));
// Loaded later, and only by a visitor whose conversation a person holds: outside the page budget.
const handoff = sizes.get('signpost-handoff.js');
if (handoff) {
  const en = sizes.get('signpost-app-en.js')!;
  pages.push(['later, while a person holds the chat: + signpost-handoff.js (in `en`)', loader.raw + en.raw + handoff.raw, loader.gzip + en.gzip + handoff.gzip]);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const result = `${table(['file', 'bytes', 'gzip bytes'], files.map((f) => [f, sizes.get(f)!.raw, sizes.get(f)!.gzip]))}

${table(['what a page loads', 'bytes', 'gzip bytes'], pages)}`;
console.log(result);
console.log(`\nloader: ${kb(loader.gzip)} gzip (budget ${kb(LOADER_BUDGET)}); heaviest page: ${kb(heaviest)} gzip (budget ${kb(PAGE_BUDGET)})`);
writeSection('widget-size', `## Widget weight

\`npm run build && npm run bench:size\` — ${machine()}. gzip level 9; source maps excluded. A page loads the loader
and the app chunk of its visitor's language, never the others. Budgets: the loader at most 5 KB gzip
(${kb(loader.gzip)}), a page's whole widget at most 24 KB gzip (heaviest: ${kb(heaviest)}); open-source peers
ship 108–279 KB gzip (see below).

${result}`);

const consoleDir = join(dist, 'console');
const consoleFiles = readdirSync(consoleDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|css|html)$/.test(f));
if (!consoleFiles.length) throw new Error('dist/console/ is empty: run `npm run build` first.');
const consoleRows = consoleFiles.map((file) => {
  const bytes = readFileSync(join(consoleDir, file));
  return [`console/${file.replace(/-[\w-]{8}\./, '.')}`, bytes.length, gzipSync(bytes, { level: 9 }).length];
});
const consoleTotal = consoleRows.reduce((sum, [, , gz]) => sum + (gz as number), 0);
const consoleResult = table(['file', 'bytes', 'gzip bytes'], [...consoleRows, ['**all**', consoleRows.reduce((s, [, b]) => s + (b as number), 0), consoleTotal]]);
console.log(`\n${consoleResult}`);
console.log(`\nowner console: ${(consoleTotal / 1024).toFixed(1)} KB gzip (budget 100 KB; supabase-js is most of it)`);
writeSection('console-size', `## Owner console weight

\`npm run build && npm run bench:size\` — ${machine()}. gzip level 9, every file the console's page loads
(hashes dropped from the names). Budget: 100 KB gzip. Most of it is supabase-js (auth, PostgREST, functions,
Realtime); the charts are hand-drawn SVG.

${consoleResult}`);

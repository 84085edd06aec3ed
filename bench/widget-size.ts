/**
 * The weight of the built widget: raw and gzip bytes of each file in dist/ a page loads (source maps aside),
 * and of the owner console (dist/console/: its page, script and styles).
 *
 *   npm run build && npm run bench:size
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { machine, table, writeSection } from './report.ts';

const dist = join(import.meta.dirname, '../dist');
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const consoleDir = join(dist, 'console');
if (!files.length) throw new Error('dist/ has no .js files: run `npm run build` first.');

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return [file, bytes.length, gzipSync(bytes, { level: 9 }).length];
});
const total = rows.reduce((sum, [, , gz]) => sum + (gz as number), 0);
const result = table(['file', 'bytes', 'gzip bytes'], [...rows, ['**all**', rows.reduce((s, [, b]) => s + (b as number), 0), total]]);
console.log(result);
console.log(`\nall files: ${(total / 1024).toFixed(1)} KB gzip (budget 20 KB)`);
writeSection('widget-size', `## Widget weight

\`npm run build && npm run bench:size\` — ${machine()}. gzip level 9; source maps excluded. Budget: 20 KB gzip
for everything (open-source peers ship 111–456 KB gzip).

${result}`);

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

/**
 * Each Edge Function's size as the deploy sees it: `deno info` (the check Supabase's docs give) on the bundle
 * `npm run build:functions` makes, in a copy holding only what the CLI uploads (the bundle and its deno.json:
 * no package.json, no node_modules), next to the same measure of the unbundled sources (a copy of functions/
 * with functions/deno.json as import map, so npm packages count whole, as the platform would fetch them).
 *
 *   npm run bench:functions
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_DIR, buildFunctions, FUNCTIONS_DIR, PLATFORM_LIMIT_BYTES } from '../scripts/build-functions.ts';
import { machine, table, writeSection } from './report.ts';

const deno = resolve(import.meta.dirname, '../node_modules/.bin/deno');
const MB = 1024 * 1024;

/** The total `deno info` prints (modules plus npm packages), in bytes. */
function denoInfoSize(cwd: string, args: string[]): number {
  const result = spawnSync(deno, ['info', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } });
  const match = /^size: ([\d.]+)(B|KB|MB)$/m.exec(result.stdout);
  if (result.status !== 0 || !match) throw new Error(`deno info ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return Number(match[1]) * { B: 1, KB: 1024, MB }[match[2] as 'B' | 'KB' | 'MB'];
}

const built = buildFunctions();
const scratch = mkdtempSync(join(tmpdir(), 'signpost-function-size-'));
cpSync(FUNCTIONS_DIR, join(scratch, 'sources/functions'), { recursive: true });
const rows = built.map(({ name }) => {
  const upload = join(scratch, 'upload', name);
  cpSync(join(BUILD_DIR, name), upload, { recursive: true });
  const bundle = denoInfoSize(upload, ['index.js']);
  const sources = denoInfoSize(join(scratch, 'sources'), ['--config', 'functions/deno.json', `functions/${name}/index.ts`]);
  return { name, bundle, sources };
});
rmSync(scratch, { recursive: true, force: true });

const mb = (bytes: number) => (bytes / MB).toFixed(2);
const result = table(
  ['function', 'deployed bundle, deno info (MB)', 'within 5 MB', 'unbundled sources, deno info (MB)'],
  rows.map((r) => [r.name, mb(r.bundle), r.bundle <= PLATFORM_LIMIT_BYTES ? 'yes' : '**no**', mb(r.sources)]),
);
console.log(result);
writeSection('function-size', `## Edge Function size as deployed

\`npm run bench:functions\` — ${machine()}. \`deno info\` of each function as \`supabase functions deploy\`
uploads it: the bundle from \`npm run build:functions\` (\`deno bundle --platform=deno --minify\`) and its
deno.json, copied alone (no package.json, no node_modules). The platform's limit is 5 MB per function when
it bundles (Dashboard, Management API, CLI without Docker), 20 MB when the CLI bundles with Docker. For
comparison, the unbundled sources measured the same way (functions/deno.json as import map: every npm
package counts whole). Why bundles: docs/deploy.md.

${result}`);

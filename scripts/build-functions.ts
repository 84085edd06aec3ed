/**
 * The Edge Functions as they are deployed: each `functions/<name>/index.ts` bundled by Deno into one
 * self-contained `build/functions/<name>/index.js` (its npm packages included, tree-shaken and minified),
 * beside a `deno.json` of its own. `supabase/config.toml` points every function's entrypoint at its bundle,
 * so `supabase functions deploy` uploads exactly these two files per function. Why a bundle rather than the
 * sources: docs/deploy.md.
 *
 *   npm run build:functions
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FUNCTIONS_DIR = join(root, 'functions');
export const BUILD_DIR = join(root, 'build/functions');
/** What Supabase accepts per function when the platform bundles it (Dashboard, API, CLI without Docker). */
export const PLATFORM_LIMIT_BYTES = 5 * 1024 * 1024;

/** Every deployable function: a folder of functions/ with an index.ts, `_shared` excepted. */
export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .filter((entry) => statSync(join(FUNCTIONS_DIR, entry.name, 'index.ts'), { throwIfNoEntry: false })?.isFile())
    .map((entry) => entry.name)
    .sort();
}

export interface BuiltFunction {
  name: string;
  file: string;
  bytes: number;
}

/** Bundles every function into BUILD_DIR (emptied first, so no stale bundle survives a removed function). */
export function buildFunctions(): BuiltFunction[] {
  const names = functionNames();
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const deno = join(root, 'node_modules/.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno');
  const result = spawnSync(deno, [
    'bundle',
    '--quiet',
    '--platform=deno',
    '--minify',
    // Error classes keep their names in the platform's logs (DatabaseError, not a one-letter class).
    '--keep-names',
    '--outdir', BUILD_DIR,
    ...names.map((name) => join(FUNCTIONS_DIR, name, 'index.ts')),
  ], { cwd: root, encoding: 'utf8', env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`deno bundle failed:\n${result.stderr || result.stdout}`);

  return names.map((name) => {
    const file = join(BUILD_DIR, name, 'index.js');
    const bytes = statSync(file, { throwIfNoEntry: false })?.size;
    if (bytes === undefined) throw new Error(`deno bundle wrote no ${file}`);
    if (bytes > PLATFORM_LIMIT_BYTES) {
      throw new Error(`${name}: the bundle is ${(bytes / 2 ** 20).toFixed(2)} MB, over the platform's 5 MB per function.`);
    }
    // A deno.json of its own: the platform's recommended per-function config, and where Deno's config
    // discovery stops, so nothing outside the folder (the repository's package.json) is consulted.
    writeFileSync(join(BUILD_DIR, name, 'deno.json'), `${JSON.stringify({ imports: {} }, null, 2)}\n`);
    return { name, file, bytes };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const built = buildFunctions();
  for (const { name, bytes } of built) console.log(`build/functions/${name}/index.js  ${(bytes / 1024).toFixed(0)} KB`);
  console.log(`Bundled ${built.length} functions in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

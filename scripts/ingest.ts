/**
 * `npm run ingest`: an owner's documents into a bot's knowledge, through the Data API with the service role.
 *
 *   npm run ingest -- --bot <bot id> [--category faq] [--redact] [--prune] [--embed-missing] <files or folders>
 *
 * Reads .md, .markdown, .txt, .html, .htm and .csv (question,answer) files, folders recursively; a file named
 * synonyms.csv (term,synonym) holds the bot's synonyms instead (the next run replaces what it said). A file's
 * source name is its path relative to the folder given (or its file name), so re-running on the same folder
 * finds the same sources: unchanged chunks are skipped and nothing is written. Documents with personal data
 * are refused with a report (--redact replaces it with placeholders instead). --prune deletes the bot's
 * sources that are not among the files given. Embeddings are computed for new and changed chunks when
 * OPENAI_API_KEY is set; --embed-missing embeds the chunks stored without one.
 *
 * Target: SUPABASE_URL + SUPABASE_SERVICE_ROLE_KEY (a hosted project), else the local stack of `npm run dev`
 * (http://127.0.0.1:${SIGNPOST_API_PORT:-54321}, keys from .data/secrets.json).
 */
import { createClient } from '@supabase/supabase-js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { estimateCost } from '../functions/_shared/knowledge/embeddings.ts';
import { formatOf } from '../functions/_shared/knowledge/document.ts';
import { type Category, CATEGORIES, KnowledgeError } from '../functions/_shared/knowledge/metadata.ts';
import { describePii, prepareDocument } from '../functions/_shared/knowledge/prepare.ts';
import { deleteSource, embedMissing, KnowledgeStoreError, listSources, replaceSynonyms, writeDocument } from '../functions/_shared/knowledge/store.ts';
import { isSynonymsFile, parseSynonyms } from '../functions/_shared/knowledge/synonyms.ts';
import { keysForDataDir } from '../supabase/local/keys.ts';

const USAGE = 'Usage: npm run ingest -- --bot <bot id> [--category faq|meal_plans|testimonials|brand_voice] [--redact] [--prune] [--embed-missing] <files or folders>';

class CliError extends Error {}

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      bot: { type: 'string' },
      category: { type: 'string' },
      redact: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      'embed-missing': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.bot || !/^[0-9a-f-]{36}$/i.test(values.bot)) throw new CliError(`--bot <bot id> is required (a uuid).\n${USAGE}`);
  if (values.category && !CATEGORIES.includes(values.category as Category)) {
    throw new CliError(`--category must be one of ${CATEGORIES.join(', ')}.`);
  }
  if (!positionals.length && !values['embed-missing']) throw new CliError(`Name the files or folders to ingest.\n${USAGE}`);
  return { bot: values.bot, category: values.category as Category | undefined, redact: values.redact!, prune: values.prune!, embedMissing: values['embed-missing']!, paths: positionals };
}

/** Files to read, each with its source name (relative to the folder given, or its file name). */
function collect(paths: string[]): { file: string; source: string }[] {
  const out: { file: string; source: string }[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new CliError(`No such file or folder: ${path}`);
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !formatOf(entry.name) || entry.name.startsWith('.')) continue;
        const file = join(entry.parentPath, entry.name);
        out.push({ file, source: relative(path, file).split(sep).join('/') });
      }
    } else if (formatOf(path)) {
      out.push({ file: path, source: basename(path) });
    }
  }
  return out.sort((a, b) => a.source.localeCompare(b.source));
}

function target() {
  // The same .env as `npm run dev`, so SIGNPOST_API_PORT set there moves both.
  const env = resolve(import.meta.dirname, '../.env');
  if (existsSync(env)) process.loadEnvFile(env);
  if (process.env.SUPABASE_URL && process.env.SUPABASE_SERVICE_ROLE_KEY) {
    return { url: process.env.SUPABASE_URL, key: process.env.SUPABASE_SERVICE_ROLE_KEY, local: false };
  }
  const dataDir = resolve(import.meta.dirname, '../.data');
  const port = process.env.SIGNPOST_API_PORT ?? '54321';
  const url = `http://127.0.0.1:${port}`;
  if (!/^\d{1,5}$/.test(port)) throw new CliError(`SIGNPOST_API_PORT=${port} is not a port number.`);
  if (!existsSync(join(dataDir, 'secrets.json'))) {
    throw new CliError(`No local stack to write to at ${url}: start it first with npm run dev (or set SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY).`);
  }
  return { url, key: keysForDataDir(dataDir).serviceRoleKey, local: true };
}

function progress(done: number, total: number, label: string) {
  if (!process.stderr.isTTY && done !== total) return;
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 50).padEnd(50)}`);
  if (done === total) process.stderr.write('\n');
}

async function main() {
  const args = parse();
  const files = collect(args.paths);
  if (args.paths.length && !files.length) throw new CliError(`No files matched (looked for .md, .markdown, .txt, .html, .htm, .csv in ${args.paths.join(', ')}).`);
  const { url, key, local } = target();
  const db = createClient(url, key, { auth: { persistSession: false, autoRefreshToken: false } });
  const embedder = { apiKey: process.env.OPENAI_API_KEY, baseUrl: process.env.OPENAI_BASE_URL };

  // One cheap call that tells apart "stack not running", "bad key" and "unknown bot".
  const bot = await db.from('bots').select('id, name').eq('id', args.bot).maybeSingle();
  if (bot.error) {
    if (/fetch failed|ECONNREFUSED/i.test(bot.error.message)) {
      throw new CliError(local ? `Nothing answers at ${url}. Start the stack first (npm run dev), with the same SIGNPOST_API_PORT.` : `Nothing answers at ${url}: ${bot.error.message}`);
    }
    throw new CliError(`The API at ${url} refused the request: ${bot.error.message}`);
  }
  if (!bot.data) throw new CliError(`Unknown bot id ${args.bot}: no such bot at ${url}.`);

  const totals = { files: 0, chunks: 0, added: 0, updated: 0, skipped: 0, removed: 0, tokens: 0, embeddedTokens: 0, refused: 0, failed: 0, redacted: 0, synonyms: 0 };
  const problems: string[] = [];
  for (const [i, { file, source }] of files.entries()) {
    progress(i, files.length, source);
    try {
      if (isSynonymsFile(source)) {
        const pairs = parseSynonyms(source, readFileSync(file, 'utf8'));
        await replaceSynonyms(db, args.bot, source, pairs);
        totals.synonyms += pairs.length;
        continue;
      }
      const doc = await prepareDocument({ source, text: readFileSync(file, 'utf8'), format: formatOf(file)!, category: args.category, redact: args.redact });
      if (doc.refused) {
        totals.refused++;
        problems.push(`refused ${source}: personal data at ${describePii(doc.pii)} (remove it, or pass --redact)`);
        continue;
      }
      if (doc.redacted.length) {
        totals.redacted += doc.redacted.length;
        problems.push(`redacted ${source}: ${describePii(doc.redacted)}`);
      }
      const result = await writeDocument(db, args.bot, source, doc.chunks, embedder);
      totals.files++;
      totals.chunks += doc.chunks.length;
      totals.added += result.added;
      totals.updated += result.updated;
      totals.skipped += result.skipped;
      totals.removed += result.removed;
      totals.tokens += doc.tokens;
      totals.embeddedTokens += result.embedded_tokens;
    } catch (error) {
      if (!(error instanceof KnowledgeError || error instanceof KnowledgeStoreError)) throw error;
      totals.failed++;
      problems.push(`failed ${source}: ${error.message}`);
    }
  }
  if (files.length) progress(files.length, files.length, 'done');

  let pruned = 0;
  if (args.prune) {
    const keep = new Set(files.map((f) => f.source));
    for (const existing of await listSources(db, args.bot)) {
      if (!keep.has(existing.source)) {
        pruned++;
        totals.removed += await deleteSource(db, args.bot, existing.source);
      }
    }
  }

  let embeddedMissing = 0;
  if (args.embedMissing) {
    if (!embedder.apiKey) throw new CliError('--embed-missing needs OPENAI_API_KEY.');
    embeddedMissing = await embedMissing(db, args.bot, embedder, (n) => process.stderr.write(`\rembedded ${n} chunks`));
    process.stderr.write('\n');
  }

  const lines = [
    `Ingested into "${bot.data.name}" (${args.bot}) at ${url}`,
    `  files        ${totals.files} stored, ${totals.refused} refused (personal data), ${totals.failed} failed`,
    `  chunks       ${totals.chunks}: ${totals.added} added, ${totals.updated} updated, ${totals.skipped} skipped (unchanged), ${totals.removed} removed${args.prune ? ` (${pruned} sources pruned)` : ''}`,
    `  tokens       ${totals.tokens} (estimated embedding cost for all: $${estimateCost(totals.tokens).toFixed(6)} with text-embedding-3-small)`,
    `  embeddings   ${embedder.apiKey ? `computed for new and changed chunks (~$${estimateCost(totals.embeddedTokens).toFixed(6)})${args.embedMissing ? `; ${embeddedMissing} missing ones filled` : ''}` : 'none (no OPENAI_API_KEY): full-text search only; run again with the key and --embed-missing to add them'}`,
  ];
  if (totals.synonyms) lines.push(`  synonyms     ${totals.synonyms} pairs (from synonyms.csv)`);
  if (totals.redacted) lines.push(`  redacted     ${totals.redacted} items of personal data replaced by placeholders`);
  for (const problem of problems) lines.push(`  ${problem}`);
  console.log(lines.join('\n'));
  if (totals.refused || totals.failed) process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error instanceof CliError ? error.message : `ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

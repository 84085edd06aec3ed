/**
 * Start-up time and memory of the local stack: a cold start (fresh data folder: initdb, migrations, seed)
 * and a warm start (the same folder again), and the resident memory of each process once it is up.
 *
 *   npm run bench:stack [-- --runs 3]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Service } from '../supabase/local/stack.ts';
import { machine, table, writeSection } from './report.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024);
}

interface Sample { kind: 'cold' | 'warm'; ms: number; rss: Record<Service, number> }
const samples: Sample[] = [];

for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'signpost-bench-'));
  for (const kind of ['cold', 'warm'] as const) {
    const started = performance.now();
    const stack = await startStack({ dataDir, databaseUrl: false });
    const ms = Math.round(performance.now() - started);
    const rss = Object.fromEntries(Object.entries(stack.pids).map(([service, pid]) => [service, rssMb(pid)])) as Record<Service, number>;
    samples.push({ kind, ms, rss });
    console.log(`${kind} start ${ms} ms  rss db ${rss.db} MB, rest ${rss.rest} MB, functions ${rss.functions} MB`);
    await stack.stop();
  }
  rmSync(dataDir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = (['cold', 'warm'] as const).map((kind) => {
  const of = samples.filter((s) => s.kind === kind);
  const rss = (service: Service) => median(of.map((s) => s.rss[service]));
  return [kind, median(of.map((s) => s.ms)), rss('db'), rss('rest'), rss('functions'), rss('db') + rss('rest') + rss('functions')];
});
const result = table(['start', 'time to all healthy (ms, median)', 'db RSS (MB)', 'PostgREST RSS (MB)', 'functions RSS (MB)', 'total RSS (MB)'], rows);
console.log(`\n${result}`);
writeSection('stack-start', `## Local stack start-up and memory

\`npm run bench:stack\` — ${runs} runs, medians; ${machine()}. Cold: a fresh data folder (initdb, bootstrap,
migrations, seed). Warm: the same folder again. RSS measured once every service answers.

${result}`);

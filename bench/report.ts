/**
 * Benchmarks print their figures and keep them in docs/benchmarks.md, each in its own section (between
 * markers), so one benchmark's run never rewrites another's results.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const file = join(dirname(fileURLToPath(import.meta.url)), '../docs/benchmarks.md');
const HEADER = `# Benchmarks

Figures printed by the scripts in \`bench/\` and kept here by them. Machines are shared and noisy: compare
figures measured side by side in one run, not across runs. Each section says the command that makes it.
`;

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

export function writeSection(id: string, markdown: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const begin = `<!-- ${id}:begin -->`;
  const end = `<!-- ${id}:end -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const start = text.indexOf(begin);
  const next = start >= 0 ? text.slice(0, start) + block + text.slice(text.indexOf(end) + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

export const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

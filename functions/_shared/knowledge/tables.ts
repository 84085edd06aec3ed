/** Markdown tables read as sentences, for answers quoted without a model. */

/** A Markdown table's separator row: `|---|:---:|`. */
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/u;
const cellsOf = (line: string) => line.trim().replace(/^\||\|$/gu, '').split('|').map((cell) => cell.trim());

/**
 * A Markdown table as one list item per row that reads as a sentence, each value beside its column's name:
 * "| Saturday | 09:00 – 18:00 | 09:30 – 16:00 |" under "| Day | Shop | Workshop |" becomes
 * "Saturday — Shop: 09:00 – 18:00; Workshop: 09:30 – 16:00." A price list or opening hours is answered by
 * its row, never by the whole table flattened into one run of cells.
 */
export function tablesAsRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!(line.includes('|') && TABLE_RULE.test(lines[i + 1]?.trim() ?? ''))) {
      out.push(lines[i]!);
      continue;
    }
    const header = cellsOf(line);
    out.push('');
    for (i += 2; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== ''; i++) {
      const [label = '', ...values] = cellsOf(lines[i]!);
      // An empty cell or a dash says "not offered": it is left out rather than quoted as "–".
      const pairs = values.map((value, k) => [header[k + 1] ?? '', value] as const).filter(([, value]) => /[\p{L}\p{N}]/u.test(value))
        .map(([name, value]) => (name ? `${name}: ${value}` : value));
      const row = pairs.length ? `${label} — ${pairs.join('; ')}` : label;
      if (/[\p{L}\p{N}]/u.test(row)) out.push(`- ${row.replace(/[\s.;:]+$/u, '')}.`);
    }
    out.push('');
    i--;
  }
  return out;
}

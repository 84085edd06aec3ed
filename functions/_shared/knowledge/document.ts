/// <reference path="../deno-std.d.ts" />
/**
 * Reading knowledge documents into sections: Markdown (with YAML front matter), plain text, HTML and CSV of
 * FAQ pairs. A section is the text under one heading, with the path of headings above it ("Shipping and
 * delivery", "Do you ship to Canada?"), kept beside the text, never inside it.
 *
 * No title is assumed: a document's first "#" heading is a section like any other (FAQs often open with
 * "# Shipping" and go on with "# Refunds"). A title is only what the document says is one (front matter
 * `title`, HTML <title>) or, for plain text and CSV, the file's name; it labels sections that have no
 * heading of their own and is dropped from heading paths it would otherwise open.
 */
import { parse as parseCsv } from 'deno-std/csv/parse.js';
import { parse as parseYaml } from 'deno-std/yaml/parse.js';
import { htmlToMarkdown } from './html.ts';
import { KnowledgeError } from './metadata.ts';

export const FORMATS = ['markdown', 'text', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Section {
  headings: string[];
  /** Blocks of text separated by blank lines (a list stays one block). */
  paragraphs: string[];
}

export interface ParsedDocument {
  frontMatter: unknown;
  title: string | undefined;
  sections: Section[];
}

const EXTENSIONS: Record<string, Format> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  csv: 'csv',
};

export function formatOf(path: string): Format | undefined {
  return EXTENSIONS[path.toLowerCase().split('.').pop() ?? ''];
}

/** Splits `---\nyaml\n---` off the top of a document. */
export function splitFrontMatter(source: string, text: string): { frontMatter: unknown; body: string; bodyLine: number } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontMatter: undefined, body: text, bodyLine: 1 };
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1]!);
  } catch (error) {
    throw new KnowledgeError(source, `front matter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  return { frontMatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const FENCE = /^(```|~~~)/;

/** Markdown into sections by ATX headings; fenced code is kept as text, never read as headings. */
export function markdownSections(body: string, title?: string): Section[] {
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let paragraphs: string[] = [];
  let block: string[] = [];
  let inFence = false;

  const endBlock = () => {
    const text = block.join('\n').trim();
    if (text) paragraphs.push(text);
    block = [];
  };
  const endSection = () => {
    endBlock();
    if (paragraphs.length) {
      const headings = stack.map((h) => h.text).filter((h) => h !== title);
      sections.push({ headings: headings.length ? headings : title ? [title] : [], paragraphs });
    }
    paragraphs = [];
  };

  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line.trim())) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      endSection();
      const level = heading[1]!.length;
      const text = heading[2]!.replace(/[*_`]/g, '').trim();
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, text });
      continue;
    }
    if (!inFence && line.trim() === '') endBlock();
    else block.push(line.trimEnd());
  }
  endSection();
  return sections;
}

/**
 * A CSV whose header row names the columns wanted (any case, any order, others ignored): each row's values of
 * those columns, trimmed, in the order asked, with its line number in the file (the header is line 1).
 */
export function csvColumns(source: string, text: string, columns: string[], what: string): { line: number; values: string[] }[] {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''), { lazyQuotes: true }) as string[][];
  } catch (error) {
    throw new KnowledgeError(source, `not valid CSV: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const at = columns.map((column) => header.indexOf(column));
  if (at.some((i) => i < 0)) {
    throw new KnowledgeError(source, `${what} needs a header row with ${columns.map((c) => `"${c}"`).join(' and ')} columns`);
  }
  return rows.map((row, i) => ({ line: i + 2, values: at.map((column) => row[column]?.trim() ?? '') }));
}

/** CSV of FAQ pairs with a header row naming `question` and `answer`: each row becomes its own section. */
export function csvSections(source: string, text: string): Section[] {
  return csvColumns(source, text, ['question', 'answer'], 'a CSV').flatMap(({ values: [question, answer] }) =>
    question && answer ? [{ headings: [question], paragraphs: answer.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) }] : []
  );
}

/** Plain text: paragraphs by blank lines, under the document's title. */
export function textSections(text: string, title?: string): Section[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.length ? [{ headings: title ? [title] : [], paragraphs }] : [];
}

/** A readable title from a file name: "meal-plans.md" -> "Meal plans". */
export function titleFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '').replace(/^\d+[-_ ]+/, '').replace(/[-_]+/g, ' ').trim();
  return base ? base[0]!.toUpperCase() + base.slice(1) : source;
}

export function parseDocument(source: string, text: string, format: Format): ParsedDocument {
  if (format === 'csv') return { frontMatter: undefined, title: titleFromSource(source), sections: csvSections(source, text) };
  if (format === 'html') {
    const { title, markdown } = htmlToMarkdown(text);
    return { frontMatter: undefined, title, sections: markdownSections(markdown, title) };
  }
  const { frontMatter, body } = splitFrontMatter(source, text);
  const fmTitle = frontMatter && typeof frontMatter === 'object' && typeof (frontMatter as { title?: unknown }).title === 'string'
    ? (frontMatter as { title: string }).title
    : undefined;
  if (format === 'text') {
    const title = fmTitle ?? titleFromSource(source);
    return { frontMatter, title, sections: textSections(body, title) };
  }
  return { frontMatter, title: fmTitle, sections: markdownSections(body, fmTitle) };
}

/**
 * One document from text to chunks ready to store: personal data checked (refused, or redacted on request;
 * a page's own contact details are kept, pii.ts),
 * sections parsed, chunked, tagged with category and metadata, hashed. Pure: the CLI, the `ingest` function
 * and the local seed all go through here, so they store the same chunks for the same text.
 */
import { chunkSections } from './chunk.ts';
import { type Format, parseDocument } from './document.ts';
import { contentHash } from './hash.ts';
import { type Category, categoryFromName, KnowledgeError, LANGUAGES, type Metadata, MetadataSchema, parseFrontMatter } from './metadata.ts';
import { personalData, type PiiFinding, redactPersonalData } from './pii.ts';
import { clip } from './text.ts';

export interface PreparedChunk {
  /** The chunk's words, without its headings. */
  content: string;
  /** The headings above it, outermost first. */
  headings: string[];
  /** Postgres text-search configuration (english, spanish, ...). */
  language: string;
  content_hash: string;
  category: Category;
  metadata: Metadata;
  token_count: number;
}

export interface DocumentInput {
  /** Where it came from (relative path or a name); the key of its chunks. */
  source: string;
  text: string;
  format: Format;
  /** Overrides the front matter and the file name. */
  category?: Category;
  /** Merged over the front matter's tags. */
  metadata?: Metadata;
  /** Replace personal data with placeholders instead of refusing the document. */
  redact?: boolean;
}

export type PreparedDocument =
  | { source: string; refused: false; category: Category; chunks: PreparedChunk[]; tokens: number; redacted: PiiFinding[] }
  | { source: string; refused: true; pii: PiiFinding[] };

export async function prepareDocument(input: DocumentInput): Promise<PreparedDocument> {
  let text = input.text;
  let redacted: PiiFinding[] = [];
  if (input.redact) {
    ({ text, findings: redacted } = redactPersonalData(text));
  } else {
    const pii = personalData(text);
    if (pii.length) return { source: input.source, refused: true, pii };
  }

  const doc = parseDocument(input.source, text, input.format);
  const { category: fmCategory, lang, ...fmTags } = parseFrontMatter(input.source, doc.frontMatter);
  const language = LANGUAGES[lang ?? 'en'];
  const category = input.category ?? fmCategory ?? categoryFromName(input.source);
  if (!category) {
    throw new KnowledgeError(input.source, 'no category: add `category: faq` (or meal_plans, testimonials, brand_voice) to the front matter, or pass one');
  }
  const extra = MetadataSchema.safeParse(input.metadata ?? {});
  if (!extra.success) throw new KnowledgeError(input.source, `metadata: ${extra.error.issues.map((i) => `${i.path.join('.') || i.message} ${i.message}`).join('; ')}`);
  const metadata: Metadata = { ...fmTags, ...extra.data };
  if (doc.title && !metadata.title) metadata.title = clip(doc.title, 200);

  const chunks: PreparedChunk[] = [];
  for (const chunk of chunkSections(doc.sections)) {
    // A testimonial's title names who said it (quoted as the attribution), not what it is about: searched as
    // a heading, a plan's name in a customer's title outranked the price list for "how much is <that plan>".
    const own = category === 'testimonials' && chunk.headings.length === 1 && chunk.headings[0] === doc.title ? [] : chunk.headings;
    // Markdown allows six levels; each heading is a tag-sized text.
    const headings = own.slice(-6).map((h) => clip(h, 200));
    const heading = headings.at(-1);
    const tags: Metadata = heading && heading !== metadata.title ? { ...metadata, heading } : { ...metadata };
    chunks.push({
      content: chunk.content,
      headings,
      language,
      content_hash: await contentHash(chunk.content, category, { ...tags, headings, language }),
      category,
      metadata: tags,
      token_count: chunk.tokens,
    });
  }
  return { source: input.source, refused: false, category, chunks, tokens: chunks.reduce((n, c) => n + c.token_count, 0), redacted };
}

export function describePii(findings: PiiFinding[]): string {
  return findings.map((f) => `line ${f.line}: ${f.kind} (${f.masked})`).join(', ');
}

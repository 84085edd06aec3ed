/**
 * The vocabulary of knowledge chunks: categories and the metadata tags the coach filters on. The same rules
 * as the database's `validate_rag_document` trigger, checked before anything is sent so an owner sees which
 * tag of which file is wrong.
 */
import { z } from 'zod';
import { isStorable } from './text.ts';
// The tags the demo knowledge uses to match testimonials to a visitor's answers.
const GOALS = ['fat_loss', 'muscle_gain', 'recomp'] as const;
const GENDERS = ['male', 'female', 'nonbinary', 'prefer_not'] as const;

export const CATEGORIES = ['faq', 'meal_plans', 'testimonials', 'brand_voice'] as const;
export type Category = (typeof CATEGORIES)[number];

export const AGE_BRACKETS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;

// YAML escapes ("\0", "\uD800") can put what Postgres refuses into a tag: refused here, naming the key.
const tag = z.string().trim().min(1).max(200).refine(isStorable, 'must be valid Unicode text (no NUL character, no unpaired surrogate)');

export const MetadataSchema = z.object({
  goal: z.enum(GOALS).optional(),
  gender: z.enum(GENDERS).optional(),
  age_bracket: z.enum(AGE_BRACKETS).optional(),
  cuisine: tag.optional(),
  tone_anchor: tag.optional(),
  title: tag.optional(),
  heading: tag.optional(),
  /** Who said a testimonial ("Dana, 41, Chicago"), quoted apart from their words. */
  author: tag.optional(),
  /** The page this document is published at: answers from it end with a "read more" link. */
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).max(2000).refine(isStorable).optional(),
}).strict();
export type Metadata = z.infer<typeof MetadataSchema>;

/** Languages a document may be written in (front matter `lang`), and the Postgres text-search configuration of each. */
export const LANGUAGES = {
  en: 'english', es: 'spanish', fr: 'french', de: 'german', it: 'italian', pt: 'portuguese', nl: 'dutch',
  sv: 'swedish', da: 'danish', no: 'norwegian', fi: 'finnish', ru: 'russian', tr: 'turkish',
} as const;
export type Language = keyof typeof LANGUAGES;

/** Front matter may set the category, the language and any metadata tag; nothing else. */
export const FrontMatterSchema = MetadataSchema.omit({ heading: true }).extend({
  category: z.enum(CATEGORIES).optional(),
  lang: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]]).optional(),
}).strict();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export class KnowledgeError extends Error {
  constructor(readonly source: string, message: string) {
    super(`${source}: ${message}`);
  }
}

/** Validates tags, naming the bad ones: "gender must be one of male, female, nonbinary, prefer_not". */
export function parseFrontMatter(source: string, raw: unknown): FrontMatter {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new KnowledgeError(source, 'front matter must be a YAML mapping');
  // YAML reads `age_bracket: 2024` or `goal: yes` as numbers and booleans; tags are text.
  const text = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'number' || typeof v === 'boolean' ? String(v) : v]));
  const parsed = FrontMatterSchema.safeParse(text);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown front matter key ${issue.keys.join(', ')} (allowed: category, lang, ${Object.keys(MetadataSchema.shape).filter((k) => k !== 'heading').join(', ')})`
        : `${issue.path.join('.')}: ${issue.message}`
    );
    throw new KnowledgeError(source, problems.join('; '));
  }
  return parsed.data;
}

/** The category a file name suggests (faq.md, meal-plans.html, brand_voice.txt), if any. */
export function categoryFromName(source: string): Category | undefined {
  const base = source.split(/[\\/]/).pop()!.toLowerCase().replace(/\.[a-z]+$/, '').replace(/[-\s]/g, '_');
  const parts = source.toLowerCase().replace(/[-\s]/g, '_').split(/[\\/]/);
  return CATEGORIES.find((c) => base.startsWith(c) || base === c.replace(/s$/, '') || parts.includes(c));
}

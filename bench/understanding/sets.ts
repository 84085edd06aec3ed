/**
 * The understanding bench's material, read and checked: the tuning fixtures (tests/fixtures, the sets the
 * engine and the search were tuned on) and the held-out folders (written apart from the code). A folder's
 * results, once read item by item, make it tuning material: `HELD_OUT` says for each folder whether the
 * bench prints its failures (seen) or its figures only (still unseen). A set that does not match its schema
 * stops the bench with the item named, so a typo in a label never turns into a silent miss.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { type FieldSpec, OBJECTION_KINDS, SAFETY_KINDS, type SeededBot } from './adapter.ts';

const root = new URL('../../', import.meta.url);

/**
 * The held-out folders under bench/understanding/, each in the layout of heldout/ (profile-messages.json,
 * objections.json, safety.json, other-fields.json, knowledge-bot.json, knowledge-questions.json and the
 * corpus). `failures`: the folder was seen (its figures were read), so its failures are printed to tune on.
 */
export const HELD_OUT: readonly HeldOutFolder[] = [
  { name: 'seen held-out', folder: 'heldout', failures: true },
  // Written after heldout/ was seen, in its formats, with another business; its figures were read, so it is seen too.
  { name: 'seen held-out 2', folder: 'heldout-2', failures: true },
  // Written after heldout-2/ was seen, by someone who had not read the product code: figures only until read.
  ...(existsSync(new URL('fresh/', import.meta.url)) ? [{ name: 'held-out (fresh)', folder: 'fresh', failures: false }] : []),
  // Written after fresh/'s figures had been read three times, apart from the code and from fresh/: figures only.
  ...(existsSync(new URL('fresh-2/', import.meta.url)) ? [{ name: 'held-out (fresh 2)', folder: 'fresh-2', failures: false }] : []),
  // Written after fresh-2/'s figures had been read twice, apart from the code and from both earlier sets: figures only.
  ...(existsSync(new URL('fresh-3/', import.meta.url)) ? [{ name: 'held-out (fresh 3)', folder: 'fresh-3', failures: false }] : []),
  // Written after fresh-3/'s figures had been read twice, apart from the code and from the three earlier sets: figures only.
  ...(existsSync(new URL('fresh-4/', import.meta.url)) ? [{ name: 'held-out (fresh 4)', folder: 'fresh-4', failures: false }] : []),
];
export interface HeldOutFolder { name: string; folder: string; failures: boolean }

const Facts = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

const ProfileMessage = z.object({
  id: z.string(),
  pending: z.string().nullable(),
  text: z.string().min(1),
  facts: Facts,
  known: Facts.optional(),
  correction: z.boolean().optional(),
  objection: z.enum(OBJECTION_KINDS).optional(),
  mentions: z.array(z.string()).optional(),
}).strict();
export type ProfileMessage = z.infer<typeof ProfileMessage>;

const FieldSpecSchema = z.object({
  key: z.string(),
  type: z.enum(['text', 'number', 'choice', 'scale', 'yes_no']),
  label: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string(), synonyms: z.array(z.string()) }).strict()).optional(),
}).strict() satisfies z.ZodType<FieldSpec>;

const ProfileSet = z.object({ about: z.string(), messages: z.array(ProfileMessage).min(1) }).strict();
const OtherFieldsSet = z.object({ about: z.string(), fields: z.array(FieldSpecSchema).min(1), messages: z.array(ProfileMessage).min(1) }).strict();
const ObjectionSet = z.object({
  about: z.string(),
  lines: z.array(z.object({
    id: z.string(),
    pending: z.string().nullable(),
    text: z.string().min(1),
    kind: z.enum([...OBJECTION_KINDS, 'none']),
    facts: Facts.optional(),
  }).strict()).min(1),
}).strict();
const SafetySet = z.object({
  about: z.string(),
  messages: z.array(z.object({
    id: z.string(),
    pending: z.string().nullable(),
    text: z.string().min(1),
    kind: z.enum([...SAFETY_KINDS, 'none']),
    urgent: z.boolean().optional(),
  }).strict()).min(1),
}).strict();
const KnowledgeQuestions = z.object({
  about: z.string(),
  questions: z.array(z.object({
    id: z.string(),
    question: z.string().min(1),
    expect: z.object({ file: z.string(), section: z.string(), answer_contains: z.array(z.string().min(1)).min(1) }).strict().nullable(),
  }).strict()).min(1),
}).strict();
export type KnowledgeQuestion = z.infer<typeof KnowledgeQuestions>['questions'][number];
const KnowledgeBotSet = z.object({
  about: z.string(),
  name: z.string(),
  welcome_message: z.string(),
  brand_voice: z.string(),
  corpus: z.string(),
  files: z.record(z.string(), z.string().regex(/^[a-z][a-z0-9_]*$/, 'a plain slug')),
}).strict();

// The understanding tuning sets (tests/fixtures/understanding): the same items, for a seeded bot, with what
// was stored before on any line.
const SEEDED_BOTS = ['nutrition-solutions', 'lotus-room'] as const satisfies readonly SeededBot[];
const TuningProfileSet = z.object({ about: z.string(), bot: z.enum(SEEDED_BOTS), messages: z.array(ProfileMessage).min(1) }).strict();
const TuningObjectionSet = z.object({
  about: z.string(),
  bot: z.enum(SEEDED_BOTS),
  lines: z.array(z.object({
    id: z.string(),
    pending: z.string().nullable(),
    known: Facts.optional(),
    text: z.string().min(1),
    kind: z.enum([...OBJECTION_KINDS, 'none']),
    facts: Facts.optional(),
  }).strict()).min(1),
}).strict();
const TuningSafetySet = z.object({
  about: z.string(),
  bot: z.enum(SEEDED_BOTS),
  messages: z.array(z.object({
    id: z.string(),
    pending: z.string().nullable(),
    known: Facts.optional(),
    text: z.string().min(1),
    kind: z.enum([...SAFETY_KINDS, 'none']),
    urgent: z.boolean().optional(),
  }).strict()).min(1),
}).strict();
export type TuningObjectionLine = z.infer<typeof TuningObjectionSet>['lines'][number];
export type TuningSafetyMessage = z.infer<typeof TuningSafetySet>['messages'][number];

// The older tuning fixtures, read for their labels only.
const IntentCases = z.object({
  cases: z.array(z.object({
    pending: z.string().nullable(),
    text: z.string(),
    frustrationCount: z.number().optional(),
    expect: z.object({
      kind: z.string(),
      category: z.string().optional(),
      objection: z.string().optional(),
      reason: z.string().optional(),
      topic: z.string().optional(),
      urgent: z.boolean().optional(),
    }),
  })),
});
export type IntentCase = z.infer<typeof IntentCases>['cases'][number];
const RagQuestions = z.object({
  questions: z.array(z.object({ question: z.string(), category: z.string(), kind: z.string(), expected: z.tuple([z.string(), z.string()]) })),
  unrelated: z.array(z.string()),
});
export type RagQuestion = z.infer<typeof RagQuestions>['questions'][number];

function read<T>(schema: z.ZodType<T>, url: URL): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${url.pathname}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function tuningSets() {
  const understanding = (name: string) => new URL(`tests/fixtures/understanding/${name}`, root);
  return {
    intents: read(IntentCases, new URL('tests/fixtures/intents.json', root)).cases,
    rag: read(RagQuestions, new URL('tests/fixtures/rag-questions.json', root)),
    profile: ['profile-messages.json', 'lotus-room-messages.json'].map((name) => read(TuningProfileSet, understanding(name))),
    objections: ['objections.json', 'lotus-room-objections.json'].map((name) => read(TuningObjectionSet, understanding(name))),
    safety: read(TuningSafetySet, understanding('safety.json')),
  };
}

export type HeldOutSets = ReturnType<typeof heldoutSets>;

export function heldoutSets(folder: string) {
  const heldoutDir = new URL(`${folder}/`, import.meta.url);
  const bot = read(KnowledgeBotSet, new URL('knowledge-bot.json', heldoutDir));
  const corpusDir = new URL(`${bot.corpus}/`, heldoutDir);
  const names = readdirSync(corpusDir).filter((name) => name.endsWith('.md')).sort();
  const missing = names.filter((name) => !bot.files[name]);
  if (missing.length) throw new Error(`knowledge-bot.json has no category for ${missing.join(', ')}`);
  const other = read(OtherFieldsSet, new URL('other-fields.json', heldoutDir));
  return {
    profile: read(ProfileSet, new URL('profile-messages.json', heldoutDir)).messages,
    objections: read(ObjectionSet, new URL('objections.json', heldoutDir)).lines,
    safety: read(SafetySet, new URL('safety.json', heldoutDir)).messages,
    questions: read(KnowledgeQuestions, new URL('knowledge-questions.json', heldoutDir)).questions,
    otherFields: other.fields,
    otherMessages: other.messages,
    bot: {
      name: bot.name,
      welcome: bot.welcome_message,
      brandVoice: bot.brand_voice,
      files: names.map((name) => ({ name, text: readFileSync(new URL(name, corpusDir), 'utf8'), category: bot.files[name]! })),
    },
  };
}

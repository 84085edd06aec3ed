/**
 * The seed bot's guided steps (Nutrition Solutions, supabase/seed.sql), as the chat function reads them from `bot_steps`,
 * and helpers to build engine contexts around them.
 */
import { type Plan, PlanSchema, type Profile, type Step, StepSchema } from '../../functions/_shared/contracts.ts';
import type { EngineContext } from '../../functions/_shared/engine/index.ts';

const step = (row: Record<string, unknown>): Step => StepSchema.parse(row);

export const STEPS: Step[] = [
  step({
    field: 'name',
    position: 1,
    kind: 'text',
    prompt: 'First things first: what should I call you?',
    placeholder: 'Your first name',
  }),
  step({
    field: 'age',
    position: 2,
    kind: 'number',
    prompt: 'Nice to meet you! How old are you?',
    min_value: 13,
    max_value: 100,
    placeholder: 'Your age',
  }),
  step({
    field: 'gender',
    position: 3,
    kind: 'single_choice',
    prompt: 'Which best describes you?',
    options: [
      { value: 'male', label: 'Male', synonyms: ['man', 'guy', 'm', 'boy', 'dude'] },
      { value: 'female', label: 'Female', synonyms: ['woman', 'girl', 'lady', 'f'] },
      { value: 'nonbinary', label: 'Non-binary', synonyms: ['non binary', 'nb', 'enby', 'genderqueer'] },
      {
        value: 'prefer_not',
        label: 'Prefer not to say',
        synonyms: ['skip', 'rather not say', 'pass', 'none of your business'],
      },
    ],
  }),
  step({
    field: 'primary_goal',
    position: 4,
    kind: 'single_choice',
    prompt: "What's your main goal right now?",
    options: [
      {
        value: 'fat_loss',
        label: 'Lose fat',
        synonyms: ['lose weight', 'cut', 'cutting', 'slim down', 'get lean', 'lose fat', 'drop weight', 'get shredded'],
      },
      {
        value: 'muscle_gain',
        label: 'Build muscle',
        synonyms: ['bulk', 'bulking', 'gain muscle', 'get bigger', 'gain weight', 'get stronger', 'build muscle'],
      },
      {
        value: 'recomp',
        label: 'Both: lose fat and build muscle',
        synonyms: ['both', 'recomp', 'recomposition', 'body recomposition', 'tone up', 'get toned'],
      },
    ],
  }),
  step({
    field: 'recomp_focus',
    position: 5,
    kind: 'single_choice',
    prompt: 'Doing both is totally doable. Which would you rather start with?',
    options: [
      { value: 'lean', label: 'Leaning out first', synonyms: ['lean', 'lean out', 'fat first', 'lose fat first', 'cut first'] },
      { value: 'build', label: 'Building first', synonyms: ['build', 'muscle first', 'build first', 'bulk first'] },
    ],
    condition: { field: 'primary_goal', equals: 'recomp' },
  }),
  step({
    field: 'eating_habits',
    position: 6,
    kind: 'text',
    prompt: 'How do you eat on a typical day?',
    placeholder: 'e.g. skip breakfast, big dinner, snacks at night',
  }),
  step({
    field: 'emotional_why',
    position: 7,
    kind: 'text',
    prompt: "What's the real reason this matters to you right now?",
    placeholder: 'Your why, in your own words',
  }),
  step({
    field: 'support_level',
    position: 8,
    kind: 'scale',
    prompt: 'How much hands-on support do you want from us? 1 = just give me the plan, 10 = check in with me every day.',
    min_value: 1,
    max_value: 10,
  }),
  step({
    field: 'cooking_preference',
    position: 9,
    kind: 'yes_no',
    prompt: 'Last one: do you enjoy cooking your own meals?',
  }),
];

export const stepFor = (field: Step['field']): Step => {
  const found = STEPS.find((s) => s.field === field);
  if (!found) throw new Error(`no step for ${field}`);
  return found;
};

/** A profile that has answered every step of the fat-loss route. */
export const COMPLETE_PROFILE: Partial<Profile> = {
  name: 'Sam',
  age: 34,
  gender: 'female',
  primary_goal: 'fat_loss',
  eating_habits: 'Mostly takeaway, skipping breakfast',
  emotional_why: 'I want to keep up with my kids',
  support_level: 8,
  cooking_preference: false,
};

export function context(overrides: Partial<EngineContext> = {}): EngineContext {
  return {
    botName: 'Coach Max',
    welcome: "Hi! I'm Coach Max from Nutrition Solutions.",
    steps: STEPS,
    profile: {},
    pendingField: null,
    status: 'active',
    returning: false,
    ...overrides,
  };
}

export const plan = (family: string, variant: string): Plan =>
  PlanSchema.parse({
    code: `${family}-${variant}`,
    family,
    variant,
    title: `${family} ${variant}`,
    description: `The ${family} plan, ${variant} edition.`,
    price_cents: 14900,
    currency: 'usd',
    billing_period: 'month',
    cta_label: 'Start now',
    cta_url: 'https://example.com/checkout',
  });

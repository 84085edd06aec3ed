/**
 * The seed bot (Nutrition Solutions, supabase/seed.sql) as the conversation reads it from `bot_definition`:
 * its fields, questions, plans, rules and texts, and helpers to build engine contexts around them.
 * tests/integration/bot-definition.test.ts checks that this copy matches the seed.
 */
import {
  type Answers,
  type Field,
  FieldSchema,
  type Plan,
  PlanSchema,
  type Question,
  QuestionSchema,
  type Rule,
  RuleSchema,
  type Step,
  stepsOf,
} from '../../functions/_shared/contracts.ts';
import type { Bot } from '../../functions/_shared/conversation/bot.ts';
import { type Decision, decide } from '../../functions/_shared/conversation/decide.ts';
import { type Words, wordsFor } from '../../functions/_shared/conversation/words.ts';
import type { AnswerInput } from '../../functions/_shared/understanding/understand.ts';

const likes = [
  ...['', 'really '].flatMap((really) =>
    ['love', 'like', 'enjoy', 'adore'].flatMap((verb) => ['cooking', 'to cook'].map((object) => `i ${really}${verb} ${object}`))
  ),
  'love the kitchen', 'love being in the kitchen', 'like being in the kitchen', 'enjoy being in the kitchen', 'cook from scratch', 'foodie'
];
const dislikes = [
  ...['', 'really '].flatMap((really) =>
    ['hate', 'dislike', "can't stand", "don't like", "don't enjoy", "don't love", 'do not like', 'do not enjoy', 'do not love', 'never']
      .flatMap((verb) => ['cooking', 'to cook', 'cook'].filter((o) => !(verb === 'never' && o === 'to cook')).map((o) => `i ${really}${verb} ${o}`))
  ),
  ...["don't", 'do not', "can't", 'cannot'].map((verb) => `i ${verb} cook`),
  'not a fan of cooking',
  'no time to cook',
  // Eating habits that leave no cooking to do.
  'live on takeaways', 'eat out', 'order in', 'order takeaway', 'microwave meals', 'ready meals', 'meals delivered', 'have it delivered', 'burn everything', 'burn water', 'hate the kitchen', 'hopeless in the kitchen', 'useless in the kitchen', 'burn toast'
];

export const FIELDS: Field[] = [
  { key: 'name', type: 'text', label: 'name', entity: 'person_name', max_length: 60 },
  { key: 'age', type: 'number', label: 'age', entity: 'age', min_value: 13, max_value: 100 },
  {
    key: 'gender',
    type: 'choice',
    label: 'gender',
    entity: 'self_description',
    options: [
      { value: 'male', label: 'Male', synonyms: ['man', 'guy', 'm', 'boy', 'dude'] },
      { value: 'female', label: 'Female', synonyms: ['woman', 'girl', 'lady', 'f'] },
      { value: 'nonbinary', label: 'Non-binary', synonyms: ['non binary', 'nb', 'enby', 'genderqueer'] },
      { value: 'prefer_not', label: 'Prefer not to say', synonyms: ['skip', 'rather not say', 'pass', 'none of your business'] },
    ],
  },
  {
    key: 'primary_goal',
    type: 'choice',
    label: 'goal',
    options: [
      {
        value: 'fat_loss',
        label: 'Lose fat',
        synonyms: ['lose weight', 'cut', 'cutting', 'slim down', 'get lean', 'lose fat', 'drop weight', 'get shredded', 'weight loss', 'fat loss',
          'lean out', 'shred', 'lose kg', 'lose kilos', 'lose pounds', 'lose lbs', 'drop kilos', 'drop pounds', 'lose my belly', 'lose belly fat',
          'get rid of my gut', 'lose my gut', 'burn fat', 'shed weight', 'shed pounds', 'get slimmer', 'lose inches', 'dress size', 'weigh less', 'love handles', 'beer belly', 'get thinner', 'trim down', 'bajar de peso', 'perder peso', 'adelgazar', 'lose my tummy', 'lose my stomach', 'flat stomach', 'flatter stomach',
          'get lighter', 'smaller waist', 'fit into my old jeans', 'old weight', 'lose flab', 'muffin top', 'mum tum', 'jean size', 'fit back into',
          'get down to kg', 'kg down', 'weight down', 'baby weight', 'get under', 'get below', 'dad bod', 'mum bod', 'mom bod', 'waistline', 'bingo wings', 'spare tyre', 'double chin', 'less flabby', 'lose body fat', 'less heavy', 'leaner', 'slimmer', 'thinner'],
      },
      {
        value: 'muscle_gain',
        label: 'Build muscle',
        synonyms: ['bulk', 'bulking', 'bulk up', 'gain muscle', 'get bigger', 'gain weight', 'get stronger', 'build muscle', 'muscle', 'put on size',
          'put on muscle', 'gain mass', 'gain size', 'add muscle', 'muscle gain', 'build mass', 'get jacked', 'more muscle', 'get strong', 'get big', 'get huge', 'beef up', 'hardgainer', 'gain strength', 'ganar musculo',
          'get buff', 'swole', 'bigger arms', 'bigger chest', 'grow muscle', 'fill out', 'more muscular', 'get muscular', 'less skinny', 'put on meat', 'bigger glutes', 'bigger back', 'bigger legs', 'bigger shoulders', 'bigger bum', 'build glutes', 'stop being skinny'],
      },
      {
        value: 'recomp',
        label: 'Both: lose fat and build muscle',
        synonyms: ['both', 'recomp', 'recomposition', 'body recomposition', 'tone up', 'get toned', 'toned', 'tone', 'more muscle less fat', 'less fat more muscle',
          'lean and strong', 'lean and muscular', 'fit and toned', 'leaner and stronger', 'mix of the two', 'mix of both', 'bit of each', 'combination of both', 'combo'],
      },
    ],
  },
  {
    key: 'recomp_focus',
    type: 'choice',
    label: 'focus',
    default_value: 'lean',
    fill_in_passing: false,
    options: [
      { value: 'lean', label: 'Leaning out first', synonyms: ['lean', 'lean out', 'fat first', 'lose fat first', 'cut first', 'leaner', 'lose fat', 'losing fat', 'lose the fat', 'fat loss', 'cut', 'cutting', 'get lean', 'fat side'] },
      { value: 'build', label: 'Building first', synonyms: ['build', 'muscle first', 'build first', 'bulk first', 'muscle', 'more muscle', 'bigger', 'get bigger', 'bulk', 'bulking', 'muscle side', 'build muscle', 'gain muscle'] },
    ],
  },
  { key: 'eating_habits', type: 'text', label: 'eating habits', max_length: 500 },
  { key: 'emotional_why', type: 'text', label: 'reason', max_length: 500 },
  { key: 'support_level', type: 'scale', label: 'support level', min_value: 1, max_value: 10 },
  {
    key: 'cooking_preference',
    type: 'yes_no',
    label: 'take on cooking',
    options: [{ value: 'yes', label: 'Yes', synonyms: likes }, { value: 'no', label: 'No', synonyms: dislikes }],
  },
].map((field) => FieldSchema.parse(field));

export const QUESTIONS: Question[] = [
  { field: 'name', position: 1, prompt: 'First things first: what should I call you?', placeholder: 'Your first name' },
  { field: 'age', position: 2, prompt: 'How old are you?', placeholder: 'Your age' },
  { field: 'gender', position: 3, prompt: 'Which best describes you?' },
  { field: 'primary_goal', position: 4, prompt: "What's your main goal right now?" },
  {
    field: 'recomp_focus',
    position: 5,
    prompt: 'Doing both is totally doable. Which would you rather start with?',
    condition: { field: 'primary_goal', op: 'eq', value: 'recomp' },
  },
  { field: 'eating_habits', position: 6, prompt: 'How do you eat on a typical day?', placeholder: 'e.g. skip breakfast, big dinner, snacks at night' },
  { field: 'emotional_why', position: 7, prompt: "What's the real reason this matters to you right now?", placeholder: 'Your why, in your own words' },
  {
    field: 'support_level',
    position: 8,
    prompt: 'How much hands-on support do you want from us? 1 = just give me the plan, 10 = check in with me every day.',
  },
  { field: 'cooking_preference', position: 9, prompt: 'Last one: do you enjoy cooking your own meals?' },
].map((question) => QuestionSchema.parse(question));

export const STEPS: Step[] = stepsOf(FIELDS, QUESTIONS);

/** The seed's bot_texts rows of this bot (English). */
export const TEXTS: Record<string, string> = {
  'ack.gender': 'Thanks for sharing.',
  'ack.primary_goal.fat_loss': 'Losing fat — great goal.',
  'ack.primary_goal.muscle_gain': 'Building muscle — great goal.',
  'ack.primary_goal.recomp': 'Losing fat and building muscle at once — great goal.',
  'ack.recomp_focus': 'Got it.',
  'ack.eating_habits': 'Thanks — that gives me a clear picture.',
  'ack.emotional_why': "That's a great reason.",
  'ack.cooking_preference.yes': 'Great — cooking your own meals makes this easier.',
  'ack.cooking_preference.no': 'No problem — we can take cooking off your plate.',
  'objection.tried_before': "I hear you — a lot of people come to us after trying diet after diet, so you're not alone.",
  'handoff.asked_for_human': "Of course — I'm bringing in a human coach.",
  'handoff.frustration': "Sorry this hasn't been helpful — I'm bringing in a human coach to take it from here.",
  'safety.medical':
    "Thank you for telling me — that's important, and it deserves a real person rather than an automated reply. I'm bringing in a human coach, and please also talk to your doctor before changing how you eat.",
  'confirm.gender': '{value}',
  'confirm.primary_goal.fat_loss': 'wants to lose fat',
  'confirm.primary_goal.muscle_gain': 'wants to build muscle',
  'confirm.primary_goal.recomp': 'wants to lose fat and build muscle',
  'confirm.cooking_preference.yes': 'likes to cook',
  'confirm.cooking_preference.no': 'would rather not cook',
  'confirm.support_level': 'support {value}/{max}',
  no_answer: "I don't have a good answer to that one — I can bring in a human coach if you like.",
  'objection.time.query': 'busy and hate cooking',
  'objection.tried_before.query': 'tried diets before and failed',
  'objection.doubt.query': 'results success story lost weight gained muscle',
  'plan.guarantee': 'Cancel or pause any time from your account.',
};

export const WELCOME = "Hey, I'm Coach from Nutrition Solutions.";
export const HANDOFF_MESSAGE = "They'll reply right here in this chat, usually within a few hours.";
export const WORDS = wordsFor('en', { greeting: WELCOME, handoff: HANDOFF_MESSAGE, ...TEXTS });

/** Why each variant fits: Spartan for a home cook who wants a light touch; Gladiator for coaching, or for no cooking. */
const FITS = {
  Spartan: 'Spartan suits you because you like to cook and want a lighter touch.',
  coaching: 'Gladiator gives you the hands-on coaching you asked for, with chef-made meals for the days you would rather not cook.',
  noCooking: 'Gladiator takes the cooking off your plate, with a coach checking in at the support level you asked for.',
} as const;
const loseFat = 'You want to lose fat, and you told me why: “{emotional_why}”. Shred is built for steady fat loss, and';
const gain = 'You want to build muscle, and you told me why: “{emotional_why}”. Beast is built for lean muscle gain, and';
const build = 'You want to lose fat and build muscle, starting with the muscle, because “{emotional_why}”. Beast adds muscle while keeping fat in check, and';
const lean = 'You want to lose fat and build muscle, getting lean first, because “{emotional_why}”. Shred strips fat while keeping your muscle, and';
const light = { field: 'support_level', op: 'lte', value: 3 };
const cooks = { field: 'cooking_preference', op: 'eq', value: true };
const goal = (value: string) => ({ field: 'primary_goal', op: 'eq', value });
const focusBuild = { field: 'recomp_focus', op: 'eq', value: 'build' };

/** Three rules per goal (Spartan; Gladiator for coaching; Gladiator for no cooking), the last one catching all. */
const FAMILIES = [
  { family: 'Shred', when: [goal('fat_loss')], lead: loseFat },
  { family: 'Beast', when: [goal('muscle_gain')], lead: gain },
  { family: 'Beast', when: [goal('recomp'), focusBuild], lead: build },
  { family: 'Shred', when: [goal('recomp')], lead: lean },
];
export const RULES: Rule[] = FAMILIES.flatMap(({ family, when, lead }, index) => [
  { plan_code: `${family}-Spartan`, conditions: [...when, light, cooks], why: `${lead} ${FITS.Spartan}` },
  { plan_code: `${family}-Gladiator`, conditions: [...when, cooks], why: `${lead} ${FITS.coaching}` },
  { plan_code: `${family}-Gladiator`, conditions: index === FAMILIES.length - 1 ? [] : when, why: `${lead} ${FITS.noCooking}` },
]).map((rule, index) => RuleSchema.parse({ position: index + 1, ...rule }));

export const plan = (family: string, variant: string, extra: Partial<Plan> = {}): Plan =>
  PlanSchema.parse({
    code: `${family}-${variant}`,
    family,
    variant,
    title: `${family} ${variant}`,
    description: `The ${family} plan, ${variant} edition.`,
    price_cents: variant === 'Spartan' ? 4900 : 14900,
    currency: 'USD',
    billing_period: 'month',
    cta_label: `Start ${family} ${variant}`,
    cta_url: 'https://example.com/checkout',
    ...extra,
  });

export const PLANS: Plan[] = [
  plan('Shred', 'Spartan', { alternative_code: 'Shred-Gladiator', alternative_line: 'Rather have your meals made for you?' }),
  plan('Shred', 'Gladiator', { alternative_code: 'Shred-Spartan', alternative_line: 'Prefer to cook yourself?' }),
  plan('Beast', 'Spartan', { alternative_code: 'Beast-Gladiator', alternative_line: 'Rather have your meals made for you?' }),
  plan('Beast', 'Gladiator', { alternative_code: 'Beast-Spartan', alternative_line: 'Prefer to cook yourself?' }),
];

export const BOT: Bot = {
  config: {
    id: '5e1f0a57-0000-4000-8000-000000000001',
    name: 'Nutrition Solutions',
    language: 'en',
    welcome_message: WELCOME,
    brand_voice: null,
    handoff_message: HANDOFF_MESSAGE,
    allowed_origins: [],
    theme: {},
    llm_model: 'gpt-4o-mini',
    reading_model: 'gpt-4.1-mini',
    llm_temperature: 0.4,
    daily_llm_budget: 200,
    memory_window: 6,
    limits: { visitor_messages_per_minute: 30, address_messages_per_minute: 60, address_new_visitors_per_hour: 20 },
    updated_at: '2026-01-01T00:00:00Z',
  },
  fields: FIELDS,
  steps: STEPS,
  plans: PLANS,
  rules: RULES,
  words: WORDS,
  offers: ['shred', 'spartan', 'gladiator', 'beast'],
};

export const stepFor = (field: string): Step => {
  const found = STEPS.find((s) => s.field === field);
  if (!found) throw new Error(`no step for ${field}`);
  return found;
};

/** A profile that has answered every step of the fat-loss route. */
export const COMPLETE_PROFILE: Answers = {
  name: 'Sam',
  age: 34,
  gender: 'female',
  primary_goal: 'fat_loss',
  eating_habits: 'Mostly takeaway, skipping breakfast',
  emotional_why: 'I want to keep up with my kids',
  support_level: 8,
  cooking_preference: false,
};

/** A conversation's state as the tests set it up, with the bot's words and steps (overridable). */
export interface EngineContext {
  words: Words;
  steps: Step[];
  answers: Answers;
  pendingField: string | null;
  status: 'active' | 'completed' | 'handoff';
  returning: boolean;
}

export function context(overrides: Partial<EngineContext> = {}): EngineContext {
  return {
    words: WORDS,
    steps: STEPS,
    answers: {},
    pendingField: null,
    status: 'active',
    returning: false,
    ...overrides,
  };
}

/** A decision read the way the tests assert it: what it says (the plan card apart), stores and asks next. */
export interface Turn {
  intent: string;
  profilePatch: Answers;
  answered: string[];
  replies: string[];
  nextField: string | null;
  /** True when the decision shows the plan (or says a person will follow up because none fits). */
  complete: boolean;
}

const CARD = new Set(['plan', 'plan_unavailable']);

export function turnOf(decision: Decision): Turn {
  return {
    intent: String(decision.say[0]?.metadata.intent ?? 'answer'),
    profilePatch: decision.answers,
    answered: decision.events.filter((e) => e.type === 'step_answered').map((e) => String(e.data.field)),
    replies: decision.say.filter((r) => !CARD.has(String(r.metadata.intent))).map((r) => r.content),
    nextField: decision.pendingField,
    complete: decision.say.some((r) => CARD.has(String(r.metadata.intent))),
  };
}

const botFor = (ctx: EngineContext): Bot => ({ ...BOT, steps: ctx.steps, words: ctx.words });
const stateFor = (ctx: EngineContext) => ({
  answers: ctx.answers,
  pendingField: ctx.pendingField,
  status: ctx.status,
  returning: ctx.returning,
  recent: [],
});

/** The chat opened. */
export const startTurn = (ctx: EngineContext): Turn => turnOf(decide(botFor(ctx), stateFor(ctx), { type: 'start' }));

/** The visitor answered (or said something else: the decision reads the message first). */
export const answerTurn = (ctx: EngineContext, input: AnswerInput): Turn =>
  turnOf(decide(botFor(ctx), stateFor(ctx), { type: 'message', input }));

/**
 * The personal coach prompt without a model: the visitor's answers in the bot's own words (its field labels,
 * option labels and plan titles), with a few fixed sentences per language around them. It says only what the
 * visitor told the bot; nothing is inferred.
 *
 * Pure.
 */
import type { Answers, AnswerValue, Field, Plan } from '../contracts.ts';

const SENTENCES = {
  en: {
    opening: (name: string | null) => (name ? `You are coaching ${name} personally.` : 'You are coaching this visitor personally.'),
    told: 'What they told you:',
    worry: (objection: string) => `Their worry: ${objection}. Take it seriously and answer it before anything else when it comes up.`,
    plan: (title: string) => `The plan recommended to them: ${title}.`,
    rule: 'Use what they told you where it helps; never guess what they did not say.',
    yes: 'yes',
    no: 'no',
    of: 'of',
  },
  es: {
    opening: (name: string | null) => (name ? `Estás acompañando a ${name} de forma personal.` : 'Estás acompañando a esta persona de forma personal.'),
    told: 'Lo que te ha contado:',
    worry: (objection: string) => `Su duda: ${objection}. Tómala en serio y respóndela antes que nada cuando salga.`,
    plan: (title: string) => `El plan que se le ha recomendado: ${title}.`,
    rule: 'Usa lo que te ha contado cuando ayude; nunca supongas lo que no ha dicho.',
    yes: 'sí',
    no: 'no',
    of: 'de',
  },
} as const;

const OBJECTION_WORDS: Record<string, Record<string, string>> = {
  en: { price: 'the price', time: 'having the time', doubt: 'whether it works', tried_before: 'it did not work for them before', not_now: 'not now' },
  es: { price: 'el precio', time: 'el tiempo', doubt: 'si funciona', tried_before: 'ya lo probó antes sin éxito', not_now: 'ahora no' },
};

export interface TemplateInput {
  language: string;
  fields: Field[];
  plans: Plan[];
  answers: Answers;
  objection: string | null;
  recommendedPlan: string | null;
}

/** An answer as the bot would say it: the option's label, "3 of 5", yes or no. */
export function answerWords(field: Field, value: AnswerValue, language: string): string {
  const words = SENTENCES[language as keyof typeof SENTENCES] ?? SENTENCES.en;
  switch (field.type) {
    case 'choice':
      return field.options.find((option) => option.value === value)?.label ?? String(value);
    case 'scale':
      return field.max_value !== null ? `${value} ${words.of} ${field.max_value}` : String(value);
    case 'yes_no': {
      // The owner's own labels for yes and no when the field has them.
      const said = value === true || value === 'yes' ? 'yes' : 'no';
      return field.options.find((option) => option.value === said)?.label ?? words[said];
    }
    default:
      return String(value);
  }
}

export function templatePrompt(input: TemplateInput): string {
  const language = input.language in SENTENCES ? input.language as keyof typeof SENTENCES : 'en';
  const words = SENTENCES[language];
  const nameField = input.fields.find((field) => field.entity === 'person_name');
  const name = nameField ? input.answers[nameField.key] : undefined;
  const told = input.fields.flatMap((field) => {
    if (field.entity === 'person_name') return [];
    const value = input.answers[field.key];
    return value === null || value === undefined ? [] : [`- ${field.label}: ${answerWords(field, value, language)}`];
  });
  const plan = input.plans.find((p) => p.code === input.recommendedPlan);
  return [
    words.opening(typeof name === 'string' ? name : null),
    ...(told.length ? [words.told, ...told] : []),
    ...(input.objection ? [words.worry(OBJECTION_WORDS[language]?.[input.objection] ?? input.objection)] : []),
    ...(plan ? [words.plan(plan.title)] : []),
    words.rule,
  ].join('\n');
}

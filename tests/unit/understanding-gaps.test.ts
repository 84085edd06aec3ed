/**
 * Wrong values the rules used to store on a business unlike the demo (a bike rental an owner set up with
 * plain fields and no entities), each now a miss or the right value: a miss is better than a wrong fact.
 */
import { describe, expect, it } from 'vitest';
import { type Field, FieldSchema, type Question, QuestionSchema } from '../../functions/_shared/contracts.ts';
import { type Bot, botOf } from '../../functions/_shared/conversation/bot.ts';
import { decide } from '../../functions/_shared/conversation/decide.ts';

const FIELDS: Field[] = [
  { key: 'name', type: 'text', label: "What's your name?" },
  { key: 'riders', type: 'number', label: 'How many people will be riding?', min_value: 1, max_value: 30 },
  {
    key: 'bike', type: 'choice', label: 'Which bike would you like?',
    options: [
      { value: 'city', label: 'City bike', synonyms: ['city'] },
      { value: 'kids', label: "Children's bike", synonyms: ['kids bike'] },
      { value: 'mountain', label: 'Mountain bike (trails)', synonyms: [] },
      { value: 'private', label: 'Private guided ride', synonyms: [] },
    ],
  },
  { key: 'nights', type: 'number', label: 'For how many days?', min_value: 1, max_value: 30 },
  { key: 'confidence', type: 'scale', label: 'How confident are you on a bike?', min_value: 1, max_value: 5 },
  { key: 'delivery', type: 'yes_no', label: 'Shall we deliver the bikes?' },
].map((field) => FieldSchema.parse(field));

const rental: Bot = botOf({
  bot: {
    id: '00000000-0000-4000-8000-00000000b1c0', name: 'Rental', language: 'en', welcome_message: 'Hi', brand_voice: null, handoff_message: 'A person will reply.',
    allowed_origins: [], theme: {}, llm_model: 'gpt-4o-mini', reading_model: null, llm_temperature: 0.4, daily_llm_budget: 0, memory_window: 6,
    limits: { visitor_messages_per_minute: 10, address_messages_per_minute: 10, address_new_visitors_per_hour: 10 }, updated_at: new Date(0).toISOString(),
  },
  fields: FIELDS,
  steps: FIELDS.map((field, i): Question => QuestionSchema.parse({ field: field.key, position: i + 1, prompt: field.label })),
  plans: [],
  rules: [],
  texts: {},
});

const stored = (pending: string, text: string, known: Record<string, string | number | boolean> = {}) =>
  decide(rental, { answers: known, pendingField: pending, status: 'active', returning: false, recent: [] }, { type: 'message', input: { type: 'text', text } }).answers;

describe('understanding a business the rules were not written for', () => {
  it('reads a name field as a name though its owner named no entity: never a greeting or a whole request', () => {
    expect(stored('name', 'hi')).toEqual({});
    expect(stored('name', "its Heike, we're 4 people")).toEqual({ name: 'Heike', riders: 4 });
    expect(stored('name', 'what time do you open')).toEqual({});
    expect(stored('name', 'Pedro e família')).toEqual({ name: 'Pedro' });
  });

  it('adds up a party listed person by person, and takes no count beside the visitor for the total otherwise', () => {
    expect(stored('riders', 'me, my wife and our 2 kids', { name: 'Jo' })).toEqual({ riders: 4 });
    expect(stored('riders', 'me plus 3 friends', { name: 'Jo' })).toEqual({ riders: 4 });
    expect(stored('riders', 'me plus 3 friends, we are all in our 20s', { name: 'Jo' })).toEqual({});
    expect(stored('riders', 'me and my 2 kids and some friends', { name: 'Jo' })).toEqual({});
    expect(stored('riders', '3 of us', { name: 'Jo' })).toEqual({ riders: 3 });
  });

  it('counts a duration in the field\'s own unit', () => {
    expect(stored('nights', '2 weeks', { name: 'Jo', riders: 2, bike: 'city' })).toEqual({ nights: 14 });
    expect(stored('nights', 'from 9 till 7', { name: 'Jo', riders: 2, bike: 'city' })).toEqual({});
  });

  it('does not rate a scale with a count of things named beside it', () => {
    expect(stored('name', '3 city bikes please, Ana').confidence).toBeUndefined();
  });

  it('takes no choice from a question about the options', () => {
    expect(stored('bike', "what's the difference between city and hybrid", { name: 'Jo', riders: 2 })).toEqual({});
    expect(stored('bike', 'do you have kids bikes? my son is 7', { name: 'Jo', riders: 2 })).toEqual({});
  });

  it('takes no duration in another unit for the field\'s, however it is said', () => {
    const known = { name: 'Jo', riders: 2, bike: 'city' };
    expect(stored('nights', "I've ridden for 3 years", known)).toEqual({});
    expect(stored('nights', '2 years of riding, 4 days this time', known)).toEqual({ nights: 4 });
  });

  it('reads "one" standing for a thing, and a stage by its number, as no count', () => {
    expect(stored('riders', 'the city one looks nice', { name: 'Jo' })).toEqual({});
    expect(stored('riders', 'one of those would do', { name: 'Jo' })).toEqual({});
    expect(stored('riders', 'by day two I was sore', { name: 'Jo' })).toEqual({});
    expect(stored('riders', 'just one', { name: 'Jo' })).toEqual({ riders: 1 });
  });

  it('names an option by the detail in brackets of its label, and not when the visitor is unsure', () => {
    const known = { name: 'Jo', riders: 2 };
    expect(stored('bike', 'something for the trails', known)).toEqual({ bike: 'mountain' });
    expect(stored('bike', 'not sure yet, maybe city or mountain', known)).toEqual({});
    expect(stored('bike', 'not sure, city I think', known)).toEqual({ bike: 'city' });
  });

  it('takes no count when the visitor counts several kinds of things, unless all of them are people', () => {
    expect(stored('riders', '2 adults and a dog', { name: 'Jo' })).toEqual({});
    expect(stored('riders', '2 adults and 3 bikes', { name: 'Jo' })).toEqual({});
    expect(stored('riders', '2 adults and a child', { name: 'Jo' })).toEqual({ riders: 3 });
    expect(stored('riders', '2 adults and 3 kids', { name: 'Jo' })).toEqual({ riders: 5 });
    expect(stored('riders', '4 people', { name: 'Jo' })).toEqual({ riders: 4 });
  });

  it('counts the people a visitor speaks for when no number of them is given', () => {
    expect(stored('riders', 'just me', { name: 'Jo' })).toEqual({ riders: 1 });
    expect(stored('riders', "we're 3", { name: 'Jo' })).toEqual({ riders: 3 });
    expect(stored('riders', 'me and my brother', { name: 'Jo' })).toEqual({ riders: 2 });
    expect(stored('riders', 'me and my brothers', { name: 'Jo' })).toEqual({});
    expect(stored('riders', 'just me and my wife', { name: 'Jo' })).toEqual({ riders: 2 });
    expect(stored('nights', "12 days, we're 3", { name: 'Jo' })).toEqual({ riders: 3, nights: 12 });
  });

  it('reads "a week" as seven days when the days are asked, never in a question', () => {
    const known = { name: 'Jo', riders: 2, bike: 'city' };
    expect(stored('nights', 'a week', known)).toEqual({ nights: 7 });
    expect(stored('nights', 'twice a week', known)).toEqual({});
    expect(stored('nights', 'a week or two', known)).toEqual({});
    expect(stored('nights', 'how much is a week?', known)).toEqual({});
  });

  it('takes an option named "private" for a choice, not for declining to answer', () => {
    expect(stored('name', "Jo here, I'd like the private guided ride")).toEqual({ name: 'Jo', bike: 'private' });
  });

  it('hears a condition as not yet a yes', () => {
    expect(stored('delivery', "yes, but only if it's free", { name: 'Jo', riders: 2, bike: 'city', nights: 2, confidence: 4 })).toEqual({});
    expect(stored('delivery', 'yes please', { name: 'Jo', riders: 2, bike: 'city', nights: 2, confidence: 4 })).toEqual({ delivery: true });
  });
});

/** A clinic that asks about the visitor and their pet: two names and two ages, of different people. */
const CLINIC_FIELDS: Field[] = [
  { key: 'name', type: 'text', label: "What's your name?" },
  { key: 'age', type: 'number', label: 'How old are you?', min_value: 16, max_value: 99 },
  { key: 'pet_name', type: 'text', label: "What's your pet's name?" },
  { key: 'pet_age', type: 'number', label: 'How old is your pet?', min_value: 0, max_value: 30 },
].map((field) => FieldSchema.parse(field));

const clinic: Bot = botOf({
  bot: { ...rental.config, id: '00000000-0000-4000-8000-00000000b1c1', name: 'Clinic' },
  fields: CLINIC_FIELDS,
  steps: CLINIC_FIELDS.map((field, i): Question => QuestionSchema.parse({ field: field.key, position: i + 1, prompt: field.label })),
  plans: [],
  rules: [],
  texts: {},
});

const atClinic = (pending: string, text: string, known: Record<string, string | number | boolean> = {}) =>
  decide(clinic, { answers: known, pendingField: pending, status: 'active', returning: false, recent: [] }, { type: 'message', input: { type: 'text', text } }).answers;

describe('understanding a field about someone other than the visitor', () => {
  it('reads the name asked for someone else as a name, and never as the visitor\'s', () => {
    expect(atClinic('pet_name', "she's called Bella, a spaniel", { name: 'Jo', age: 40 })).toEqual({ pet_name: 'Bella' });
    expect(atClinic('pet_name', 'Max', { name: 'Jo', age: 40 })).toEqual({ pet_name: 'Max' });
    expect(atClinic('name', "my dog's name is Max")).toEqual({});
  });

  it('takes the age of whoever the field asks about', () => {
    expect(atClinic('pet_age', "I'm 34 and she's 3", { name: 'Jo', pet_name: 'Bella' })).toEqual({ age: 34, pet_age: 3 });
    expect(atClinic('age', 'my daughter is 12', { name: 'Jo' })).toEqual({});
    expect(atClinic('age', "I'm 45, my son is 12", { name: 'Jo' })).toEqual({ age: 45 });
    expect(atClinic('age', 'Max is 7', { name: 'Jo' })).toEqual({});
    expect(atClinic('pet_age', 'Max is 7', { name: 'Jo', age: 40, pet_name: 'Max' })).toEqual({ pet_age: 7 });
    expect(atClinic('age', 'my age is 52', { name: 'Jo' })).toEqual({ age: 52 });
  });
});

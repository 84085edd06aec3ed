/**
 * The demo bot's guided questions answered the way a visitor would, in order: typed where the question is
 * free text, tapped where it offers choices. Integration tests walk a visitor part of the way (to ask a side
 * question at a known step) or to the plan card. Free of any stack, so tests that start their own can use it.
 */

/** What a visitor can do in the chat: type a message or tap a choice; each answers with the turn. */
export interface Walker<Turn> {
  say(text: string): Promise<Turn>;
  pick(value: string): Promise<Turn>;
}

/** Sam, 34, female, fat loss, takeaway and skipped breakfasts, `why`, support level 2, happy to cook. */
const answers = (why: string) => [
  ['say', 'Sam'],
  ['say', '34'],
  ['pick', 'female'],
  ['pick', 'fat_loss'],
  ['say', 'Lots of takeaway, skip breakfast'],
  ['say', why],
  ['pick', '2'],
  ['pick', 'yes'],
] as const;

/** Every answer, the last one showing the plan card (Shred Spartan, Shred Gladiator as the alternative). */
export const DEMO_QUESTIONS: number = answers('').length;

/**
 * Answers the first `steps` of the demo's questions (all of them by default) and returns the last turn;
 * `why` is the visitor's reason for wanting to change.
 */
export async function answerDemoQuestions<Turn>(visitor: Walker<Turn>, { steps = DEMO_QUESTIONS, why = 'I want to keep up with my kids' } = {}): Promise<Turn> {
  if (steps < 1 || steps > DEMO_QUESTIONS) throw new Error(`the demo asks ${DEMO_QUESTIONS} questions, not ${steps}`);
  let last: Turn | undefined;
  for (const [action, value] of answers(why).slice(0, steps)) last = await visitor[action](value);
  return last!;
}

/**
 * The kind of value a question asks for and whether a text states one: "how much…" wants a price, "what
 * time…" a time, "how many…" a number. The extractor prefers the sentence that states what was asked, and
 * the composer the passage whose quote does.
 */
import { fold } from '../understanding/normalize.ts';

export type ValueKind = 'price' | 'time' | 'number';

/** Words that ask for a price, a time or a count, in English and Spanish (folded, without accents). */
const ASKS: Record<ValueKind, RegExp> = {
  // "How much" asks for money unless it names a quantity that is none ("how much notice", "how much attendance").
  price: /\b(?:how much(?! (?:time|notice|attendance|weight|luggage|space|room|homework|water|food|sleep|exercise|practice|experience)\b)|prices?|pricing|costs?|costing|fees?|charges?|rates?|expensive|cheap|cuanto cuesta|cuesta|cuestan|precios?|tarifas?)\b/u,
  // "When" asks for a time where it opens a question, not inside one ("can I pay cash when I arrive?" asks
  // about cash); "start", "open" or "end" ask for a time as verbs ("when does it start", "are you open"), not as nouns ("before the start").
  time: /(?:^|[,;.?!] |\b(?:and|but|so|then|also|exactly|just) )when\b|\b(?:what time|how (?:late|early|soon)|hours|opening|closing|earliest|latest|until|till|(?:starting|start|finishing|end) (?:time|date)s?|(?:which|what) days?|horarios?|a que hora|cuando|que dias?)\b|\b(?:do|does|did|will|is|are|you|we|it|they) (?:\w+ ){0,3}?(?:start|starts|begin|begins|finish|finishes|end|ends|open|close|closes)\b/u,
  number: /\b(?:how (?:many|long|far|big|old|heavy|tall|often)|how much (?:time|notice|attendance|weight|luggage|space|room|homework|water|food|sleep|exercise|practice|experience)|max|maximum|min|minimum|biggest|smallest|limit|cuantos|cuantas)\b/u,
};

/** How each kind of value is written in a passage: a time is a clock time, a day or month, or a span ("14 days before"). */
const STATES: Record<ValueKind, RegExp> = {
  price: /[€$£¥]\s?\d|\d\s?(?:€|eur|euros?|usd|dollars?|gbp|pounds?)\b|\b(?:free|gratis|gratuito|no (?:extra )?(?:charge|cost))\b/u,
  time: /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|weekends?|daily|every day|mornings?|afternoons?|evenings?|noon|midnight|january|february|march|april|may|june|july|august|september|october|november|december|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)\b|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-eight) (?:working )?(?:minutes?|hours?|days?|weeks?|months?)(?: of)? (?:before|ahead|in advance|notice|after|earlier|later)\b/u,
  number: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b/u,
};

/** The kinds of value the question asks for: "how much…" wants a price, "what time…" a time. */
export function valueKinds(question: string): ValueKind[] {
  const asked = fold(question);
  return (Object.keys(ASKS) as ValueKind[]).filter((kind) => ASKS[kind].test(asked));
}

/** Whether a text states the kind of value the question asks for (a price, a time, a number); null when it asks for none. */
export function statesWhatIsAsked(question: string, text: string): boolean | null {
  const kinds = valueKinds(question);
  return kinds.length ? statesAny(kinds, text) : null;
}

export const statesAny = (kinds: ValueKind[], text: string) => {
  const folded = fold(text);
  return kinds.some((kind) => STATES[kind].test(folded));
};

/**
 * What a visitor's way of writing says about them, by rules (English and Spanish, matched on normalized text,
 * so accents, capitals and apostrophes do not matter): asking for straight answers, sounding unsure or worried,
 * and saying that something clicked. Phrases, not single words: "perfect" alone is as likely to be in "I want
 * to look perfect" as in "perfect, thanks".
 */
import { normalize } from '../understanding/normalize.ts';

const DIRECT = new RegExp(`\\b(${[
  'just tell me', 'get to the point', 'straight answer', 'straight to the point', 'bottom line', 'be honest',
  'be straight', 'be blunt', 'no fluff', 'cut to the chase', 'tldr', 'tl dr', 'keep it short', 'short version',
  'quick answer', 'skip the', 'dont sugarcoat', 'no sugarcoating',
  've al grano', 'sin rodeos', 'dime ya', 'en resumen', 'se directo', 'sin vueltas',
].join('|')})\\b`);

const GENTLE = new RegExp(`\\b(${[
  'nervous', 'anxious', 'scared', 'afraid', 'worried', 'worry', 'embarrassed', 'embarrassing', 'ashamed',
  'insecure', 'self conscious', 'overwhelmed', 'overwhelming', 'struggle', 'struggling', 'hard for me',
  'difficult for me', 'not sure i can', 'dont know if i can', 'be gentle', 'be kind', 'intimidated',
  'intimidating', 'always fail', 'i failed', 'never works for me',
  'nervios', 'nerviosa', 'nervioso', 'ansiedad', 'miedo', 'preocupada', 'preocupado', 'me preocupa', 'verguenza',
  'me cuesta', 'agobiada', 'agobiado', 'insegura', 'inseguro',
].join('|')})\\b`);

const CLICKED = new RegExp(`\\b(${[
  'makes sense', 'that makes sense', 'sounds good', 'sounds great', 'sounds perfect', 'that helps', 'that helped',
  'thats great', 'thats perfect', 'thats exactly', 'love it', 'love that', 'lets do it', 'lets do this', 'im in',
  'sign me up', 'count me in', 'ill take it', 'exactly what i need', 'im convinced',
  'tiene sentido', 'suena bien', 'suena genial', 'me encanta', 'me apunto', 'justo lo que necesito', 'me convence',
].join('|')})\\b`);

export interface Signals {
  /** Asks for straight, short answers. */
  direct: boolean;
  /** Sounds unsure, worried or hurt: wants a gentle tone. */
  gentle: boolean;
  /** Says something clicked ("that makes sense", "sign me up"). */
  clicked: boolean;
  words: number;
}

export function signalsOf(text: string): Signals {
  const said = normalize(text);
  return {
    direct: DIRECT.test(said),
    gentle: GENTLE.test(said),
    clicked: CLICKED.test(said),
    words: said === '' ? 0 : said.split(' ').length,
  };
}

/**
 * One message, read once: its folded words, its tokens and the numbers in it with what they measure. Every
 * parser works from this, so a message is tokenized once however many fields it is read for.
 */
import { normalize, words } from './normalize.ts';
import { quantitiesIn, type Quantity, type Token, tokenize } from './quantities.ts';

export interface TextReading {
  /** The message as typed, trimmed. */
  text: string;
  /** Its normalized words. */
  said: string[];
  tokens: Token[];
  quantities: Quantity[];
}

export interface ReadingOptions {
  /** The bot's plan prices in whole currency units: "149 a month" is a price on a bot that charges 149. */
  prices?: number[];
}

export function readText(text: string, options: ReadingOptions = {}): TextReading {
  const trimmed = text.trim();
  const tokens = tokenize(trimmed);
  return { text: trimmed, said: words(normalize(trimmed)), tokens, quantities: quantitiesIn(tokens, options) };
}

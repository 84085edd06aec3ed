/**
 * Personal data in knowledge documents: emails, phone numbers, payment card numbers (Luhn-checked) and IBANs
 * (mod-97-checked). Knowledge is quoted to anonymous visitors, so a document holding personal data
 * (`personalData`) is refused with a report naming the line and kind; in redact mode each finding is replaced
 * by a placeholder. A page's own contact details are not personal data: a business publishes its email
 * address and phone number for visitors to use, and "how do I reach you?" is a question the coach must answer.
 *
 * Street addresses are found only on request (`{ addresses: true }`): a business's own address belongs in its
 * knowledge, but a visitor's address must not reach a model (llm/personal-data.ts).
 *
 * Tuned against false positives in sales copy: prices ("$49/month"), years, ranges ("2-4 days"), quantities
 * ("1,500 calories") and dates are not phone numbers.
 *
 * Every pattern does bounded work per position, so a whole document is checked in time linear in its length:
 * a document of 60,000 characters with no line break (or 59,000 letters in a row) must not stall the function
 * that ingests it, since everything else served by the same process waits meanwhile. Emails are found from
 * their "@" outwards instead of by a regular expression, whose unbounded local part was quadratic.
 */

export type PiiKind = 'email' | 'phone' | 'card' | 'iban' | 'address';

export interface PiiOptions {
  /** Also street addresses ("221B Baker Street", "Calle Mayor 12", "Hauptstraße 5", "PO Box 42"). */
  addresses?: boolean;
}

export interface PiiFinding {
  kind: PiiKind;
  /** 1-based line in the document. */
  line: number;
  /** The match with most characters masked, safe to print in a report. */
  masked: string;
}

interface Match {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

const CARD = /(?<![\w.,])\d(?:[ -]?\d){12,18}(?![\w.,]\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// A run of digits with phone-like separators, optionally with a country code or an area code in brackets.
const PHONE = /(?<![\w$€£.,/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,11}(?:[ .-]\d{2,6}){0,5}(?![\w%/]|[.,-]\d)/g;

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function ibanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  // A bare run of digits is an order or reference number unless it is as long as a full phone number.
  if (/^\d+$/.test(text) && digits.length < 10) return false;
  const groups = text.replace(/^\+\d{1,3}[ .-]?/, '').split(/[ .()-]+/).filter(Boolean);
  // "2019 2020 2021": years listed, not a number to call.
  if (groups.length > 1 && groups.every((g) => /^(19|20)\d\d$/.test(g))) return false;
  // ISO dates and similar.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return true;
}

// Street addresses, each pattern bounded (a few words of at most 25 letters, 1-3 spaces between), so a match
// attempt does constant work wherever it starts. A house number, one to three words, a street word; words
// that also end everyday phrases ("a 20 minute drive", "one easy way", "close to me") are left out or guarded.
const STREET_WORDS = '(?:street|avenue|road|lane|drive|boulevard|court|place|terrace|crescent|square|highway|parkway|alley|grove|gardens|mews)(?![\\p{L}\\p{N}])|(?:st|ave|rd|ln|dr|blvd|ct|pl|sq|hwy|pkwy)(?![\\p{L}\\p{N}])\\.?';
const UNITS = 'minutes?|mins?|hours?|hrs?|km|kms|miles?|mi|m|meters?|metres?|blocks?|steps?|days?|weeks?|times?|x';
// Words no street name is made of, but a sentence is ("2 kids on the street").
const GLUE = 'on|in|at|to|down|across|up|along|near|by|off|my|our|your|their|his|her|its|we|i|you|they|and|or|but|from|with|is|are|was|were';
const NAME_WORD = `(?!(?:${GLUE})\\s)\\p{L}[\\p{L}'.-]{0,24}`;
const ADDRESS_EN = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[a-z]?(?:[-/]\\d{1,4})?,?\\s{1,3}(?!(?:${UNITS})(?![\\p{L}]))(?:${NAME_WORD}\\s{1,3}){1,3}(?:${STREET_WORDS})`,
  'giu',
);
// The number first, then a street word and its name: "45 rue de Rivoli", "12 calle del Pez".
const ADDRESS_NUMBER_FIRST = /(?<![\p{L}\p{N}])\d{1,5}[a-z]?,?\s{1,3}(?:rue|calle|avenida|rua|chemin|allée|av\.|bd)\s{1,3}\p{L}[\p{L}'.-]{0,24}(?:\s{1,3}\p{L}[\p{L}'.-]{0,24}){0,3}/giu;
// A street word, its name, then the number: "Calle Mayor 12", "Avenida de la Paz, 3", "Rua Augusta 100".
const ADDRESS_PREFIXED = /(?<![\p{L}\p{N}])(?:calle|c\/|avenida|avda\.?|plaza|paseo|carrera|rua|rue|via|viale|piazza|straat)\s{1,3}(?:\p{L}[\p{L}'.-]{0,24}\s{1,3}){0,3}\p{L}[\p{L}'.-]{0,24},?\s{1,3}(?:n[º°o]\.?\s{0,2})?\d{1,5}[a-z]?(?![\p{L}\p{N}])/giu;
// One word ending in a street word, then the number: "Hauptstraße 5", "Lindenweg 12a".
const ADDRESS_JOINED = /(?<![\p{L}\p{N}])\p{L}{1,30}(?:straße|strasse|str\.|weg|platz|allee|gasse|laan|gracht)\s{1,3}\d{1,5}[a-z]?(?![\p{L}\p{N}])/giu;
const PO_BOX = /(?<![\p{L}\p{N}])p\.?\s?o\.?\s{1,3}box\s{1,3}\d{1,6}(?![\p{L}\p{N}])/giu;

const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const LABEL = /^[A-Za-z0-9-]+$/;
const TOP_LEVEL = /^[A-Za-z]{2,}$/;
/** RFC 5321's limits: 64 characters before the "@", 255 after. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/** name@example.com: a local part before an "@", then dot-separated labels ending in a top-level domain of letters. */
function findEmails(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_PART.test(text[start - 1]!)) start--;
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end]!)) end++;
    // The longest run of whole labels that ends in a top-level domain: "mail.example.co.uk." stops before the dot.
    const labels = text.slice(at + 1, end).split('.');
    let take = 0;
    for (let i = 0; i < labels.length && LABEL.test(labels[i]!); i++) if (i > 0 && TOP_LEVEL.test(labels[i]!)) take = i + 1;
    if (take === 0) continue;
    const domainLength = labels.slice(0, take).join('.').length;
    found.push({ start, text: text.slice(start, at + 1 + domainLength) });
  }
  return found;
}

function findAll(text: string, options: PiiOptions = {}): Match[] {
  const matches: Match[] = [];
  // Which characters a finding already covers, so an overlap check costs the match's length, not the findings'.
  const covered = new Uint8Array(text.length);
  const add = (kind: PiiKind, start: number, matched: string) => {
    if (covered.subarray(start, start + matched.length).includes(1)) return;
    matches.push({ kind, start, end: start + matched.length, text: matched });
    covered.fill(1, start, start + matched.length);
  };
  for (const m of findEmails(text)) add('email', m.start, m.text);
  for (const m of text.matchAll(IBAN)) if (ibanValid(m[0])) add('iban', m.index, m[0]);
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) add('card', m.index, m[0]);
  }
  for (const m of text.matchAll(PHONE)) if (looksLikePhone(m[0].trim())) add('phone', m.index, m[0]);
  if (options.addresses) {
    for (const pattern of [ADDRESS_EN, ADDRESS_NUMBER_FIRST, ADDRESS_PREFIXED, ADDRESS_JOINED, PO_BOX]) {
      for (const m of text.matchAll(pattern)) add('address', m.index, m[0]);
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function mask(kind: PiiKind, text: string): string {
  if (kind === 'address') return '***';
  if (kind === 'email') {
    const [user = '', domain = ''] = text.split('@');
    return `${user.slice(0, 1)}***@${domain}`;
  }
  const keep = text.replace(/\D/g, '').slice(-2);
  return `***${keep}`;
}

/** The 1-based line of each offset, from one pass over the text (findings come sorted by offset). */
function linesOf(text: string, offsets: number[]): number[] {
  let line = 1;
  let at = 0;
  return offsets.map((offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  });
}

function report(text: string, matches: Match[]): PiiFinding[] {
  const lines = linesOf(text, matches.map((m) => m.start));
  return matches.map((m, i) => ({ kind: m.kind, line: lines[i]!, masked: mask(m.kind, m.text) }));
}

export function detectPii(text: string, options: PiiOptions = {}): PiiFinding[] {
  return report(text, findAll(text, options));
}

/**
 * How many distinct email addresses and phone numbers a page may publish as its own contact details (a
 * contact page, a footer, a few departments). More looks like a list of people (customers, a team's private
 * numbers) pasted by mistake.
 */
export const CONTACT_DETAILS = 4;

/**
 * What a knowledge document may not hold: every card number and IBAN, and its email addresses and phone
 * numbers once there are more than CONTACT_DETAILS distinct ones (then all of them).
 */
function personalMatches(text: string): Match[] {
  const matches = findAll(text);
  const contacts = new Set(matches.filter((m) => m.kind === 'email' || m.kind === 'phone')
    .map((m) => (m.kind === 'email' ? m.text.toLowerCase() : m.text.replace(/\D/g, ''))));
  const listed = contacts.size > CONTACT_DETAILS;
  return matches.filter((m) => listed || (m.kind !== 'email' && m.kind !== 'phone'));
}

/** The personal data of a knowledge document, for the report that refuses it. */
export function personalData(text: string): PiiFinding[] {
  return report(text, personalMatches(text));
}

const PLACEHOLDER: Record<PiiKind, string> = { email: '[email]', phone: '[phone]', card: '[card]', iban: '[iban]', address: '[address]' };

/** Replaces every finding with its placeholder ("[email]"); returns the text and what was replaced. */
export function redactPii(text: string, options: PiiOptions = {}): { text: string; findings: PiiFinding[] } {
  return redact(text, findAll(text, options));
}

/** Replaces a knowledge document's personal data (`personalData`) with placeholders, its contact details kept. */
export function redactPersonalData(text: string): { text: string; findings: PiiFinding[] } {
  return redact(text, personalMatches(text));
}

function redact(text: string, matches: Match[]): { text: string; findings: PiiFinding[] } {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + PLACEHOLDER[m.kind];
    at = m.end;
  }
  out += text.slice(at);
  return { text: out, findings: report(text, matches) };
}

/**
 * Personal data in knowledge documents: emails, phone numbers, payment card numbers (Luhn-checked) and IBANs
 * (mod-97-checked). Knowledge is quoted to anonymous visitors, so by default a document with any of these is
 * refused with a report naming the line and kind; in redact mode each is replaced by a placeholder.
 *
 * Tuned against false positives in sales copy: prices ("$49/month"), years, ranges ("2-4 days"), quantities
 * ("1,500 calories") and dates are not phone numbers.
 */

export type PiiKind = 'email' | 'phone' | 'card' | 'iban';

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

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
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

function findAll(text: string): Match[] {
  const matches: Match[] = [];
  const taken = (start: number, end: number) => matches.some((m) => start < m.end && end > m.start);
  for (const m of text.matchAll(EMAIL)) matches.push({ kind: 'email', start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const m of text.matchAll(IBAN)) {
    if (!taken(m.index, m.index + m[0].length) && ibanValid(m[0])) {
      matches.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits) && !taken(m.index, m.index + m[0].length)) {
      matches.push({ kind: 'card', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  for (const m of text.matchAll(PHONE)) {
    const value = m[0].trim();
    if (looksLikePhone(value) && !taken(m.index, m.index + m[0].length)) {
      matches.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function mask(kind: PiiKind, text: string): string {
  if (kind === 'email') {
    const [user = '', domain = ''] = text.split('@');
    return `${user.slice(0, 1)}***@${domain}`;
  }
  const keep = text.replace(/\D/g, '').slice(-2);
  return `***${keep}`;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function detectPii(text: string): PiiFinding[] {
  return findAll(text).map((m) => ({ kind: m.kind, line: lineOf(text, m.start), masked: mask(m.kind, m.text) }));
}

const PLACEHOLDER: Record<PiiKind, string> = { email: '[email]', phone: '[phone]', card: '[card]', iban: '[iban]' };

/** Replaces every finding with its placeholder ("[email]"); returns the text and what was replaced. */
export function redactPii(text: string): { text: string; findings: PiiFinding[] } {
  const matches = findAll(text);
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + PLACEHOLDER[m.kind];
    at = m.end;
  }
  out += text.slice(at);
  return { text: out, findings: matches.map((m) => ({ kind: m.kind, line: lineOf(text, m.start), masked: mask(m.kind, m.text) })) };
}

/**
 * The owner's fallback contact (`bots.fallback_contact`: an email address, a phone number or a URL) as a link
 * the visitor can use when the chat cannot reach the coach. Pure and tested; anything else shows nothing.
 */
import { safeLinkUrl } from './links.ts';

export interface ContactLink {
  href: string;
  text: string;
}

export function contactLink(value: string | null | undefined): ContactLink | null {
  const text = value?.trim() ?? '';
  if (/^[^\s@<>()]+@[^\s@<>()]+\.\w{2,}$/.test(text)) return { href: `mailto:${text}`, text };
  // A phone number: digits with the usual separators, at least six digits.
  if (/^\+?[\d\s().-]{6,30}$/.test(text)) return { href: `tel:${text.replace(/[^\d+]/g, '')}`, text };
  // A site: with or without its scheme, and with a dot in its name (a bare word such as "call us" is not one).
  const href = /^[^\s/]+\.[^\s]+$/.test(text.replace(/^https?:\/\//, '')) ? safeLinkUrl(/^https?:/.test(text) ? text : `https://${text}`) : null;
  return href ? { href, text: text.replace(/^https?:\/\/|\/$/g, '') } : null;
}

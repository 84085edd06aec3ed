/**
 * The handoff chunk's own words, in every language the widget ships (the chunk is one file for all of them:
 * it is loaded only when a person is asked for, and the words are a small part of it). Times and durations
 * are written by Intl in the visitor's language; these sentences only place them.
 */
import type { Lang } from '../i18n.ts';

export interface HandoffWords {
  /** `within`: "5 minutes", "1 hour" (Intl). */
  wait(within: string): string;
  /** `day`: "today", "tomorrow" (relative) or a weekday; `time`: "9:05 AM" (Intl). Null: no hours ahead. */
  away(back: { day: string; relative: boolean; time: string } | null): string;
  late: string;
  ask: string;
  field: string;
  /** The sentence the visitor agrees to by sending; `who` is the bot's name. */
  consent(who: string): string;
  team: string;
  empty: string;
  invalid: string;
  failed: string;
  thanks(kind: 'email' | 'phone', value: string | null): string;
  unread(count: number): string;
}

const en: HandoffWords = {
  wait: (within) => `Someone from the team usually replies within ${within}.`,
  away: (back) => `The team is away right now${back ? ` and back ${back.day} at ${back.time}` : ''}.`,
  late: 'No one from the team is free right now.',
  ask: 'Leave your email or phone number and they will get back to you.',
  field: 'Email or phone number',
  consent: (who) => `By sending it, you agree that ${who} may contact you about this chat.`,
  team: 'the team',
  empty: 'Type an email address or a phone number.',
  invalid: 'Check it: an email like name@example.com, or a phone number like +44 20 7946 0958.',
  failed: 'It could not be sent. Please try again.',
  thanks: (kind, value) => `Thanks! The team will get back to you by ${kind === 'email' ? 'email' : 'phone'}${value ? ` at ${value}` : ''}.`,
  unread: (count) => (count === 1 ? '1 unread message' : `${count} unread messages`),
};

const es: HandoffWords = {
  wait: (within) => `Alguien del equipo suele responder en menos de ${within}.`,
  away: (back) => `El equipo no está ahora${back ? `; vuelve ${back.relative ? '' : 'el '}${back.day} a las ${back.time}` : ''}.`,
  late: 'Nadie del equipo está libre ahora mismo.',
  ask: 'Déjanos tu correo o tu teléfono y te responderán.',
  field: 'Correo o teléfono',
  consent: (who) => `Al enviarlo, aceptas que ${who} te contacte sobre este chat.`,
  team: 'el equipo',
  empty: 'Escribe un correo o un número de teléfono.',
  invalid: 'Revísalo: un correo como nombre@ejemplo.com o un teléfono como +34 912 345 678.',
  failed: 'No se pudo enviar. Inténtalo de nuevo.',
  thanks: (kind, value) => `¡Gracias! El equipo te responderá por ${kind === 'email' ? 'correo' : 'teléfono'}${value ? ` (${value})` : ''}.`,
  unread: (count) => (count === 1 ? '1 mensaje sin leer' : `${count} mensajes sin leer`),
};

export const HANDOFF_WORDS: Record<Lang, HandoffWords> = { en, es };

/** "5 minutes", "1 hour": the bot's wait, rounded up to the unit a visitor thinks in. */
export function waitText(lang: Lang, seconds: number): string {
  const [value, unit] = seconds < 3600 ? [Math.max(1, Math.ceil(seconds / 60)), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** When the team is back, in the visitor's own time zone and language: "today"/"tomorrow" or the weekday, and the time. */
export function backText(lang: Lang, at: Date, now = new Date()) {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((midnight(at) - midnight(now)) / 86_400_000);
  const relative = days < 2;
  return {
    day: relative ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(days, 'day') : new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(at),
    relative,
    time: new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(at),
  };
}

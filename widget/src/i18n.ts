/**
 * The widget's own words (the bot's questions and answers come from the server, in the owner's language).
 * English and Spanish ship; a language is chosen by `data-lang`, else by the visitor's browser, else English.
 * Each language is its own file in i18n/ and its own app chunk (signpost-app-<lang>.js, built from
 * app-<lang>.ts), so a visitor loads their own words only. To add one: copy i18n/en.ts and translate every
 * value, copy app-en.ts, and add the language to `STRINGS`, `LANGS` and `LAUNCHER_WORDS` here.
 */
import { en, type Strings } from './i18n/en.ts';
import { es } from './i18n/es.ts';

export type { Strings } from './i18n/en.ts';
export { en, es };

export const STRINGS: Record<Lang, Strings> = { en, es };

/** Kept apart from the tables so the loader, which only labels the launcher, does not carry them. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const LAUNCHER_WORDS: Record<Lang, [open: string, close: string]> = {
  en: ['Open chat', 'Close chat'],
  es: ['Abrir chat', 'Cerrar chat'],
};

/** `data-lang` if we ship it, else the first browser language we ship, else English. */
export function pickLanguage(requested: string | undefined, preferred: readonly string[] = []): Lang {
  for (const tag of [requested, ...preferred]) {
    const base = tag?.trim().toLowerCase().split(/[-_]/)[0] as Lang | undefined;
    if (base && LANGS.includes(base)) return base;
  }
  return 'en';
}

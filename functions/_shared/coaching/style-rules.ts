/**
 * The coaches' style without a model: only what can be measured in their replies. The median length in
 * words, the greetings they open with and the sign-offs they close with (when at least two replies share
 * one), phrases of two to six words that recur across replies, and how often they use exclamation marks
 * and emoji. No tone is guessed. Also the style as lines for a model's prompt, whoever made it.
 *
 * Pure.
 */
import type { StyleProfile } from './state.ts';

const GREETING = /^(hi|hey|hello|hiya|howdy|good (?:morning|afternoon|evening)|hola|buenas|buenos días|buenas tardes)\b[^.!?,\n]{0,20}?(?=[,.!?\n]|$)/iu;
const SIGN_OFF = /(?:^|[.!?\n]\s*)((?:talk soon|speak soon|cheers|best|thanks|thank you|take care|all the best|have a great (?:day|week)|un abrazo|saludos|hasta pronto|gracias)\b[^.!?\n]{0,24})[.!?]*\s*$/iu;
const EMOJI = /\p{Extended_Pictographic}/u;
const WORD = /[\p{L}\p{N}']+/gu;
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'is', 'it', 'that', 'this', 'you', 'i', 'we', 'be', 'at', 'with', 'el', 'la', 'de', 'que', 'y', 'en', 'un', 'una']);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/** The items at least two replies share, most shared first. */
function shared(items: (string | null)[], limit: number): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const item of items) {
    if (!item) continue;
    const key = item.toLowerCase();
    const entry = counts.get(key) ?? { text: item, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()].filter((e) => e.n >= 2).sort((a, b) => b.n - a.n).slice(0, limit).map((e) => e.text);
}

/** Word n-grams (2 to 6) found in at least two replies, longest and most shared first, none inside another. */
function recurringPhrases(replies: string[], limit: number): string[] {
  const seen = new Map<string, Set<number>>();
  replies.forEach((reply, index) => {
    const words = reply.toLowerCase().match(WORD) ?? [];
    for (let n = 6; n >= 2; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const gram = words.slice(i, i + n);
        if (gram.every((w) => STOP.has(w))) continue;
        const key = gram.join(' ');
        (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(index);
      }
    }
  });
  const candidates = [...seen.entries()]
    .filter(([, where]) => where.size >= 2)
    .sort((a, b) => b[1].size - a[1].size || b[0].split(' ').length - a[0].split(' ').length);
  const kept: string[] = [];
  for (const [gram] of candidates) {
    if (kept.some((k) => k.includes(gram) || gram.includes(k))) continue;
    kept.push(gram);
    if (kept.length === limit) break;
  }
  return kept;
}

export function styleByRules(replies: string[]): StyleProfile {
  const texts = replies.map((r) => r.trim()).filter(Boolean);
  if (texts.length === 0) return { greetings: [], sign_offs: [], phrases: [] };
  const share = (test: (t: string) => boolean) => Math.round((texts.filter(test).length / texts.length) * 100) / 100;
  return {
    median_words: median(texts.map((t) => (t.match(WORD) ?? []).length)),
    greetings: shared(texts.map((t) => GREETING.exec(t)?.[1] ?? null), 3),
    sign_offs: shared(texts.map((t) => SIGN_OFF.exec(t)?.[1]?.trim() ?? null), 3),
    phrases: recurringPhrases(texts, 6),
    exclamations: share((t) => t.includes('!')),
    emoji: share((t) => EMOJI.test(t)),
  };
}

const quoted = (items: string[]) => items.map((item) => `"${item}"`).join(', ');

/** The style as short lines for a model's prompt; empty when there is nothing to say. */
export function styleLines(profile: StyleProfile | null): string[] {
  if (!profile) return [];
  const lines: string[] = [];
  if (profile.summary) lines.push(profile.summary);
  if (profile.tone) lines.push(`Tone: ${profile.tone}.`);
  if (profile.median_words) lines.push(`Their replies run about ${profile.median_words} words.`);
  if (profile.greetings.length) lines.push(`They open with ${quoted(profile.greetings)}.`);
  if (profile.sign_offs.length) lines.push(`They sign off with ${quoted(profile.sign_offs)}.`);
  if (profile.phrases.length) lines.push(`Phrases they use: ${quoted(profile.phrases)}.`);
  if (profile.exclamations !== undefined) lines.push(profile.exclamations >= 0.5 ? 'They use exclamation marks often.' : 'They rarely use exclamation marks.');
  if (profile.emoji !== undefined && profile.emoji >= 0.3) lines.push('They use an emoji now and then.');
  return lines;
}

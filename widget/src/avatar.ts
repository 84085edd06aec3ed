/**
 * The bot's (or a coach's) picture: an https URL, or a data URL of a raster or SVG image (an <img> never runs
 * an SVG's scripts). Anything else, and an image that fails to load, falls back to the name's initials.
 */
import { safeLinkUrl } from './links.ts';

export function safeImageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i.test(url) && url.length < 1e5 ? url : safeLinkUrl(url);
}

/** Up to two letters: the first of the first two words ("Coach Max" -> "CM"); one for a single word. */
export function initials(name: string | null | undefined): string {
  return (name?.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 2).map((word) => [...word][0]).join('').toUpperCase();
}

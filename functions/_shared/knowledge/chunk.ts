/**
 * Chunking: sections into chunks of about 500 tokens (tokens estimated as characters / 4) with about 60
 * tokens of overlap between consecutive chunks of one section.
 *
 * A heading always starts a new chunk, so a short FAQ answer is retrieved on its own and not diluted by its
 * neighbours, and a section that fits stays whole (a testimonial is never cut in two). Every chunk carries its
 * heading path beside its text, for search and for citing, never inside it. Long sections are packed paragraph
 * by paragraph, then sentence by sentence, so a chunk ends mid-sentence only when one sentence alone is longer
 * than a chunk.
 */
import type { Section } from './document.ts';

export const TARGET_TOKENS = 500;
export const OVERLAP_TOKENS = 60;

export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export interface TextChunk {
  /** The section's words, without its headings. */
  content: string;
  headings: string[];
  tokens: number;
}

const SENTENCE_END = /(?<=[.!?…])["”')\]]*\s+(?=["“'(\[]?[A-Z0-9$£€])/;

export function sentences(paragraph: string): string[] {
  // A list keeps its items apart: each item is a "sentence" of its own.
  return paragraph.split(/\n(?=\s*(?:[-*+]|\d+[.)])\s)/).flatMap((item) => item.split(SENTENCE_END)).map((s) => s.trim()).filter(Boolean);
}

/** Last resort for one overlong sentence: cut at word boundaries, and a word longer than a chunk (a pasted data URI) between characters. */
function splitWords(sentence: string, maxTokens: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  const maxChars = maxTokens * 4;
  const words = sentence.split(/\s+/).flatMap((word) => {
    if (word.length <= maxChars) return [word];
    const parts = [''];
    for (const char of word) {
      if (parts.at(-1)!.length + char.length > maxChars) parts.push('');
      parts[parts.length - 1] += char;
    }
    return parts;
  });
  for (const word of words) {
    if (piece && estimateTokens(`${piece} ${word}`) > maxTokens) {
      pieces.push(piece);
      piece = word;
    } else piece = piece ? `${piece} ${word}` : word;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export function chunkSection(section: Section, target = TARGET_TOKENS, overlap = OVERLAP_TOKENS): TextChunk[] {
  const budget = Math.max(50, target);
  // Units: whole paragraphs where they fit, else their sentences, else word runs.
  const units: { text: string; joiner: string }[] = [];
  for (const paragraph of section.paragraphs) {
    if (estimateTokens(paragraph) <= budget) {
      units.push({ text: paragraph, joiner: '\n\n' });
      continue;
    }
    sentences(paragraph).forEach((sentence, i) => {
      const pieces = estimateTokens(sentence) <= budget ? [sentence] : splitWords(sentence, budget);
      pieces.forEach((piece, j) => units.push({ text: piece, joiner: i === 0 && j === 0 ? '\n\n' : ' ' }));
    });
  }

  const chunks: TextChunk[] = [];
  let body = '';
  let lastSentences: string[] = [];
  const flush = () => {
    if (!body.trim()) return;
    chunks.push({ content: body.trim(), headings: section.headings, tokens: estimateTokens(body.trim()) });
  };
  for (const unit of units) {
    const candidate = body ? body + unit.joiner + unit.text : unit.text;
    if (body && estimateTokens(candidate) > budget) {
      flush();
      // Overlap: the previous chunk's closing sentences, up to the overlap budget, open the next one.
      const carried: string[] = [];
      for (let i = lastSentences.length - 1; i >= 0; i--) {
        const next = [lastSentences[i]!, ...carried].join(' ');
        if (estimateTokens(next) > overlap) break;
        carried.unshift(lastSentences[i]!);
      }
      const opening = carried.join(' ');
      body = opening && estimateTokens(`${opening} ${unit.text}`) <= budget ? `${opening}\n\n${unit.text}` : unit.text;
    } else {
      body = candidate;
    }
    lastSentences = sentences(unit.text);
  }
  flush();
  return chunks;
}

export function chunkSections(sections: Section[], target = TARGET_TOKENS, overlap = OVERLAP_TOKENS): TextChunk[] {
  return sections.flatMap((section) => chunkSection(section, target, overlap));
}

/**
 * Personal data kept from the model: every prompt goes through `keepPersonalDataOut` on its way out
 * (client.ts, the only code that sends prompts), so emails, phone numbers, card numbers, IBANs and street
 * addresses a visitor typed reach no model, whichever prompt carries them: a grounded answer, a conversation
 * summary, a coach prompt, a style profile, or an understanding call. Each becomes a placeholder ("[email]")
 * the model can still reason about ("the visitor gave an email").
 *
 * The owner's own words are left as they are: the knowledge passages (`<passages>`, where a business's address
 * or phone number is an answer, and which ingestion already cleared of personal data), the brand voice and
 * the coach's style. The blocks are found by their tags; a visitor cannot open one to hide text from the
 * redaction, because prompts.ts escapes every look-alike of our tags inside data. An owner block that is
 * never closed is redacted to its end.
 *
 * Uses the knowledge base's detection (knowledge/pii.ts): one scan in linear time, the same findings.
 */
import { redactPii } from '../knowledge/pii.ts';
import type { LlmMessage } from './client.ts';

/** Blocks whose content the owner wrote; everything else in a prompt may hold a visitor's words. */
const OWNER_BLOCKS = ['passages', 'brand_voice', 'coach_style'] as const;

/** Text with the visitor's personal data replaced by placeholders. */
export function withoutPersonalData(text: string): string {
  return redactPii(text, { addresses: true }).text;
}

/** The prompt as it may be sent: personal data outside the owner's blocks replaced. */
export function keepPersonalDataOut(messages: LlmMessage[]): LlmMessage[] {
  return messages.map((message) => ({ ...message, content: redactOutsideOwnerBlocks(message.content) }));
}

function redactOutsideOwnerBlocks(content: string): string {
  let out = '';
  let at = 0;
  while (at < content.length) {
    const next = nextOwnerBlock(content, at);
    if (!next) break;
    out += withoutPersonalData(content.slice(at, next.start)) + content.slice(next.start, next.end);
    at = next.end;
  }
  return out + withoutPersonalData(content.slice(at));
}

/** The next owner block from `from`, opening tag to closing tag; none when it is not closed. */
function nextOwnerBlock(content: string, from: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const tag of OWNER_BLOCKS) {
    const start = content.indexOf(`<${tag}>`, from);
    if (start === -1 || (best && start >= best.start)) continue;
    const close = content.indexOf(`</${tag}>`, start);
    if (close === -1) continue;
    best = { start, end: close + tag.length + 3 };
  }
  return best;
}

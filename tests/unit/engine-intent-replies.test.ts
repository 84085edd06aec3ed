import { describe, expect, it } from 'vitest';
import { OBJECTIONS } from '../../functions/_shared/contracts.ts';
import { handoffReply, resumeLine } from '../../functions/_shared/conversation/replies.ts';
import { DEFAULT_TEXTS, type Words, wordsFor } from '../../functions/_shared/conversation/words.ts';
import { extractAnswer } from '../../functions/_shared/engine/index.ts';
import type { Objection } from '../../functions/_shared/understanding/types.ts';

const objectionLead = (words: Words, objection: Objection) => words.say(`objection.${objection}`);
const noAnswerReply = (words: Words) => words.say('no_answer');
import { WORDS } from './engine-fixture.ts';

const empty = wordsFor('en');

describe('objectionLead', () => {
  it('opens every objection with one empathetic sentence of its own, in English and Spanish', () => {
    for (const words of [empty, wordsFor('es')]) {
      const leads = OBJECTIONS.map((objection) => objectionLead(words, objection));
      expect(new Set(leads).size).toBe(OBJECTIONS.length);
      for (const lead of leads) expect(lead).toMatch(/^[A-Z¡¿].*[.!]$/u);
    }
    expect(objectionLead(empty, 'price')).toBe('Totally fair to think about cost.');
  });
});

describe('handoffReply', () => {
  const configured = 'Thanks! A coach from our team will reply here as soon as possible.';
  const words = wordsFor('en', { handoff: configured, 'handoff.asked_for_human': "Of course — I'm bringing in a human coach." });

  it('says a person is coming, then what the bot is configured to say happens next', () => {
    expect(handoffReply(words, 'asked_for_human')).toBe(`Of course — I'm bringing in a human coach. ${configured}`);
  });

  it('apologises when the visitor is frustrated', () => {
    expect(handoffReply(words, 'frustration')).toMatch(/^Sorry this hasn't been helpful/u);
  });

  it('recommends the doctor on high stakes without giving medical advice', () => {
    const reply = handoffReply(WORDS, 'high_stakes');
    expect(reply).toContain('talk to your doctor');
    expect(reply).toContain('human coach');
    expect(reply).not.toMatch(/\b(?:should eat|calories|safe to|dose|insulin)\b/iu);
    expect(reply).not.toContain('emergency');
  });

  it('puts emergency help first when the message is urgent', () => {
    const reply = handoffReply(words, 'high_stakes', { urgent: true });
    expect(reply).toMatch(/^If you're in danger right now.*emergency number/u);
    expect(reply.endsWith(configured)).toBe(true);
  });

  it('falls back to a default next step when no handoff text is configured', () => {
    expect(handoffReply(empty, 'asked_for_human')).toBe(
      `Of course — I'm bringing in a person from our team. ${DEFAULT_TEXTS.en.handoff}`,
    );
  });
});

describe('noAnswerReply and resumeLine', () => {
  it('admits not knowing and offers a person instead of inventing', () => {
    expect(noAnswerReply(empty)).toBe("I don't have a good answer to that one — I can bring in a person from our team if you like.");
    expect(noAnswerReply(WORDS)).toContain('human coach');
  });

  it('leads back to the pending question', () => {
    expect(resumeLine(empty, 'How old are you?')).toBe('Back to where we were: How old are you?');
    expect(resumeLine(empty, '   ')).toBe('');
  });
});

describe('extractAnswer', () => {
  const faq = [
    '## Do you ship to Canada?',
    '',
    'Yes! We ship to **all Canadian provinces** via [our courier partner](https://example.com/courier).',
    'Orders placed before Wednesday arrive the following Monday.',
    '',
    '## What is your refund policy?',
    '',
    'If you are not happy with your first week, we refund it in full. Just email support within 14 days.',
  ].join('\n');

  it('drops the heading that restates the question and strips markdown', () => {
    const answer = extractAnswer(faq, 'do you ship to Canada?');
    expect(answer).toBe(
      'Yes! We ship to all Canadian provinces via our courier partner. Orders placed before Wednesday arrive the following Monday.',
    );
    expect(answer).not.toMatch(/[#*[\]()]|https?:/u);
  });

  it('picks the section that answers the question, not the first one', () => {
    expect(extractAnswer(faq, 'can I get a refund?')).toBe(
      'If you are not happy with your first week, we refund it in full. Just email support within 14 days.',
    );
  });

  it('drops the question of a "Q: … A: …" pair, on one line or two', () => {
    const pair = 'Q: Are the meals vegetarian friendly?\nA: Every plan has a vegetarian version. Swap any meal in your dashboard.';
    expect(extractAnswer(pair, 'vegetarian options?')).toBe('Every plan has a vegetarian version. Swap any meal in your dashboard.');
    expect(extractAnswer('**Q:** How long does cooking take? **A:** Most meals take 15 minutes.', 'how long to cook?'))
      .toBe('Most meals take 15 minutes.');
  });

  it('picks the relevant sentence out of a longer passage and keeps the original order', () => {
    const passage = [
      'Nutrition Solutions was founded in 2015 by two coaches.',
      'Our kitchens are in Leeds and Toronto.',
      'Every meal is gluten-free unless marked otherwise.',
      'Nut allergies are handled in a separate kitchen line.',
      'We also run a podcast about habits.',
      'New episodes come out on Fridays.',
    ].join(' ');
    const answer = extractAnswer(passage, 'I have a nut allergy, is that ok?');
    expect(answer).toContain('Nut allergies are handled in a separate kitchen line.');
    expect(answer).not.toContain('founded');
    expect(answer).not.toContain('podcast');
  });

  it('brings along the sentence an answer leans on', () => {
    const passage = 'The Shred plan is built for fat loss. It includes 21 meals a week. Delivery is free.';
    expect(extractAnswer(passage, 'how many meals in a week?')).toMatch(/^The Shred plan is built for fat loss\. It includes 21 meals a week\./u);
  });

  it('takes the sentences that together cover the question, cut at a sentence boundary within the limit', () => {
    const passage = [
      'Most members see their first results within two to three weeks.',
      'Weekly check-ins with a coach roughly double those results.',
      'Our kitchens are in Leeds.',
    ].join(' ');
    const question = 'how many weeks until results, and do coach check-ins help?';
    expect(extractAnswer(passage, question)).toBe(
      'Most members see their first results within two to three weeks. Weekly check-ins with a coach roughly double those results.',
    );
    const cut = extractAnswer(passage, question, 100);
    expect(cut).toBe('Weekly check-ins with a coach roughly double those results.');
    expect(Array.from(cut).length).toBeLessThanOrEqual(100);
  });

  it('shortens a single sentence that is longer than the limit on a word boundary', () => {
    const answer = extractAnswer(`Shipping is free ${'and fast '.repeat(60)}everywhere.`, 'is shipping free?', 80);
    expect(Array.from(answer).length).toBeLessThanOrEqual(80);
    expect(answer.endsWith('…')).toBe(true);
  });

  it('does not split after abbreviations or inside prices', () => {
    const passage = 'Plans start at $39.99 a week, e.g. the Spartan plan. Dr. Lee reviews every plan menu.';
    expect(extractAnswer(passage, 'what does the spartan plan cost, and who reviews the menu?')).toBe(passage);
    expect(extractAnswer(`Welcome. ${passage}`, 'spartan plan price')).toBe('Plans start at $39.99 a week, e.g. the Spartan plan.');
  });

  it('turns list items and plain-text FAQ questions into sentences', () => {
    const passage = 'What can I cancel?\n- You can pause any week\n- You can cancel any time before Friday\n\n> Tip: changes apply next week.';
    const answer = extractAnswer(passage, 'how do I cancel?');
    expect(answer).not.toContain('What can I cancel');
    expect(answer).toContain('You can cancel any time before Friday');
    expect(answer).not.toMatch(/^[-*>]/u);
  });

  it('returns the passage lead when nothing overlaps, and nothing for an empty passage', () => {
    expect(extractAnswer('We love food. We cook it fresh.', 'zzz?')).toBe('We love food. We cook it fresh.');
    expect(extractAnswer('', 'anything?')).toBe('');
  });

  it('ignores front matter, code fences, images and HTML', () => {
    const passage = '---\ncategory: faq\n---\n![logo](x.png) <b>Halal</b> meals are available on every plan.\n```\ncode\n```';
    expect(extractAnswer(passage, 'halal?')).toBe('Halal meals are available on every plan.');
  });

  // Catastrophic backtracking takes seconds to hours on these; the bound is far above a loaded machine's noise,
  // so this fails on a super-linear pattern, not on a busy CI (speed itself is measured by the benches).
  it('never backtracks catastrophically on adversarial passages', () => {
    for (const passage of ['['.repeat(5000), '*a '.repeat(1700), '<a'.repeat(2500), `${'Q: x? '.repeat(800)}`, '. '.repeat(2500), '#'.repeat(5000)]) {
      const started = performance.now();
      extractAnswer(passage, 'what is in the plan?');
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});

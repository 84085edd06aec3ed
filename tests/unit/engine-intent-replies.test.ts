import { describe, expect, it } from 'vitest';
import { OBJECTIONS } from '../../functions/_shared/contracts.ts';
import { briefly, handoffReply, resumeLine, safetyReply } from '../../functions/_shared/conversation/replies.ts';
import { DEFAULT_TEXTS, type Words, wordsFor } from '../../functions/_shared/conversation/words.ts';
import type { Objection } from '../../functions/_shared/understanding/types.ts';

const objectionLead = (words: Words, objection: Objection) => words.say(`objection.${objection}`);
const noAnswerReply = (words: Words) => words.say('no_answer');
import { stepFor, WORDS } from './engine-fixture.ts';

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


  it('falls back to a default next step when no handoff text is configured', () => {
    expect(handoffReply(empty, 'asked_for_human')).toBe(
      `Of course — I'm bringing in a person from our team. ${DEFAULT_TEXTS.en.handoff}`,
    );
  });
});

describe('safetyReply', () => {
  const selling = /\b(?:plan|price|buy|checkout|subscribe|offer|discount|\$|€|£)\b/iu;

  it('recommends the doctor on a medical matter, with the disclaimer, without medical advice or selling', () => {
    const reply = safetyReply(WORDS, { kind: 'medical', urgent: false });
    expect(reply).toContain('talk to your doctor');
    expect(reply).toContain('human coach');
    expect(reply).toContain('not medical advice');
    expect(reply).not.toMatch(/\b(?:should eat|calories|safe to|dose|insulin)\b/iu);
    expect(reply).not.toContain('emergency');
    expect(reply).not.toMatch(selling);
  });

  it('answers self-harm kindly, then with emergency help and a person, and no disclaimer', () => {
    const reply = safetyReply(empty, { kind: 'self_harm', urgent: true });
    expect(reply).toMatch(/^I'm really sorry you're going through this/u);
    expect(reply).toMatch(/emergency number.*988.*116 123/u);
    expect(reply).not.toContain('medical advice');
    expect(reply.endsWith(DEFAULT_TEXTS.en['safety.handoff']!)).toBe(true);
    expect(reply).not.toMatch(selling);
  });

  it('points to emergency help in words that fit an urgent medical sign', () => {
    const reply = safetyReply(empty, { kind: 'medical', urgent: true });
    expect(reply).toContain('If this is happening right now, please call your local emergency number');
    expect(reply).not.toContain('hurting yourself');
  });

  it('has a kind default for every safety kind, in every language', () => {
    for (const language of ['en', 'es']) {
      for (const kind of ['self_harm', 'eating_disorder', 'pregnancy', 'injury', 'medical'] as const) {
        expect(DEFAULT_TEXTS[language as 'en' | 'es'][`safety.${kind}`]).toBeTruthy();
      }
    }
  });
});

describe('noAnswerReply and resumeLine', () => {
  it('admits not knowing and offers a person instead of inventing', () => {
    expect(noAnswerReply(empty)).toBe("I don't have a good answer to that one — I can bring in a person from our team if you like.");
    expect(noAnswerReply(WORDS)).toContain('human coach');
  });

  const step = (prompt: string) => ({ ...stepFor('age'), prompt });

  it('leads back to the pending question in brief: its last sentence, not the whole prompt again', () => {
    expect(resumeLine(empty, step('How old are you?'))).toBe('Now, back to you: How old are you?');
    expect(resumeLine(empty, step('Doing both is totally doable. Which would you rather start with?')))
      .toBe('Now, back to you: Which would you rather start with?');
    expect(resumeLine(empty, step('   '))).toBe('');
  });

  it("says the way back in the owner's words for that question when they wrote them", () => {
    const words = wordsFor('en', { 'resume.age': 'So, {question}', resume: 'Anyway: {prompt}' });
    expect(resumeLine(words, step('Great. How old are you?'))).toBe('So, How old are you?');
    expect(resumeLine(words, { ...step('Great. Which one?'), field: 'gender' })).toBe('Anyway: Great. Which one?');
  });

  it('keeps a prompt of one sentence whole, and splits Spanish questions at their opening mark', () => {
    expect(briefly('What should I call you, by the way?')).toBe('What should I call you, by the way?');
    expect(briefly('Perfecto. ¿Cuántos años tienes?')).toBe('¿Cuántos años tienes?');
    expect(briefly('1 = just the plan, 10 = daily. How much support do you want?')).toBe('How much support do you want?');
  });
});


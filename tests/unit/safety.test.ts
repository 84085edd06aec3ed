/**
 * Safety routing's rules beyond single phrases (safety.ts): history told as over, a condition that names
 * something else, danger read from several signs at once, and an overdose read as an emergency first. The
 * tuning set (tests/fixtures/understanding/safety.json) holds the phrasings; this holds the reasons.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../functions/_shared/understanding/normalize.ts';
import { safetySignal } from '../../functions/_shared/understanding/safety.ts';

const read = (text: string) => safetySignal(normalize(text));

describe('safetySignal', () => {
  it('reads an injury or a birth told as long past and over as history, unless it is still with them', () => {
    expect(read('I sprained my ankle last summer but it is totally fine now')).toBeNull();
    expect(read('had my baby 3 years ago and never lost the weight')).toBeNull();
    expect(read('I broke my leg 10 years ago and it still aches when I run')).toEqual({ kind: 'injury', urgent: false });
    expect(read("I'm 12 weeks pregnant, my first was born 3 years ago")).toEqual({ kind: 'pregnancy', urgent: false });
  });

  it('does not take a risk, a charity or a family trait for the condition itself', () => {
    expect(read('my diabetes risk is high because of my family')).toBeNull();
    expect(read('I work in a cancer charity')).toBeNull();
    expect(read('bad knees run in the family so I want to stay light')).toBeNull();
    expect(read("my mom's stent surgery went well")).toBeNull();
  });

  it('flags danger now from several signs of feeling unwell at once', () => {
    expect(read("I'm diabetic and I feel shaky, sweaty and confused")).toEqual({ kind: 'medical', urgent: true });
    expect(read("haven't eaten in 5 days and I'm dizzy and my heart is racing")).toEqual({ kind: 'eating_disorder', urgent: true });
    expect(read('the heat is making me dizzy lol')).toBeNull();
  });

  it("reads too much of any medicine as a medical emergency before what it was for", () => {
    expect(read('I took way too many of my diet pills and my heart is racing')).toEqual({ kind: 'medical', urgent: true });
    expect(read('I took my insulin twice by mistake')).toEqual({ kind: 'medical', urgent: true });
    expect(read('I took a whole bottle of pills an hour ago')).toEqual({ kind: 'self_harm', urgent: true });
  });

  it("flags a pregnancy's warning signs and an injury that just happened as urgent", () => {
    expect(read("I'm pregnant and I've had a bad headache and blurry vision since this morning")).toEqual({ kind: 'pregnancy', urgent: true });
    expect(read('pregnant, gestational diabetes, and my feet are swelling')).toEqual({ kind: 'pregnancy', urgent: false });
    expect(read('my shoulder is dislocated again, been like this for an hour')).toEqual({ kind: 'injury', urgent: true });
    expect(read('hurt my knee running yesterday')).toEqual({ kind: 'injury', urgent: false });
  });

  it('reads a wish not to be alive in words nobody listed, but not a wish to stop a habit', () => {
    expect(read("I've been thinking it would be easier to not be here")?.kind).toBe('self_harm');
    expect(read('honestly I just want to stop waking up')?.kind).toBe('self_harm');
    expect(read('I want to stop waking up at 3am to snack')).toBeNull();
    expect(read("I'm going to die if I eat another salad")).toBeNull();
  });

  it('keeps gym slang out: suicide sprints, smashed legs, a cracked back', () => {
    for (const text of ['suicide sprints at the end of practice were rough', 'I smashed legs today', 'I cracked my back and feel great']) {
      expect(read(text)).toBeNull();
    }
  });
});

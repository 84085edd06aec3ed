/**
 * Safety routing's rules beyond single phrases (safety.ts): history told as over, a condition that names
 * something else, danger read from several signs at once, and an overdose read as an emergency first; and
 * what every crisis gets back. The tuning set (tests/fixtures/understanding/safety.json) holds the phrasings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../../functions/_shared/conversation/decide.ts';
import { normalize } from '../../functions/_shared/understanding/normalize.ts';
import { safetySignal } from '../../functions/_shared/understanding/safety.ts';
import { BOT } from './engine-fixture.ts';

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

  it("reads someone else's crisis now as a crisis, and someone else's, long past, as the visitor's reason", () => {
    expect(read('my sister says she wants to die, she tried last year')?.kind).toBe('self_harm');
    expect(read('my friend overdosed last night')?.kind).toBe('self_harm');
    expect(read('I lost my dad to suicide when I was 12 and I want to be healthy for my kids')).toBeNull();
    expect(read('my friend overdosed last year and it changed how I see my health')).toBeNull();
  });

  it('reads a condition, an injury or a medicine by a name WordNet knows and nobody here wrote', () => {
    expect(read("I've got sarcoidosis")).toEqual({ kind: 'medical', urgent: false });
    expect(read('I take allopurinol every morning')?.kind).toBe('medical');
    expect(read('dealing with a hiatus hernia at the moment')?.kind).toBe('injury');
    expect(read('my trigeminal neuralgia is bad this week')?.kind).toBe('injury');
    expect(read('my grandad has sarcoidosis')).toBeNull();
    expect(read('I want to avoid getting gout like my dad')).toBeNull();
    expect(read('my gym buddy has shin splints')).toBeNull();
    expect(read('i read about sciatica in a magazine')).toBeNull();
  });

  it('reads a word coined the way medicine names conditions, but not an everyday word that ends the same way', () => {
    expect(read('I have costochondritis')?.kind).toBe('medical');
    expect(read('been diagnosed with lymphoedema in my legs')?.kind).toBe('medical');
    expect(read('I think I have sarcopenia')?.kind).toBe('medical');
    expect(read('I finally got my diploma and want to celebrate healthily')).toBeNull();
    expect(read('no sympathy needed, I just need a plan')).toBeNull();
    expect(read('hypnosis did not work for my cravings')).toBeNull();
  });

  it('keeps everyday aches, tiredness, a cold and the flu out of the generated names', () => {
    expect(read('I have a cold, should I still train?')).toBeNull();
    expect(read('sore legs after squats, normal?')).toBeNull();
    expect(read("i'm so tired after work")).toBeNull();
    expect(read('had the flu last week, better now')).toBeNull();
    expect(read("what a downer, it's raining")).toBeNull();
  });

  it('hears a crisis said small or in passing, inside a message about something else', () => {
    expect(read("I want to lose weight but honestly what's the point, I won't be around to see it")).toEqual({ kind: 'self_harm', urgent: true });
    expect(read('honestly its not a big deal, I just cut a bit when it gets too much')?.kind).toBe('self_harm');
    expect(read("I'm fine, just might not wake up tomorrow and that'd be ok")?.kind).toBe('self_harm');
    expect(read("i dont really see myself making it to christmas")?.kind).toBe('self_harm');
    expect(read("i can't see myself making it to the gym at christmas")).toBeNull();
    expect(read('my brother took a load of pills for his hayfever lol')).toBeNull();
  });

  it('flags a chest that has hurt for a while, an arm gone heavy and insulin with no food as urgent', () => {
    expect(read('my chest has been hurting for an hour and my left arm feels heavy')).toEqual({ kind: 'medical', urgent: true });
    expect(read("i'm diabetic and i already took my insulin but haven't eaten and im shaking")).toEqual({ kind: 'medical', urgent: true });
    expect(read('my chest has been sore since chest day')).toBeNull();
  });

  it('hears affairs put in order, a last message and a high place, but not a sign-off or a move abroad', () => {
    expect(read('i sorted out my will and gave the cat to my sister')?.kind).toBe('self_harm');
    expect(read('just wanted to say thanks for everything, you won\'t hear from me again')?.kind).toBe('self_harm');
    expect(read("i'm writing this from the roof of my building")?.kind).toBe('self_harm');
    expect(read('goodbye for now, chat tomorrow')).toBeNull();
    expect(read("i won't need the gym membership where i'm going, moving abroad")).toBeNull();
  });

  it('reads a binge got rid of, a body checked over and over and exercise forced after eating as an eating disorder', () => {
    expect(read("i binge on whole loaves of bread then starve the next two days")?.kind).toBe('eating_disorder');
    expect(read('I pinch my stomach fat every hour to check')?.kind).toBe('eating_disorder');
    expect(read('if I eat over 600 calories I make myself run 10k that night')?.kind).toBe('eating_disorder');
    expect(read('I feel like a failure if I eat lunch')?.kind).toBe('eating_disorder');
    expect(read("I'm scared of gaining the weight back")).toBeNull();
    expect(read('I measure my waist every week')).toBeNull();
  });

  it('reads starving or purging beside a heart that skips or races, or fainting, as danger now', () => {
    expect(read("i haven't eaten in 6 days and my heart keeps skipping")).toEqual({ kind: 'eating_disorder', urgent: true });
    expect(read("i haven't eaten in 6 days")).toEqual({ kind: 'eating_disorder', urgent: false });
  });

  it('hears stimulants taken against hunger, food hidden from others and a body checked after every meal', () => {
    expect(read("i take my brother's adhd meds so i'm never hungry")?.kind).toBe('eating_disorder');
    expect(read('i eat in the car so nobody sees how much')?.kind).toBe('eating_disorder');
    expect(read('i weigh myself after every time i use the toilet')?.kind).toBe('eating_disorder');
    expect(read('i eat in secret because my kids steal my snacks')).toBeNull();
    expect(read('i weigh myself every monday')).toBeNull();
  });

  it('keeps a near miss, a meal or a workout said to make one want to die, and ways out of a contract out', () => {
    expect(read('i nearly broke my neck tripping on the cat lol')).toBeNull();
    expect(read('i ate so much at christmas i wanted to die lol')).toBeNull();
    expect(read('that hiit class was brutal, i wanted to die')).toBeNull();
    expect(read('googling ways out of my phone contract')).toBeNull();
    expect(read('i keep googling painless ways out')?.kind).toBe('self_harm');
    expect(read('we do knee bends in the warm up')).toBeNull();
    expect(read('i suffer from analysis paralysis when choosing plans')).toBeNull();
  });

  it('keeps out a nurse on a cancer ward, a pharmacist who knows about statins and a physio who sees injuries', () => {
    expect(read("I'm a physio and see lots of knee injuries")).toBeNull();
    expect(read("I'm a physio and I tore my hamstring")?.kind).toBe('injury');
    expect(read("I'm a nurse on a cancer ward so my shifts are long")).toBeNull();
    expect(read('i am a pharmacist so i know about statins')).toBeNull();
  });

  it('keeps a figure of speech out: a workout that makes one want to die, a wallet with a heart attack', () => {
    expect(read('that last set made me want to die lol')).toBeNull();
    expect(read('my wallet just had a heart attack')).toBeNull();
    expect(read('honestly my life makes me want to die')?.kind).toBe('self_harm');
  });

  it('reads weeks along said alone as a pregnancy only beside its warning signs', () => {
    expect(read("32 weeks and I've got a horrible headache and my vision is blurry")).toEqual({ kind: 'pregnancy', urgent: true });
    expect(read("12 weeks and I've lost 6kg, so happy")).toBeNull();
    expect(read('20 weeks of training and cramps are gone')).toBeNull();
  });

  it('reads "my self" as "myself" and a weight under 100 lb as too low, unless it is what was lost', () => {
    expect(read('thinking of killing my self')?.kind).toBe('self_harm');
    expect(read("i'm 5'4 and 90 lbs and i want to lose 10 more")?.kind).toBe('eating_disorder');
    expect(read('i lost 60 lbs and want to lose 20 more')).toBeNull();
    expect(read("i've lost 40kg and want to lose 10 more")).toBeNull();
  });

  it('reads a body mass index far too low from a height and a weight said together', () => {
    expect(read("i'm 1m70 and 45kg, need to lose 5 more")?.kind).toBe('eating_disorder');
    expect(read("i'm 5ft and weigh 80 pounds")?.kind).toBe('eating_disorder');
    expect(read("i'm 1m70 and 85kg and want to lose 10")).toBeNull();
    expect(read("I'm 5ft 2 and 45kg and want to gain muscle")).toBeNull();
    expect(read("i'm 160cm, lost 40kg and want to lose 5 more")).toBeNull();
  });

  it('reads words typed in a hurry as the words they stand for', () => {
    expect(read('i want to kil myself')?.kind).toBe('self_harm');
    expect(read('thinkin bout endin it tbh')?.kind).toBe('self_harm');
    expect(read('i havnt eaten for 2 days')?.kind).toBe('eating_disorder');
    expect(read("i'll b there at 9")).toBeNull();
  });

  it('reads not wanting to go on, whoever says it, but not a wish to stop a diet', () => {
    expect(read("i don't want to carry on")?.kind).toBe('self_harm');
    expect(read("my dad says he doesn't want to live anymore")?.kind).toBe('self_harm');
    expect(read("i don't want to go on another diet")).toBeNull();
    expect(read("i don't want to live on salads")).toBeNull();
  });

  it('reads an accidental overdose as a medical emergency and a stroke before an injury', () => {
    expect(read('i overdosed on my insulin by accident')).toEqual({ kind: 'medical', urgent: true });
    expect(read("i can't move my arm and my speech is slurred")).toEqual({ kind: 'medical', urgent: true });
  });

  it('reads danger tonight in plain words, but not a plan started tonight', () => {
    expect(read("i'm in my car with the engine running in the garage")?.kind).toBe('self_harm');
    expect(read("i've taken something and i feel really sleepy, sorry for bothering you")?.kind).toBe('self_harm');
    expect(read("i'm doing it tonight, signing up after dinner")).toBeNull();
    expect(read("i'm cutting right now, down 3kg already")).toBeNull();
  });

  it('reads a parent describing themselves as the visitor, and a friend as someone else', () => {
    expect(read('busy mum of two, currently breastfeeding the youngest')?.kind).toBe('pregnancy');
    expect(read('a friend of mine is pregnant and wants to join too')).toBeNull();
    expect(read("my sister's a busy mum of two and pregnant again, i'm buying for her")).toBeNull();
  });

  it('flags one sign of feeling unwell as urgent when it is happening now, not when it comes and goes', () => {
    expect(read("I'm type 1 and I feel really shaky right now")).toEqual({ kind: 'medical', urgent: true });
    expect(read("haven't eaten since friday and i'm shaking so bad right now")).toEqual({ kind: 'eating_disorder', urgent: true });
    expect(read("I'm 22 weeks and feel really dizzy right now")).toEqual({ kind: 'pregnancy', urgent: true });
    expect(read("I'm pregnant right now so I get dizzy sometimes when I stand up")).toEqual({ kind: 'pregnancy', urgent: false });
    expect(read("I'm diabetic and now that it's summer I get sweaty a lot")).toEqual({ kind: 'medical', urgent: false });
  });

  it('reads swelling with no injury beside a condition as the condition', () => {
    expect(read("my ankles are swollen and I can't breathe lying down, I have heart failure")).toEqual({ kind: 'medical', urgent: true });
    expect(read('my ankle is swollen since I rolled it, and I have asthma')?.kind).toBe('injury');
  });

  it('reads a pregnancy or a birth told in the past with its year or its years ago as history', () => {
    expect(read('I was pregnant with my son 5 years ago')).toBeNull();
    expect(read('I gave birth to my daughter in 2015')).toBeNull();
    expect(read('I was pregnant 5 years ago and now I am pregnant again')?.kind).toBe('pregnancy');
  });

  it('hears a crisis in the first language a visitor falls back on', () => {
    for (const text of ['je veux mourir', 'ich will nicht mehr leben', 'voglio morire', 'eu quero morrer']) expect(read(text)?.kind).toBe('self_harm');
    expect(read('enceinte de 4 mois')?.kind).toBe('pregnancy');
  });

  it("hears a body part's \"'s\" as \"is\" or \"has\", as visitors type it", () => {
    expect(read("my chest's really tight")).toEqual({ kind: 'medical', urgent: true });
    expect(read("my back's gone")?.kind).toBe('injury');
    expect(read("baby's not moving as much today, I'm 34 weeks")).toEqual({ kind: 'pregnancy', urgent: true });
    expect(read("my blood pressure's high")?.kind).toBe('medical');
  });

  it('reads the visitor in "like me" and in their own "I", whoever is named before', () => {
    expect(read('is there a version for people with bad knees like me?')?.kind).toBe('injury');
    expect(read("how do I stop my family noticing I'm not eating?")?.kind).toBe('eating_disorder');
    expect(read('do you have plans for diabetics? asking for my dad')).toBeNull();
  });

  it('flags a crash or a fall that already makes them unwell as urgent, whenever it happened', () => {
    expect(read("I've hurt my neck in a crash and my arms are tingling")).toEqual({ kind: 'injury', urgent: true });
    expect(read('I had a fall last week and hurt my shoulder')).toEqual({ kind: 'injury', urgent: false });
  });

  it('keeps a joke, an embarrassment or a decade long gone out', () => {
    for (const text of ["I'd rather die than run a marathon lol", 'I was so embarrassed I wanted to die', 'my aunt attempted suicide in the 90s', 'I wanna die when I see the stairs at work haha']) {
      expect(read(text)).toBeNull();
    }
    expect(read("I'd rather be dead than fat")?.kind).toBe('self_harm');
  });

  it('hears a crisis in Spanish and in the first languages visitors fall back on, and keeps Spanish family out', () => {
    expect(read('no le veo sentido a la vida')?.kind).toBe('self_harm');
    expect(read('ik wil dood')?.kind).toBe('self_harm');
    expect(read('me desmayé hace un rato')).toEqual({ kind: 'medical', urgent: true });
    expect(read('mi hermana está embarazada')).toBeNull();
  });

  it('reads skipping insulin to lose weight as an eating disorder, and days without it as danger now', () => {
    expect(read("I'm diabetic and I skip my insulin to lose weight")?.kind).toBe('eating_disorder');
    expect(read("I'm diabetic and I haven't taken my insulin for 3 days and feel awful")).toEqual({ kind: 'medical', urgent: true });
  });

  it('keeps the same words in everyday plans out: ending things with an ex, a shopping note, cravings gone for good', () => {
    for (const text of ['I tried to end things with my ex but he keeps calling', 'my shopping list note is written, ready for the week', 'I want my cravings to stop for good', 'waiting for it to end, this workout is brutal']) {
      expect(read(text)).toBeNull();
    }
    expect(read("it's all sorted, the note is written")?.kind).toBe('self_harm');
    expect(read('I just want the noise in my head to stop for good')?.kind).toBe('self_harm');
  });

  it('reads hunger felt as control or pride and food feared as an eating disorder, but not a diet habit', () => {
    expect(read("I feel in control when I don't eat")?.kind).toBe('eating_disorder');
    expect(read("I'm scared if I start eating I won't stop")?.kind).toBe('eating_disorder');
    expect(read('I feel in control when I meal prep')).toBeNull();
    expect(read('I only eat fruit for breakfast')).toBeNull();
  });

  it('hears a diabetic going low now, but not going low carb or a keto dieter\'s ketones', () => {
    expect(read("I'm going low and I'm shaking")).toEqual({ kind: 'medical', urgent: true });
    expect(read("I'm going low carb")).toBeNull();
    expect(read('my ketones are high on keto, great sign?')).toBeNull();
  });

  it('keeps gym slang out: suicide sprints, smashed legs, a cracked back', () => {
    for (const text of ['suicide sprints at the end of practice were rough', 'I smashed legs today', 'I cracked my back and feel great']) {
      expect(read(text)).toBeNull();
    }
  });
});

describe('the reply to every crisis in the tuning set', () => {
  const crises = (JSON.parse(readFileSync(new URL('../fixtures/understanding/safety.json', import.meta.url), 'utf8')).messages as { id: string; text: string; kind: string; urgent?: boolean }[])
    .filter((m) => m.kind !== 'none');
  const decided = crises.map((m) => ({
    m,
    decision: decide(BOT, { answers: {}, pendingField: null, status: 'active', returning: false, recent: [] }, { type: 'message', input: { type: 'text', text: m.text } }),
  }));

  it('hands the conversation to a person and sells nothing', () => {
    const off = decided.filter(({ decision }) =>
      decision.status !== 'handoff' || !decision.handoffReason?.startsWith('safety_') || decision.recommendedPlan !== undefined ||
      decision.say.some((reply) => reply.metadata.plan !== undefined)
    );
    expect(off.map(({ m }) => m.id)).toEqual([]);
  });

  it('gives the crisis lines to anyone at risk of self-harm and emergency help whenever it is urgent', () => {
    const off = decided.filter(({ m, decision }) => {
      const said = decision.say.map((reply) => reply.content).join(' ');
      return (m.kind === 'self_harm' && !/988.*116 123/u.test(said)) || (m.urgent && !said.includes('emergency number'));
    });
    expect(off.map(({ m }) => m.id)).toEqual([]);
  });
});

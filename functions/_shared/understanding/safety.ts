/**
 * Safety signals: a message about self-harm, an eating disorder, a pregnancy, an injury or a medical
 * condition. They outrank everything else a message may be (intent.ts): a sales coach's automated replies
 * must never be what a pregnant visitor or one with an eating disorder relies on, and a visitor in crisis
 * gets help, never a plan card.
 *
 * Self-harm is never cancelled by a negation ("I don't want to hurt myself" still deserves a person). The
 * other kinds are ignored when negated ("I'm not pregnant"), said of someone else ("my dad has diabetes")
 * or feared ("I want to avoid getting diabetes"): those are reasons to change, not the visitor's condition.
 *
 * An injury or a birth long past and healed is history, not a condition; a condition's risk, or a charity for
 * it, is not the condition. Self-harm is always urgent (the reply carries the crisis lines); the other kinds
 * are when the message shows danger now.
 *
 * The word families are in safety-words.ts, over normalized text; every optional run is bounded. The names
 * of conditions, injuries and medicines WordNet knows are in safety-names.ts, written by scripts/safety-lexicon.ts.
 */
import { wordsBefore } from './phrases.ts';
import { CONDITION_COINED, CONDITION_NAMED, EATING_DISORDER, HABITUAL, INJURY_NAMED, HEALED, INJURY, MEDICAL, NOW, PREGNANCY, SELF_HARM, OVERDOSE, STILL, SYMPTOMS, URGENT, URGENT_IN_PREGNANCY, SPELLINGS, STROKE, uncontracted, URGENT_INJURY_NOW, WEEKS_ALONG } from './safety-words.ts';
import { tooThinToLose } from './safety-body.ts';

/** The kinds, in the order they are told apart: the first that matches names the message. */
export const SAFETY_KINDS = ['self_harm', 'eating_disorder', 'pregnancy', 'injury', 'medical'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];

export interface SafetySignal {
  kind: SafetyKind;
  /** The visitor may be in danger now: the reply points to emergency help first. */
  urgent: boolean;
}

const PATTERNS: Record<SafetyKind, readonly RegExp[]> = {
  self_harm: [SELF_HARM],
  eating_disorder: [EATING_DISORDER],
  pregnancy: [PREGNANCY],
  injury: [INJURY, INJURY_NAMED],
  medical: [MEDICAL, CONDITION_NAMED, CONDITION_COINED],
};

const NEGATIONS = new Set(['not', 'no', 'dont', 'never', 'without', 'nor', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'neither', 'zero', 'any']);
// People, pets and things a condition may belong to instead ("my wallet had a heart attack").
const OTHERS = new Set(['dad', 'father', 'mum', 'mom', 'mother', 'mam', 'parents', 'brother', 'sister', 'grandma', 'grandpa', 'grandad',
  'granddad', 'grandmother', 'grandfather', 'nan', 'gran', 'granny', 'nana', 'grandparents', 'inlaws', 'stepmum', 'stepmom', 'stepdad', 'uncle', 'aunt', 'auntie', 'cousin', 'friend', 'friends', 'wife', 'husband', 'partner',
  'girlfriend', 'boyfriend', 'son', 'daughter', 'family', 'colleague', 'kids', 'kid', 'children', 'child', 'toddler', 'teen', 'teenager',
  'niece', 'nephew', 'grandson', 'granddaughter', 'neighbour', 'neighbor', 'roommate', 'flatmate', 'fiance', 'fiancee', 'spouse', 'mate',
  'mates', 'coworker', 'coworkers', 'boss', 'buddy', 'pal', 'bestie', 'bff', 'teammate', 'classmate', 'housemate', 'trainer', 'coach', 'dog', 'dogs', 'cat', 'cats', 'pet', 'puppy', 'kitten', 'wallet', 'bank', 'budget', 'purse',
  'account', 'pocket', 'finances', 'he', 'she', 'his', 'her', 'they', 'their', 'someone', 'people', 'client', 'clients', 'patients',
  // The same people in Spanish, the bots' other language.
  'madre', 'padre', 'mama', 'papa', 'hermana', 'hermano', 'hija', 'hijo', 'esposa', 'esposo', 'marido', 'novia', 'novio', 'amiga', 'amigo', 'abuela', 'abuelo',
  'tia', 'tio', 'prima', 'primo', 'perro', 'gato', 'ella']);
/** Words around a parent that make it the visitor describing themselves: "busy mum", "single dad", "mum of two". */
const PARENTS = new Set(['mum', 'mom', 'dad', 'mother', 'father', 'mama', 'mam']);
const SELF_ROLE = new Set(['im', 'busy', 'single', 'new', 'working', 'tired', 'stay', 'home', 'first', 'time']);
/** Taking or using what belongs to someone else makes it the visitor's: "I've been taking my sister's diet pills". */
const TAKING = new Set(['take', 'took', 'taking', 'taken', 'use', 'used', 'using', 'stole', 'steal', 'stealing', 'swallowed', 'nicked', 'borrowed', 'borrowing']);
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'me', 'myself', 'my', 'we', 'were', 'us']);

/** A condition the visitor fears or wants to prevent is a reason, not a condition. */
const PREVENTABLE = /diabet|heart|kidney|liver|cancer|injur|stroke|blood pressure|cholesterol|blood sugar/u;
const PREVENTING = new Set(['getting', 'get', 'developing', 'develop', 'becoming', 'become', 'prevent', 'preventing', 'avoid', 'avoiding',
  'risk', 'ending', 'end', 'reduce', 'lower', 'reverse', 'without', 'fear', 'scared', 'afraid', 'worried', 'family', 'history', 'runs', 'lower']);

const AVOIDING = new Set(['avoid', 'avoiding', 'prevent', 'preventing', 'risk']);

/** "my diabetes risk", "a cancer charity": the condition names something else, not what the visitor has. */
const QUALIFYING = new Set(['risk', 'risks', 'prevention', 'awareness', 'charity', 'research', 'patients', 'clients', 'athletes', 'players', 'customers', 'women', 'mums', 'moms', 'mothers', 'ladies', 'counsellor', 'counselor', 'consultant', 'educator', 'educators', 'friendly', 'recipes', 'cookbook', 'association', 'society', 'foundation', 'fundraiser',
  'runs', 'run', 'survivor', 'survivors']);
/** "I work on a cardiac ward" is a job; "I was in an eating disorder clinic" is the visitor's own treatment. */
const WORKPLACE = new Set(['ward', 'unit', 'clinic', 'nurse', 'nurses', 'doctor', 'doctors', 'specialist', 'centre', 'center', 'team']);
const WORKING = new Set(['work', 'works', 'worked', 'working', 'job', 'volunteer', 'volunteering', 'study', 'studying', 'intern', 'train', 'training',
  'nurse', 'doctor', 'carer', 'porter', 'cleaner', 'physio', 'pharmacist', 'paramedic', 'surgeon', 'medic', 'hca']);
/** "I'm a pharmacist so I know about statins": a medicine or a condition known about, not taken or had. */
const TREATING = new Set(['see', 'sees', 'seeing', 'treat', 'treats', 'treating', 'handle', 'deal', 'rehab', 'rehabbing']);
const PROFESSION = /(?:^| )(?:im|i am|i work as|working as) an? (?:nurse|doctor|physio|physiotherapist|pharmacist|paramedic|surgeon|gp|midwife|carer|osteopath|chiropractor|sports therapist|massage therapist|dietitian)(?= |$)/u;
const KNOWING = new Set(['know', 'knows', 'knew', 'learnt', 'learned', 'learning', 'studied', 'studying', 'researching', 'researched', 'teach', 'teaching',
  'read', 'reading', 'heard', 'hearing', 'watched', 'watching']);

/** "years ago", "as a kid": a birth or an injury told as history. */
const LONG_AGO = /(?:^| )(?:(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|many|several|some) )?(?:years?|yrs|decades?) ago|as a (?:kid|child|teen|teenager)|when i was (?:a kid|little|young|\d+)|in (?:high school|school|college|my teens|my twenties)|(?:back )?in (?:19|20)\d\d|in the (?:[5-9]0s|(?:19|20)[0-9]0s|fifties|sixties|seventies|eighties|nineties))(?= |$)/u;
/** "my friend overdosed last year", "lost my dad to suicide when I was 12". */
const THEIR_PAST = new RegExp(`${LONG_AGO.source}|(?:^| )(?:last year|passed away|died (?:by|from|of)|committed suicide|lost (?:my|her|his|their) \\w+ to)(?= |$)`, 'u');
/** A wish or a plan is now, whenever else something happened: "my sister wants to die, she tried last year". */
const WISHING = /want|wanna|going|gonna|think|talk|trying|plan|threat|say/u;
/** Being pregnant, nursing or trying is now, whatever else the message says happened years ago. */
const PREGNANT_NOW = /pregnan|expect|along|gone|trimester|breast ?feeding|breast milk|nursing|due|ttc|ivf|conceive|trying/u;

/**
 * An injury or a birth told as the past and over, next to where it is named ("broke my arm as a kid, all good
 * now", "had my baby 3 years ago"): history, not the visitor's condition, unless it is still with them.
 */
function over(said: string, index: number, match: string, kind: SafetyKind): boolean {
  const history = kind === 'injury' || (kind === 'pregnancy' && !PREGNANT_NOW.test(match));
  if (!history) return false;
  const around = said.slice(Math.max(0, index - 40), index + match.length + 50);
  return (HEALED.test(around) || LONG_AGO.test(around)) && !STILL.test(around);
}

/** "I want to be pregnant next year", "get fit before we try for a baby": a plan for later, not a pregnancy now. */
const LATER = /(?:^| )(?:next year|one day|some ?day|in (?:the )?future|in (?:a few|a couple of|two|2) years|eventually)(?= |$)/u;
const PLANNING = new Set(['before', 'until']);
function someDay(said: string, index: number, match: string): boolean {
  if (PREGNANT_NOW.test(match) && /weeks|months|trimester|due|expecting|breast|nursing/u.test(match)) return false;
  return wordsBefore(said, index, 3).some((word) => PLANNING.has(word)) || LATER.test(said.slice(index + match.length, index + match.length + 40));
}

/** "when I was pregnant with my daughter", "I was pregnant with my son 5 years ago": a pregnancy told in the past tense. */
const BACK_WHEN = /(?:^| )(?:when|while|back when) i was $/u;
const I_WAS = /(?:^| )i was $/u;
function back(said: string, index: number, match: string): boolean {
  const before = said.slice(Math.max(0, index - 20), index);
  return BACK_WHEN.test(before) || (I_WAS.test(before) && LONG_AGO.test(said.slice(index + match.length, index + match.length + 50)));
}

/** "my dad has diabetes", "my wallet had a heart attack": someone or something else named shortly before, with no "I" in between. */
function aboutSomeoneElse(before: string[]): boolean {
  // "my mom's stent" reads "my moms stent"; "busy mum of two" and "a new dad" are the visitor describing themselves, and "I take my mum's laxatives" takes them.
  const other = before.findLastIndex((word, at) =>
    (OTHERS.has(word) || OTHERS.has(word.replace(/s$/u, ''))) && !(PARENTS.has(word) && (before[at + 1] === 'of' || SELF_ROLE.has(before[at - 1] ?? ''))) &&
    !(before[at - 1] === 'my' && TAKING.has(before[at - 2] ?? '')));
  return other >= 0 && !before.slice(other + 1).some((word) => FIRST_PERSON.has(word) && word !== 'my');
}

/** "people with bad knees like me", "my family noticing I'm not eating": the visitor's own words, whoever is named before. */
const LIKE_ME = /^(?: \w+){0,2} like (?:me|myself)(?= |$)/u;
const SAID_AS_I = /^ ?(?:i|im|ive|id|i am) /u;

/** Each family compiled once more to find all its matches, not at every message. */
const GLOBAL = new Map<RegExp, RegExp>();
function everywhere(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, global = new RegExp(pattern.source, 'gu'));
  return global;
}

function statedOfOneself(said: string, pattern: RegExp, kind: SafetyKind): boolean {
  const global = everywhere(pattern);
  // "I'm a physio": what they see at work is not what they have.
  const profession = PROFESSION.test(said);
  for (const match of said.matchAll(global)) {
    const index = match.index + (match[0].startsWith(' ') ? 1 : 0);
    // Someone else's crisis now needs a person; someone else's, long past, is the visitor's reason to change.
    if (kind === 'self_harm') {
      const around = said.slice(Math.max(0, index - 40), index + match[0].length + 50);
      if (!WISHING.test(match[0]) && aboutSomeoneElse(wordsBefore(said, index, 6)) && THEIR_PAST.test(around)) continue;
      return true;
    }
    const before = wordsBefore(said, index, 3);
    // "I'm not pregnant" is negated; "no, I'm pregnant" answers no to something else and then says it.
    const negated = before.findLastIndex((word) => NEGATIONS.has(word)) > before.findLastIndex((word) => FIRST_PERSON.has(word));
    // Any condition can be one to avoid ("avoid getting gout like my dad"); the preventable ones are feared in more ways.
    const near = wordsBefore(said, index, 4);
    const feared = (PREVENTABLE.test(match[0]) && near.some((word) => PREVENTING.has(word))) || (kind === 'medical' && near.some((word) => AVOIDING.has(word)));
    const knownAbout = before.at(-1) === 'about' && near.some((word) => KNOWING.has(word));
    // "I'm a physio and see lots of knee injuries": what they treat, not what they have.
    // "nearly broke my neck tripping on the cat" is a near miss, not an injury.
    const nearMiss = kind === 'injury' && (before.at(-1) === 'nearly' || before.at(-1) === 'almost');
    const treated = profession && near.some((word) => TREATING.has(word));
    const [next = '', after = ''] = said.slice(index + match[0].trim().length).trim().split(' ');
    // "a diabetic nurse educator" is a job too.
    const qualifies = QUALIFYING.has(next) || (WORKPLACE.has(next) && (QUALIFYING.has(after) || wordsBefore(said, index, 5).some((word) => WORKING.has(word))));
    if (qualifies || over(said, index, match[0], kind) || (kind === 'pregnancy' && (someDay(said, index, match[0]) || back(said, index, match[0])))) continue;
    const end = index + match[0].trim().length;
    const ownWords = LIKE_ME.test(said.slice(end, end + 30)) || SAID_AS_I.test(match[0]);
    if (!negated && !feared && !knownAbout && !treated && !nearMiss && (ownWords || !aboutSomeoneElse(wordsBefore(said, index, 8)))) return true;
  }
  return false;
}

/** One sign of feeling unwell said to be happening now, not one that comes and goes. */
function unwellNow(said: string, symptoms: number): boolean {
  return symptoms > 0 && NOW.test(said) && !HABITUAL.test(said);
}

const HEART_OR_FAINT = /(?:^| )(?:heart|hearts|fainting|fainted|faint|passing out|passed out|blacking out|blacked out)(?= |$)/u;

const SERIOUS_INJURY = /dislocat|broke|broken|fractur|snap|popped|fell|fallen|came off|crash|accident|knocked|hit by|dropped|deformed|bent|bone/u;

/** What happened to a body part when it is an injury; without one, swollen ankles beside heart failure are the condition's. */
const TRAUMA = /dislocat|broke|broken|fractur|snap|popped|fell|fallen|fall|came off|crash|accident|knocked|hit|dropped|deformed|bent|bone|tore|torn|tear|sprain|strain|twist|pulled|injur|hurt|rolled|landed|lifting|surgery|operation/u;

/** Danger now: its signs whatever the kind, one sign of feeling unwell said to be happening now, a pregnancy's own warning signs, or an injury that just happened. */
function urgentFor(said: string, kind: SafetyKind, urgentSigns: boolean, symptoms: number): boolean {
  if (kind === 'self_harm' || urgentSigns || unwellNow(said, symptoms)) return true;
  if (kind === 'pregnancy') return statedOfOneself(said, URGENT_IN_PREGNANCY, 'medical');
  // Starving or purging strains the heart: a heart that skips or races, or fainting, beside an eating disorder is danger now.
  if (kind === 'eating_disorder') return symptoms > 0 && HEART_OR_FAINT.test(said);
  // An injury just now is urgent when it is serious or already makes them unwell ("hurt my neck just now and my arms are tingling").
  // A crash or a fall that already makes them unwell is urgent whenever it happened ("hurt my neck in a crash and my arms are tingling").
  if (kind === 'injury') {
    const serious = SERIOUS_INJURY.test(said);
    return (symptoms > 0 && serious) || ((symptoms > 0 || serious) && URGENT_INJURY_NOW.test(said));
  }
  return false;
}

/** The safety signal in a normalized message, or null. */
export function safetySignal(message: string): SafetySignal | null {
  // "kill my self" is "kill myself"; "kil", "thinkin" and "havnt" are the words they stand for.
  const said = uncontracted(message.split(' ').map((word) => SPELLINGS.get(word) ?? word).join(' ').replace(/(?<=^| )my self(?= |$)/gu, 'myself'));
  // Feeling unwell several ways at once ("shaky, sweaty and confused") is a sign of danger in itself.
  const symptoms = new Set(Array.from(said.matchAll(SYMPTOMS), (m) => m[0].trim())).size;
  const overdose = OVERDOSE.test(said);
  const urgentSigns = overdose || statedOfOneself(said, URGENT, 'medical') || symptoms >= 3;
  for (const kind of SAFETY_KINDS) {
    if (!PATTERNS[kind].some((pattern) => statedOfOneself(said, pattern, kind)) && !(kind === 'eating_disorder' && tooThinToLose(said))) continue;
    // "way too many of my diet pills": an emergency for a doctor before it is an eating disorder; a limb that will not move beside a stroke's signs, a stroke.
    const medicalFirst = (overdose && kind !== 'self_harm') || (kind === 'injury' && (STROKE.test(said) || (!TRAUMA.test(said) && [MEDICAL, CONDITION_NAMED].some((pattern) => statedOfOneself(said, pattern, 'medical')))));
    return { kind: medicalFirst ? 'medical' : kind, urgent: urgentFor(said, kind, urgentSigns || symptoms >= 2, symptoms) };
  }
  // Weeks along, said alone, beside a pregnancy's own warning sign or feeling unwell now.
  if (WEEKS_ALONG.test(said) && (statedOfOneself(said, URGENT_IN_PREGNANCY, 'medical') || unwellNow(said, symptoms))) return { kind: 'pregnancy', urgent: true };
  // Unwell two ways at once and now ("throwing up all day and really dizzy now") is danger without a condition named.
  return urgentSigns || (symptoms >= 2 && unwellNow(said, symptoms)) ? { kind: 'medical', urgent: true } : null;
}

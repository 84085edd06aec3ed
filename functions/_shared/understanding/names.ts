/**
 * Finding a visitor's name in what they typed. A name is kept exactly as typed (capitals, and any markup,
 * which stays literal text): the engine only decides where the name starts and ends. The name may come
 * anywhere in a message ("I'm 30 and my name is Elena") and be followed by anything ("Lee, 27, ..."); its
 * length limit applies to the name, never to the message around it.
 */
import { COMMON_WORDS } from './common-words.ts';
import { NOT_NAME, SENTENCE_WORDS } from './lexicon.ts';
import { PLACES_AND_BRANDS } from './places.ts';
import { normalize, words } from './normalize.ts';

export interface NameMention {
  name: string;
  /** Index in the original text just after the name, to read what follows it ("Sam, 34"). */
  end: number;
}

/**
 * How sure a pattern is. "My name is" / "call me" always introduce a name. "I'm X" does only when the
 * visitor is answering the name question or capitalised X ("I'm tired" is not a name, "I'm Sam" is).
 * "It's X" / "this is X" / "X here" are too common in other sentences to count unless answering.
 */
const NAMED_INTRO = /(?:\b(?:(?:my|the|first|full)\s+)?name(?:'s|s|\s+is|\s+was)|\b(?:first|full|given)\s+name|\bmine(?:'s|s|\s+is)|^\s*name\s*\?|\bme\s+llamo|\bmi\s+nombre\s+es|\bje\s+m'appelle|\bmi\s+chiamo|\bich\s+hei(?:ß|ss)e|\bmeu\s+nome\s+[ée])\s+|\bname\s*[:=-]\s*/giu;
/** The words before "name is" that make it someone else's. */
const SOMEONE_ELSES = /(?:\b(?:his|her|its|their|our|your)|\p{L}'s|\p{L}s')\s*$/iu;
/** How a visitor gives someone else's name, when the field asks for it ("What's your dog called?"). */
const OTHER_INTRO = /(?:\b(?:his|her|its|their|\p{L}+'s)\s+name(?:'s|s|\s+is|\s+was)|\b(?:he|she|it|they)(?:'s|s|\s+is|\s+are)\s+called|\bcalled|\bnamed|\bgoes\s+by|\bname\s*[:=-])\s*/giu;
/** Weaker than a name stated as one: "my friends call me big J but my name is jerome" is Jerome. */
const CALLED_INTRO = /(?:\bcall\s+me|\bi\s+go\s+by|\bknown\s+as)\s+/giu;
const SELF_INTRO = /(?:^|[^\p{L}'])(?:i'm|im|i am|soy|je suis|sono|sou|ich bin)\s+/giu;
/** Only at the start of an answer: "its Heike, we're 4" names Heike, "..., it's cheaper" names nobody. */
const ANSWER_INTRO = /(?:^|[^\p{L}'])(?:it's|its|it is|this is|es|c'est)\s+/giu;
/** Contractions are sentence words, never part of a name ("can't afford unlimited"); O'Brien keeps its own. */
const CONTRACTION = /(?:n't|'re|'ll|'ve|'d|'m)$/iu;
/** "Sam here", "Hi, Maya here", "Hey coach, Gabi here": a name before "here" at the start of a clause. */
const HERE_SUFFIX = /(?:^|[,.!;:]\s*|\b(?:hi|hey|hello|hiya|yo|howdy)\s+)(\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*)?)\s+here\b/dgiu;
const GREETING = /^(?:(?:hi+|he+y+|hell+o+|hiy+a+|howdy|yo+|sup|hey+a+|greetings|good (?:morning|afternoon|evening)|hola|bonjour|salut|ciao|ol[aá]|oi|hallo|hej|buenas|buenos d[ií]as|bom dia)(?:\s+(?:there|coach|all|guys))?\b[\s,!.:-]*)+/iu;
/** After a bare name at the start, one of these shows the name ended there: "Lee, 27", "Ade. want to...". */
const NAME_BREAK = /^(?:\s*(?:[,.;:!?()\-–—~|/]|\d|\p{Extended_Pictographic})|\s*$|\s+(?:and|but|here)\b)/u;

const MAX_NAME_WORDS = 3;
const MAX_BARE_WORDS = 5;

/**
 * Given names that are everyday words too ("Sky", "Summer", "Rowan"): the word list leaves out every word
 * the dictionary also spells with a capital, and these are the ones it spells in lower case only.
 */
const WORD_NAMES = new Set(['sky', 'summer', 'autumn', 'winter', 'rowan', 'willow', 'river', 'storm', 'rain', 'sunny', 'star', 'angel',
  'honey', 'ginger', 'poppy', 'holly', 'heather', 'hazel', 'ivy', 'jade', 'amber', 'ruby', 'pearl', 'coral', 'violet', 'sage', 'basil',
  'olive', 'ash', 'birch', 'wren', 'robin', 'raven', 'jay', 'dove', 'fern', 'clover', 'meadow', 'brook', 'glen', 'dale', 'heath', 'reed',
  'clay', 'flint', 'rocky', 'rusty', 'sonny', 'buddy', 'destiny', 'harmony', 'melody', 'trinity', 'crystal', 'misty', 'candy', 'cherry',
  'bliss', 'blessing', 'precious', 'happy', 'lucky', 'ace', 'chip', 'bud', 'tee', 'cookie', 'peaches', 'sugar', 'bunny', 'kitty',
  'archer', 'aria', 'blue', 'jet', 'paisley', 'piper', 'sterling', 'serenity', 'bee']);

/**
 * Words that, typed where a name was asked, name what a business sells or when: a price, a service, a
 * day, a place. The word list lacks them because the dictionary also spells them with a capital ("Price",
 * "Sunday") or because they are too new for it ("wifi", "ebike").
 */
const REQUEST_WORDS = new Set(['price', 'cost', 'rate', 'fee', 'quote', 'hour', 'time', 'date', 'booking', 'book', 'rental', 'hire', 'tour',
  'class', 'lesson', 'course', 'plan', 'trial', 'offer', 'deal', 'sale', 'discount', 'menu', 'info', 'delivery', 'service', 'visit',
  'appointment', 'vaccination', 'vaccine', 'checkup', 'wifi', 'ebike', 'refund', 'parking', 'open', 'opening', 'today', 'tomorrow',
  'tonight', 'weekend', 'morning', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'downtown', 'centre', 'center', 'city', 'town', 'street', 'road', 'beach', 'airport', 'station', 'hotel', 'near', 'nearby', 'vet',
  'whatsapp', 'senior', 'email', 'phone']);

/**
 * Words the dictionary also spells with a capital (as a surname, a title or a month), so the word list
 * lacks them, that typed where a name is asked are a word: a month, a nickname of endearment or praise
 * ("Babe", "Queen", "Bestie"), a hero played at ("Superman"), a keyboard tried out ("asdf").
 */
const CAPITALISED_WORDS = new Set(['january', 'february', 'march', 'july', 'september', 'october', 'november',
  'december', 'begin', 'love', 'babe', 'baby', 'bae', 'bestie', 'sweetie', 'sweetheart', 'darling', 'hun', 'hunny', 'queen', 'king',
  'princess', 'prince', 'diva', 'legend', 'superman', 'batman', 'spiderman', 'ironman', 'hulk', 'superwoman', 'supergirl', 'wonderwoman',
  'asdf', 'qwerty', 'abc', 'xyz', 'test', 'testing', 'user', 'guest', 'anon', 'na', 'hubby', 'wifey', 'bf', 'gf']);

/** Words for people, never anyone's name: "twins, Max and Mia". */
const PEOPLE = new Set(['twins', 'triplets', 'kids', 'children', 'child', 'son', 'daughter', 'baby', 'babies', 'boys', 'girls', 'both', 'my son',
  'my daughter', 'my kids', 'the kids', 'grandkids']);

/** Endings of nouns that name a thing, a trade or an idea, never a person: "nutritionist", "cancellation", "membership". */
const THING_ENDING = /(?:ist|ists|tion|tions|sion|sions|ment|ments|ness|ism|ology|ship|ships|hood)$/u;

/**
 * The word and the forms the dictionary lists it under: "prices" is "price", "activities" "activity",
 * "starving" "starve", "booked" "book", "shopping" "shop". `derived` also strips "-er" and "-ly"
 * ("quickly", "walker"), which the word list's generator (scripts/common-words.ts) uses; the name reader does
 * not, since "Archer" or "Kelly" made from a word is still a name.
 */
export function baseForms(word: string, derived = false): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  const stem = (derived ? /^(.{2,}?)(?:ing|ed|er|ly)$/ : /^(.{2,}?)(?:ing|ed)$/).exec(word)?.[1];
  if (stem) forms.push(stem, `${stem}e`, ...(/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : []));
  return forms;
}

/** An everyday word, not a name: "city", "bikes", "coffee", "sunday"; "Will", "Grace" and "sky" are names too. */
function everydayWord(word: string): boolean {
  const w = normalize(word).replace(/[^a-z]/g, '');
  if (w.length === 0 || WORD_NAMES.has(w)) return false;
  return (w.length > 6 && THING_ENDING.test(w)) || baseForms(w).some((form) => COMMON_WORDS.has(form) || REQUEST_WORDS.has(form) || CAPITALISED_WORDS.has(form));
}

/**
 * A name read from words nobody introduced as one ("city bike price 2 hours", "Coffee", "i'm starving")
 * that is everyday words instead (its first word, or, typed in lower case, any of its words), or a place or a brand
 * ("Lisbon", "Toyota"). Capitalised
 * later words stay a surname ("Tom Price").
 */
function everyday(name: string): boolean {
  const parts = name.split(/\s+/u);
  return everydayWord(parts[0]!) || (!/\p{Lu}/u.test(name) && parts.some(everydayWord)) || PLACES_AND_BRANDS.has(normalize(name)) ||
    PLACES_AND_BRANDS.has(normalize(parts[0]!));
}

/** Reads up to three name words from `text` at `from`; stops at punctuation, digits or a non-name word. */
function readName(text: string, from: number, requireCapital: boolean): NameMention | null {
  const rest = text.slice(from);
  const taken: string[] = [];
  let end = from;
  for (const match of rest.matchAll(/[^\s,;!?()]+/gu)) {
    const word = match[0];
    const gap = rest.slice(end - from, match.index);
    if (/\S/.test(gap) || taken.length === MAX_NAME_WORDS) break;
    // "N/A", "me@home": letters joined by a slash or a sign are no name word (markup stays literal text).
    if (!/\p{L}/u.test(word) || /^\d/u.test(word) || /^\p{L}+[/@#=+*_\\]\p{L}*$/u.test(word) || NOT_NAME.has(normalize(word)) || CONTRACTION.test(straightApostrophes(word)) ||
      describing(word)) break;
    // A name does not repeat itself ("pricey pricey pricey").
    if (taken.some((t) => normalize(t) === normalize(word))) return null;
    // Later words of a name are capitalised like the first ("Olivia Grant"), or it is one word ("jess").
    if (taken.length > 0 && /^\p{Lu}/u.test(taken[0]!) && !/^\p{Lu}/u.test(word)) break;
    taken.push(word);
    end = from + match.index + word.length;
    // A full stop after a word ends the sentence, unless it is an initial ("J. Smith").
    if (/[.:!]$/.test(word) && word.length > 2) break;
  }
  if (taken.length === 0) return null;
  if (requireCapital && !/^\p{Lu}/u.test(taken[0]!)) return null;
  const name = taken.join(' ').replace(/[.:'"!-]+$/u, '');
  // The trailing marks trimmed from the name are not part of it.
  end -= taken.join(' ').length - name.length;
  return name.length > 0 && /\p{L}/u.test(name) ? { name, end } : null;
}

/**
 * A lower-case word shaped like an adjective or an abstract noun ("skeptical", "nervous", "hopeless",
 * "exhausted"): "i'm skeptical" describes the visitor, it does not name them. Capitalised words are left alone.
 */
const DESCRIBING_SUFFIX = /^\p{Ll}{2,}(?:ical|ous|ful|less|able|ible|ness|ment|ive|ish|ated|ised|ized|ting|sted|ssed)$/u;
const describing = (word: string) => DESCRIBING_SUFFIX.test(word.replace(/[.:'"!-]+$/u, ''));

/** Curly apostrophes are single UTF-16 units, so unifying them keeps every index valid for the original. */
const straightApostrophes = (text: string) => text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");

/** Patterns that say a name follows (not "I'm", "it's" or "here", which also open "I'm starving", "it's sunday"). */
const NAMING = new Set([NAMED_INTRO, CALLED_INTRO, OTHER_INTRO]);

/** The first name the pattern introduces; `startsBy`: only a pattern that begins by this index. */
function firstIntroduced(text: string, intro: RegExp, requireCapital: boolean, startsBy = Infinity): NameMention | null {
  const straight = straightApostrophes(text);
  for (const match of straight.matchAll(intro)) {
    if (match.index > startsBy) break;
    // "my dog's name is Max", "her name is Ana": someone else's name, not the visitor's.
    if (intro === NAMED_INTRO && SOMEONE_ELSES.test(straight.slice(Math.max(0, match.index - 20), match.index))) continue;
    const found = readName(text, match.index + match[0].length, requireCapital);
    // "I'm Nina's friend": a possessive names someone else.
    if (found && /['’]s$/u.test(found.name)) continue;
    if (found && (NAMING.has(intro) || !everyday(found.name))) return found;
  }
  return null;
}

/**
 * A name introduced by an explicit pattern. `answering` admits the looser patterns and lower-case names,
 * because the visitor was just asked for their name; in passing, a name must be capitalised ("call me
 * crazy" names nobody). `correcting`: the visitor is putting their name right, so "it's X" counts anywhere.
 */
export function findIntroducedName(text: string, answering: boolean, correcting = false): NameMention | null {
  const strong = firstIntroduced(text, NAMED_INTRO, !answering) ?? firstIntroduced(text, CALLED_INTRO, !answering) ??
    firstIntroduced(text, SELF_INTRO, true) ??
    // "i'm sam" in lower case is a name only as the answer itself, at its start ("Tomás. ..., I'm experienced"
    // is not), and standing apart from what follows ("i'm way too busy" is not).
    (answering ? standingApart(text, firstIntroduced(text, SELF_INTRO, false, leadLength(text))) : null);
  if (strong) return strong;
  for (const match of text.matchAll(HERE_SUFFIX)) {
    const span = match.indices?.[1];
    if (!span) continue;
    const found = readName(text, span[0], !answering);
    if (found && found.end === span[1] && !everyday(found.name)) return found;
  }
  // Putting a name right, "it's X" may come anywhere ("34. and it's Sarah not Sara").
  return answering ? firstIntroduced(text, ANSWER_INTRO, false, correcting ? Infinity : leadLength(text)) : null;
}

/** Words an answer may open with before the name's own pattern: "sure, it's Carlos", "ok so I'm Dev". */
const FILLER = /^(?:(?:sure|ok|okay|yes|yeah|yep|yup|well|um+|uh+|so|oh|ah|alright|right|hmm+|of course|sorry|oops)\b[\s,!.:-]*)+/iu;

/** The length of a greeting, fillers and spaces the text opens with. */
function leadLength(text: string): number {
  let at = text.length - text.trimStart().length;
  for (const lead of [GREETING, FILLER, GREETING]) at += lead.exec(text.slice(at))?.[0].length ?? 0;
  return at;
}

/** "ok fine. Lucy", "lol do i have to? fine. chris": a name given on its own after giving in. */
const CONSENT = /\b(?:fine|ok|okay|alright|sure|whatever|if you must|go on then)[\s.!,:;-]+$/iu;

function afterConsent(text: string, whose: 'self' | 'other'): NameMention | null {
  const cut = text.trimEnd().search(/[^\s.!,:;-]+(?:\s+[^\s.!,:;-]+)?[\s.!]*$/u);
  if (cut <= 0 || !CONSENT.test(text.slice(0, cut))) return null;
  const found = findAnsweredName(text.slice(cut), whose);
  return found && NAME_BREAK.test(text.slice(cut + found.end)) ? { name: found.name, end: cut + found.end } : null;
}

/** The name, when nothing but a break follows it ("i'm sam, 34", "i'm sam"). */
function standingApart(text: string, found: NameMention | null): NameMention | null {
  return found && NAME_BREAK.test(text.slice(found.end)) ? found : null;
}

/** After a bare name, the words that say whose it is: "is my dog", "(my cat)", ", my son's". */
const SOMEONE_DESCRIBED = /^\s*(?:(?:is|'s|was|=)\s+|\(\s*|[,\-–—]\s*)(?:my|our|his|her|their)\s+\p{L}/iu;

/** "lol jk its Nisha", "Dr. Patel, kidding, it's Nisha": what came before the joke's end is not the answer. */
const RETRACTION = /\b(?:jk|j\/k|just kidding|just joking|kidding|joking|jokes aside)\b[\s,.!:;-]*/giu;
/** Words that make what follows a capitalised word a sentence about it: "Pickfords quoted me 900". */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'them', 'my', 'our', 'it', 'its', 'you', 'your']);
/** After a lower-case bare name, words that still leave it the whole answer ("jay is fine", "jess please"). */
const AROUND_A_NAME = new Set(['is', 'fine', 'ok', 'okay', 'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx', 'ty', 'works', 'will', 'do',
  'lol', 'haha', 'for', 'short', 'just', 'by', 'the', 'way', 'btw', 'here', 'mate', 'hi', 'hey', 'hello', 'cheers', 'yeah', 'yes', 'sure']);

/**
 * The answer to "what's your name?": an introduced name, or else the text's first words when they stand
 * apart ("Sam", "Sam Lee", "Lee, 27, ...", "Grace. I weigh 85kg"). Refuses what is clearly not a name: a
 * question, digits only, a sentence.
 */
export function findAnsweredName(text: string, whose: 'self' | 'other' = 'self'): NameMention | null {
  const retracted = [...text.matchAll(RETRACTION)].at(-1);
  if (retracted) {
    const after = retracted.index + retracted[0].length;
    const found = findAnsweredName(text.slice(after), whose);
    return found ? { name: found.name, end: after + found.end } : null;
  }
  const introduced = whose === 'self' ? findIntroducedName(text, true) : firstIntroduced(text, OTHER_INTRO, false);
  if (introduced) return introduced;
  // A question is no name, however short ("amex??"); a name that comes with one is introduced ("I'm Sam, how much?").
  if (text.trimEnd().endsWith('?')) return null;
  const from = leadLength(text);
  const read = readName(text, from, false);
  // Someone else's name may be any word ("Biscuit", "Pepper"); the visitor's is not an everyday one, nor
  // someone's ("Anna's mum").
  // A single letter typed alone ("k") is a reply, not a name; "call me T" introduces one.
  // Anyone's name is no word for people ("twins, Max and Mia", "the kids").
  const found = read && ((whose === 'self' && (everyday(read.name) || /['’]s$/u.test(read.name) || Array.from(read.name).length === 1)) ||
      PEOPLE.has(normalize(read.name))) ? null : read;
  if (!found) return afterConsent(text, whose);
  // "Bella is my dog", "Coco (my dog) says hi": the name said to be someone's is not the visitor's.
  if (whose === 'self' && SOMEONE_DESCRIBED.test(straightApostrophes(text.slice(found.end)))) return null;
  // "panniers? cost": a word asked about.
  if (text.slice(found.end).trimStart().startsWith('?')) return null;
  if (NAME_BREAK.test(text.slice(found.end))) return found;
  // "Lisbon centre", "Vet appointment": a word for what the visitor wants right after it.
  const next = words(normalize(text.slice(found.end)))[0] ?? '';
  if (whose === 'self' && (REQUEST_WORDS.has(next) || (next.length > 6 && THING_ENDING.test(next)))) return null;
  // A short answer that is only the name and a few words ("Jay is fine"); lower case and a sentence's
  // words after it ("tell me more") is a sentence, not a name.
  const said = words(normalize(text.slice(from)));
  // Lower case and other words after it ("way too expensive for me") is a sentence, unless those words are
  // only the kind that go with a name ("jay is fine").
  const rest = words(normalize(text.slice(found.end)));
  // Capitalised, a name that acts on someone ("Pickfords quoted me 900") is the subject of a sentence.
  const sentence = !/^\p{Lu}/u.test(found.name)
    ? rest.some((w) => SENTENCE_WORDS.has(w)) || !rest.every((w) => AROUND_A_NAME.has(w))
    : rest.join(' ').replace(/\bthank you\b/gu, '').split(' ').some((w) => OBJECT_PRONOUNS.has(w));
  return said.length <= MAX_BARE_WORDS && !sentence ? found : null;
}

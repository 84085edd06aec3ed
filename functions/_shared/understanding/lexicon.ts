/**
 * Words that mean the same on any bot, whatever it sells: hedges, negations, fillers, corrections, the
 * usual ways of saying yes or no, a gender or "I'd rather not say". Everything here is generic; what is
 * specific to one business (its goals, its products) lives in that bot's option synonyms (seed rows).
 *
 * All words are in normalized form (normalize.ts: lower case, no accents, no apostrophes).
 */

/** Words that undo what follows them within a few words ("not bulk", "I don't want to lose weight"). */
export const NEGATIONS = new Set([
  'not', 'no', 'dont', 'never', 'without', 'nor', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'neither', 'zero',
  'doesnt', 'didnt', 'wont', 'cant', 'cannot', 'instead', 'rather', 'nothing',
]);

/** Words that soften a value without changing it ("about 30", "like a 2", "4 I guess"). */
export const HEDGES = new Set([
  'about', 'around', 'roughly', 'approximately', 'approx', 'like', 'maybe', 'probably', 'perhaps', 'say', 'guess',
  'think', 'nearly', 'almost', 'just', 'only', 'ish', 'somewhere', 'abt', 'prob', 'solid', 'honestly', 'really', 'so',
]);

/**
 * Words a visitor puts inside a phrase without changing what it names: "lose a bit of weight" is "lose
 * weight", "drop a few kilos" is "drop kilos". Numbers count as fillers too ("lose 20 pounds").
 */
export const FILLERS = new Set([
  'a', 'an', 'the', 'some', 'bit', 'little', 'few', 'of', 'my', 'more', 'really', 'very', 'so', 'lot', 'lots',
  'couple', 'extra', 'excess', 'this', 'that', 'those', 'these', 'about', 'around', 'like', 'all', 'any', 'much',
  'up', 'to', 'get', 'and', 'just', 'too', 'real', 'proper', 'kind', 'sort', 'serious', 'seriously', 'quite',
]);

/** A message that opens or turns on one of these is putting right what it said before. */
export const CORRECTION_CUES = [
  'actually', 'i meant', 'i mean', 'meant to say', 'sorry', 'oops', 'oh wait', 'wait', 'correction', 'i said',
  'make that', 'typed that wrong', 'typo', 'my bad', 'hang on', 'hold on', 'scratch that', 'change that', 'not what i meant',
  'i got that wrong', 'let me correct', 'correct that', 'i misspoke', 'change it to', 'should be', 'should have said',
];

/** Openers of a plain yes or no, longest first where one contains another. */
export const YES = ['yes', 'y', 'yeah', 'yea', 'ya', 'yep', 'yup', 'yes please', 'sure', 'absolutely', 'of course',
  'definitely', 'certainly', 'totally', 'ok', 'okay', 'love it', 'i love it', 'i do', 'i love', 'i like', 'i enjoy',
  'love', 'like it', 'correct', 'true', 'why not', 'for sure', 'yess', 'yas', 'aye', 'indeed', 'i do enjoy', 'i do like',
  'i do love', 'i kinda do', 'very much', 'big time', 'enjoy it', 'i enjoy it'];
export const NO = ['no', 'n', 'nope', 'nah', 'not really', 'never', 'i dont', 'i do not', 'hate it', 'i hate it',
  'i hate', 'hate', 'not at all', 'no way', 'definitely not', 'not a fan', 'no thanks', 'false', 'i cant', 'i cannot',
  'nop', 'nay', 'not much', 'not so much', 'not particularly', 'not especially', 'hardly', 'rarely', 'i really dont',
  'absolutely not', 'no chance', 'not for me', 'dislike it', 'i dislike it', 'i wouldnt', 'id rather not', 'not my thing', 'not my cup of tea',
  'not yet', 'not a chance', 'not likely', 'not really no'];
/** Hedges that start like a yes or a no ("I don't know", "not sure") but answer neither. */
export const UNSURE = ['i dont know', 'i do not know', 'not sure', 'im not sure', 'dunno', 'idk', 'maybe', 'sometimes',
  'kind of', 'sort of', 'depends', 'it depends', 'i guess', 'no idea', 'hmm', 'not sure yet', 'on and off', 'kinda',
  'now and then', 'occasionally', 'so so', 'meh', 'either way', 'i dont mind', 'dont mind'];

/**
 * Verbs of liking, for yes/no questions about an activity ("do you enjoy cooking?"): the visitor's own
 * sentence ("I do enjoy cooking", "I can't stand cooking") says yes or no, whatever the activity.
 */
export const LIKING = ['love', 'loves', 'like', 'likes', 'enjoy', 'enjoys', 'adore', 'adores', 'dig', 'fancy', 'relish',
  'am into', 'im into', 'am a fan of', 'im a fan of', 'a fan of', 'big fan of', 'keen on', 'passionate about', 'into',
  'happy to', 'glad to', 'willing to', 'keen to', 'up for', 'dont mind', 'do not mind'];
export const DISLIKING = ['hate', 'hates', 'dislike', 'dislikes', 'loathe', 'detest', 'despise', 'cant stand',
  'cannot stand', 'can not stand', 'hate hate', 'not a fan of', 'not into', 'not keen on', 'sick of', 'tired of', 'avoid', 'suck at', 'am bad at', 'im bad at', 'im terrible at', 'am terrible at', 'im hopeless at'];
/** "I'm a terrible cook", "I'm a great cook": an adjective before the activity's noun. */
export const GOOD_AT = ['good', 'great', 'decent', 'keen', 'passionate', 'confident', 'competent', 'solid', 'big', 'avid', 'natural'];
export const BAD_AT = ['terrible', 'bad', 'awful', 'horrible', 'lousy', 'useless', 'hopeless', 'rubbish', 'crap', 'poor', 'lazy', 'reluctant'];

/**
 * Gender words by group. A bot's gender options are matched to a group by their own words (an option
 * named "Male" or "Man" takes the male group), so every bot that asks gets these without listing them.
 */
export const GENDER_GROUPS: { heads: string[]; words: string[]; roles: string[] }[] = [
  {
    heads: ['male', 'man', 'men'],
    words: ['male', 'man', 'guy', 'dude', 'bloke', 'lad', 'gent', 'gentleman', 'boy', 'fella', 'fellow', 'chap', 'he him',
      'trans man', 'cis man', 'cis male', 'a man', 'a guy', 'a bloke', 'a dude', 'a lad', 'mr',
      // In the languages a visitor may slip into.
      'hombre', 'varon', 'chico', 'homme', 'mann', 'uomo', 'homem', 'masculino', 'masculin'],
    // Family roles say a gender too, but only where the visitor describes themselves ("dad of three", not "my dad").
    roles: ['dad', 'father', 'daddy', 'papa', 'husband', 'hubby', 'grandad', 'granddad', 'grandpa', 'grandfather', 'son', 'brother', 'boyfriend', 'uncle'],
  },
  {
    heads: ['female', 'woman', 'women'],
    words: ['female', 'woman', 'girl', 'gal', 'lady', 'lass', 'gurl', 'she her', 'trans woman', 'cis woman', 'cis female',
      'a woman', 'a girl', 'a gal', 'a lady', 'mrs', 'ms', 'miss', 'chick', 'gyal',
      'mujer', 'chica', 'femme', 'frau', 'mulher', 'femenino', 'feminin', 'feminine'],
    roles: ['mum', 'mom', 'mother', 'mommy', 'mummy', 'mama', 'wife', 'grandma', 'gran', 'granny', 'nana', 'grandmother', 'daughter', 'sister', 'girlfriend', 'aunt', 'auntie'],
  },
  {
    heads: ['non binary', 'nonbinary', 'non-binary', 'nb', 'enby', 'other'],
    words: ['non binary', 'nonbinary', 'enby', 'nb', 'genderqueer', 'genderfluid', 'gender fluid', 'agender', 'they them', 'gender non conforming', 'two spirit', 'neither'],
    roles: [],
  },
];

/** Declining to answer. Attaches to an option that itself says so ("Prefer not to say"). */
export const DECLINE = {
  // Not "private": an option "Private lessons" is a choice, not a refusal.
  heads: ['prefer not', 'rather not', 'not to say', 'skip', 'not say', 'decline'],
  words: ['prefer not to say', 'prefer not to answer', 'prefer not', 'id prefer not to', 'rather not say', 'id rather not say',
    'id rather not', 'rather not', 'i would rather not', 'i would rather not say', 'rather not answer', 'rather not tell',
    'prefer not to tell', 'skip', 'skip this', 'skip that', 'pass', 'no comment', 'none of your business', 'not telling',
    'dont want to say', 'do not want to say', 'dont wanna say', 'i dont want to answer', 'id rather keep that private',
    'private', 'thats private', 'not saying', 'decline', 'i decline', 'rather not share', 'prefer not to share', 'next question',
    'personal', 'thats personal', 'thats a bit personal', 'keep that to myself', 'keep it to myself', 'prefer to keep that to myself',
    'rather keep that to myself', 'prefer to keep that private', 'prefer not to disclose', 'rather not disclose', 'not disclosing', 'none of your concern'],
};

/** Words that are never a name, or end one ("Sam and ...", "I'm tired"). */
export const NOT_NAME = new Set([
  'i', 'im', 'me', 'my', 'mine', 'you', 'your', 'we', 'a', 'an', 'the', 'and', 'or', 'but', 'not', 'no', 'yes',
  'yeah', 'yep', 'nope', 'ok', 'okay', 'sure', 'hi', 'hello', 'hey', 'what', 'whats', 'who', 'whos', 'why',
  'how', 'when', 'where', 'which', 'is', 'are', 'am', 'was', 'can', 'do', 'does', 'dont', 'will', 'would',
  'could', 'should', 'this', 'that', 'it', 'its', 'just', 'so', 'very', 'really', 'here', 'there', 'looking',
  'trying', 'interested', 'want', 'wanna', 'need', 'new', 'fine', 'good', 'great', 'tired', 'ready',
  'hungry', 'fat', 'overweight', 'skinny', 'male', 'female', 'man', 'woman', 'guy', 'girl', 'lady', 'from',
  'in', 'at', 'on', 'to', 'for', 'with', 'about', 'of', 'too', 'also', 'still', 'help', 'hoping', 'going',
  'thinking', 'curious', 'well', 'um', 'uh', 'hmm', 'idk', 'nothing', 'none', 'prefer', 'rather', 'skip',
  'btw', 'please', 'thanks', 'thank', 'aged', 'age', 'years', 'year', 'yrs', 'yo', 'old', 'sorry', 'unsure',
  'feeling', 'happy', 'sick', 'struggling', 'vegan', 'vegetarian', 'married', 'single', 'complicated', 'kind',
  'id', 'ill', 'ive', 'youre', 'hes', 'shes', 'theyre', 'were', 'lol', 'haha', 'hah', 'lmao', 'omg', 'ugh', 'coach',
  'name', 'names', 'called', 'call', 'everyone', 'everybody', 'friends', 'people', 'dude', 'gal', 'bloke', 'lad',
  'mate', 'bro', 'sis', 'sir', 'madam', 'maam', 'whatever', 'nobody', 'anonymous', 'secret', 'private', 'pass',
  'actually', 'correction', 'oops', 'wait', 'bulk', 'bulking', 'cutting', 'retired', 'student', 'mum', 'mom', 'dad',
  'busy', 'new', 'beginner', 'nurse', 'doctor', 'teacher', 'myself', 'yours', 'first', 'last', 'fine', 'cool',
  // Interjections and adverbs that open a sentence ("Honestly, I want to...").
  'honestly', 'basically', 'literally', 'seriously', 'anyway', 'anyways', 'alright', 'right', 'nice', 'perfect',
  'awesome', 'amazing', 'wow', 'oh', 'ah', 'hm', 'absolutely', 'definitely', 'maybe', 'probably', 'totally', 'indeed',
  'yup', 'nah', 'exactly', 'true', 'agreed', 'sounds', 'cheers', 'great', 'ugh', 'meh', 'hmmm', 'umm', 'err', 'erm',
  'back', 'later', 'tomorrow', 'asap', 'crazy', 'anything', 'lazy', 'silly', 'nuts', 'mad', 'whenever', 'soon',
  'american', 'canadian', 'british', 'english', 'irish', 'scottish', 'welsh', 'australian', 'german', 'french',
  'spanish', 'italian', 'indian', 'mexican', 'brazilian', 'dutch', 'muslim', 'christian', 'jewish', 'hindu',
  'diabetic', 'pregnant', 'injured', 'allergic', 'lactose', 'gluten', 'keto', 'paleo', 'pescatarian',
  'let', 'lemme', 'gotta', 'hold', 'hang', 'gonna', 'can', 'send',
  // Function words and degree words, which open sentences but never a name ("between work and the kids...",
  // "way too expensive"). Words that are also names (Will, May, Per) are left out.
  'between', 'after', 'before', 'during', 'since', 'until', 'till', 'without', 'within', 'because', 'cause', 'cuz', 'if', 'unless',
  'though', 'although', 'while', 'whilst', 'as', 'than', 'then', 'once', 'every', 'each', 'all', 'some', 'any', 'many', 'much', 'more',
  'most', 'less', 'few', 'way', 'quite', 'pretty', 'super', 'kinda', 'sorta', 'even', 'only', 'always', 'usually', 'sometimes',
  'often', 'again', 'already', 'yet', 'almost', 'nearly', 'around', 'through', 'into', 'over', 'under', 'against', 'off', 'out', 'up',
  'down', 'away', 'they', 'them', 'their', 'our', 'us', 'his', 'her', 'these', 'those', 'such', 'other', 'another', 'both', 'either',
  'neither', 'none', 'own', 'same', 'like', 'pricey', 'pricy', 'expensive', 'cheap', 'busy', 'skeptical', 'sceptical', 'broke', 'tried', 'lost', 'never', 'time', 'brb',
  // Interjections that open a reaction ("jeez, who can afford that", "pfft, sure it works").
  'jeez', 'geez', 'eek', 'pfft', 'pff', 'holy', 'whoa', 'woah', 'yikes', 'oof', 'ouch', 'blimey', 'crikey', 'sheesh', 'damn', 'dang', 'gosh',
  // Titles: "Dr. Patel" is a surname behind a title, not what to call someone.
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof',
  // Greetings and small words of other languages a visitor may open with ("hola! soy Marco").
  'hola', 'bonjour', 'salut', 'ciao', 'ola', 'oi', 'hallo', 'hej', 'namaste', 'buenas', 'buenos', 'bom', 'dia',
  'es', 'soy', 'je', 'suis', 'sono', 'sou', 'ich', 'bin', 'mi', 'mon', 'nom', 'e', 'y', 'et', 'und',
]);

/** Common words that make a short answer a sentence rather than a name ("whats it to you"). */
export const SENTENCE_WORDS = new Set(['it', 'to', 'you', 'is', 'are', 'was', 'do', 'does', 'the', 'my', 'your', 'this', 'that', 'give', 'tell', 'say', 'know']);

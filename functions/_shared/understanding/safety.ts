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
 * Patterns are over normalized text (phrases.ts); every optional run is bounded, so a match is linear.
 */
import { phrases, wordsBefore } from './phrases.ts';

/** The kinds, in the order they are told apart: the first that matches names the message. */
export const SAFETY_KINDS = ['self_harm', 'eating_disorder', 'pregnancy', 'injury', 'medical'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];

export interface SafetySignal {
  kind: SafetyKind;
  /** The visitor may be in danger now: the reply points to emergency help first. */
  urgent: boolean;
}

const BODY = '(?:left |right |lower |upper )?(?:acl|mcl|pcl|meniscus|ligaments?|tendons?|achilles|hamstrings?|groin|calf|calves|quads?|rotator cuff|shoulders?|knees?|ankles?|wrists?|back|neck|hips?|elbows?|arms?|legs?|foot|feet|hands?|fingers?|toes?|ribs?|collarbone|spine|dis[ck]|pelvis|knee cap|kneecap|shin|thumb)';

const PATTERNS: Record<SafetyKind, RegExp> = {
  self_harm: phrases(
    'suicid(?:e|al)', 'kill(?:ing)? myself', 'end(?:ing)? (?:my|it) (?:life|all)', 'end it all', 'ending it all', 'take my (?:own )?life',
    // Not "I don't want to die on the stairs every morning": a reason to get fit, not a wish.
    '(?<!(?:dont|do not|never|not) )wants? to die', 'wanted to die', 'wanna die', '(?:about|of|just|keep) ending it(?! with| off)',
    '(?:nobody|no one|noone) would (?:miss|notice|care about) me', 'if i (?:was|were) gone', 'done with (?:life|living|it all)',
    'dark thoughts', 'thoughts of (?:dying|death|ending)', 'wish i (?:was|were) dead', 'wish i (?:wasnt|was not|werent) (?:here|alive|born)',
    'better off (?:dead|without me)', '(?:everyone|everybody|they|people|the world) (?:would be|is|are|d be) better off without me',
    '(?:dont|do not|cant|cannot) see (?:the|any) point (?:in |of )?(?:living|going on|life|being alive|carrying on|anything)',
    '(?:no|not any) (?:point|reason) (?:in |to )?(?:living|going on|live|being alive|carrying on)',
    'life (?:isnt|is not|aint|is no longer|not) worth (?:living|it)', 'not worth living', 'no longer want to live',
    'disappear (?:forever|for good)', '(?:want|wanna|going) to disappear', 'just want to disappear',
    // "punish myself with 3 hours of cardio" is an eating disorder's compensation, read there.
    '(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|hit|hitting) myself(?! with (?:\\w+ ){0,4}(?:cardio|exercise|running|workouts?|training|gym|the gym|treadmill|spin))', 'self (?:harm|harming|injury|injure)',
    'selfharm', 'overdos(?:e|ed|ing)', 'od (?:on|tonight)',
    'took (?:a lot of|too many|loads of|all (?:my|of my|the)|a whole (?:bottle|pack|box|packet) of) (?:pills|tablets|meds|painkillers|sleeping pills|paracetamol)',
    '(?:cant|cannot) go on', '(?:dont|do not) want to (?:live|be alive|wake up|be here anymore|exist)', 'not want to (?:be alive|live)',
    // Not being there as a relief to others or to oneself, and the plans and means of it.
    '(?:happier|better|easier) (?:\\w+ ){0,3}if i (?:just )?(?:wasnt|was not|werent|were not) (?:around|here|alive)', 'if i (?:just )?(?:wasnt|werent) (?:around|here|alive) anymore',
    'giv(?:e|ing) up on (?:life|living)', 'giving up on everything(?= even| and everyone|$)', '(?:about|of) (?:not|never) waking up', '(?:hope|wish) i (?:dont|do not|never|wont) wake up', 'not wak(?:e|ing) up (?:again|anymore)',
    '(?:plan|planning|ready) to end (?:it|things|everything|my life)(?! with| here| now| there)', 'end things (?:tonight|today|this weekend|soon|for good)',
    'cut again (?:last night|today|yesterday|this morning|tonight|this week)', 'relapsed (?:and|with|into) (?:cutting|self harm|hurting)', 'kms',
    // "I'd rather die than give up coffee" is a figure of speech; "rather be dead than fat" is not.
    '(?:rather|better) (?:be )?dead(?! than (?:give|giving|eat|eating|pay|paying|cook|cooking|go|going|do|doing|skip|miss))',
    'id rather die(?! than (?:give|giving|eat|eating|pay|paying|cook|cooking|go|going|do|doing|skip|miss))',
    '(?:point|reason) (?:of|in|to|for) (?:anything|everything|it all|any of it) anymore',
    'want (?:it all|everything|my life|the thoughts|the voices) to (?:stop|end)',
    '(?:im|i am|feel like (?:im|i am)) (?:such |just |only )?a burden', 'burden (?:to|on) (?:everyone|everybody|my family|them|people|the people)',
    'jump(?:ing)? (?:off|from|in front of) (?:a |the |my |that )?(?:\\w+ )?(?:bridge|roof|building|train|balcony|cliff|car)',
    '(?:stockpil|hoard|sav)(?:e|ed|ing) (?:up )?(?:my |the |all my )?(?:pills|meds|tablets|painkillers)',
  ),
  eating_disorder: phrases(
    'anorexi(?:a|c)', 'bulimi(?:a|c)', 'binge eating disorder', 'eating disorders?', 'disordered eating', 'orthorexi(?:a|c)', 'arfid',
    '(?:make|made|making) myself (?:throw up|sick|vomit|puke)', '(?:throw|throwing|threw) up after (?:i eat|eating|meals?|dinner|lunch|breakfast|food|every meal)',
    'purg(?:e|es|ed|ing)', 'laxatives?', 'starv(?:e|ing) myself', 'not eat(?:ing)? (?:for|in) days',
    '(?:havent|have not|hasnt|not|barely) eaten (?:in|for) (?:\\d+|a|two|three|four|five|six|seven|several|a few|days|weeks)',
    'fast(?:ing)? for days', 'binge (?:and|then) (?:then )?(?:fast|purge|starve|throw up)',
    '(?:feel|felt|feeling) (?:so |really )?(?:disgusting|gross|guilty|ashamed|disgusted) (?:after|when|whenever) (?:i eat|eating|every meal|each meal|meals|food|i have eaten)',
    'hate (?:myself|my body) (?:when|after|for) (?:i eat|eating)', '(?:thin|skinny) enough',
    '(?:afraid|scared|terrified) (?:of|to) (?:eat|eating|food|gaining)', '(?:in|from) recovery from (?:an )?(?:eating disorder|anorexia|bulimia|ed)',
    'ed recovery', 'eat nothing at all', '(?:want|wanna|trying|try) to (?:eat nothing|stop eating|not eat at all)',
    '(?:throw|throwing|threw) up (?:when|whenever|after|if|every time) (?:i )?(?:eat|ate|eating|overeat)', 'binge (?:and|then) (?:then )?(?:i )?(?:dont|do not|wont) eat',
    '(?:\\w+ )?days without (?:eating|food)', '(?:get|getting|go|down|weigh|reach|hit) (?:down )?to (?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos|kilograms)',
    '(?:get|getting|go|down|weigh|reach|hit) (?:down )?to (?:[5-9]\\d) ?(?:lb|lbs|pounds)', '(?:says|say|tells me|tell me|think) (?:im|i am) (?:too thin|too skinny)',
    'chew (?:\\w+ ){0,3}(?:and|then) spit', 'diet pills', 'appetite suppressants?', 'skip(?:ping)? (?:all )?(?:my )?meals on purpose',
    '(?:punish|punishing|burn it off|make up for it) (?:myself )?with (?:\\w+ ){0,4}(?:cardio|exercise|running|workouts?|training|treadmill|spin)', '[1-9]\\d{0,2} (?:calories|cals|kcal)(?: a| per| each)? day', 'eat (?:nothing|almost nothing) (?:all day|for days)',
  ),
  pregnancy: phrases(
    'pregnant(?! pause)', 'pregnancy', 'gestational', '\\d+ weeks along', 'weeks pregnant',
    '(?:found out|just learned|turns out|it turns out) (?:that )?(?:im|i am|were|we are) expecting', 'expecting (?:a|my|our) (?:first |second |third )?(?:baby|child|little one|twins)', 'breast ?feeding', 'breastfeed',
    'nursing (?:my|a) (?:baby|newborn|son|daughter)', 'post ?partum', 'gave birth', 'just had (?:a|my|our) (?:baby|son|daughter|little one)',
    'had (?:a|my|our) baby (?:\\d+|a|one|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?) ago', 'newborn',
    '(?:trying|try|tried) (?:for a baby|to conceive|to get pregnant)', 'ttc', 'ivf', 'fertility (?:treatment|issues|problems)',
    '(?:first|second|third) trimester', 'trimester', 'baby is due', 'due date',
    'expecting (?:our|my) (?:first|second|third|fourth|1st|2nd|3rd|4th)', '(?:im|i am) with child', '(?:im|i am|were|we are) expecting(?= again| in | baby| twins|$)',
    'baby (?:number \\w+ )?(?:is )?on the way', 'bun in the oven',
  ),
  injury: phrases(
    `(?:torn|tore|tear|ruptured|pulled|strained|sprained|twisted|dislocated|broken|broke|fractured|fracture|injured|hurt|damaged|tweaked|popped|busted|smashed) (?:my |a |the )?${BODY}`,
    '(?:acl|mcl|meniscus|ligament|achilles|rotator cuff|hamstring) (?:tear|injury|rupture|surgery|reconstruction)',
    'herniated', 'slipped dis[ck]', 'bulging dis[ck]', 'stress fracture', 'fractured?', 'concussion', 'sciatica', 'tendin?itis',
    'plantar fasciitis', 'injur(?:y|ies|ed)(?! free)', `${BODY} (?:is |are |got |was )?(?:injured|swollen|dislocated|broken|fractured)`,
    '(?:can|could) barely walk', '(?:cant|cannot) walk', 'on crutches', 'in a cast',
    '(?:recovering from|had|having|need|after|post|waiting for) (?:a |an |my )?(?:\\w+ )?(?:surgery|operation)', '(?:knee|hip) replacement',
    '(?:surgery|operation) (?:last|this|a few|two|three|\\d+) (?:week|weeks|month|months|days?)', 'in a sling', 'hit my head', 'seeing double',
    '(?:have|got|with|ive got) a bad (?:back|knee|shoulder|hip|ankle|neck)',
  ),
  medical: phrases(
    'diabet(?:es|ic)', 'prediabet(?:es|ic)', 'type (?:1|one|2|two)(?= diabet| d)', 't1d', 't2d', 'insulin', 'kidneys?(?! beans?)', 'dialysis', 'renal',
    'liver (?:disease|failure|problems?)', 'fatty liver', 'cirrhosis',
    // "the price nearly gave me a heart attack" is a figure of speech.
    '(?<!(?:gave|give|giving|gives) me (?:a )?)heart (?:condition|disease|problems?|failure|attack|surgery|murmur)',
    'arrhythmia', 'pacemaker', 'had a stroke', '(?:high|low) blood pressure', 'hypertension', 'high cholesterol', 'cancer', 'chemo(?:therapy)?',
    'radiotherapy', 'tumou?r', 'epilep(?:sy|tic)', 'seizures?', 'pcos', 'polycystic', '(?:under|over) ?active thyroid', 'hypothyroid(?:ism)?',
    'hyperthyroid(?:ism)?', 'thyroid (?:condition|problems?|issues?|disease)', 'hashimotos?', 'crohns?', 'colitis', 'ibs', 'irritable bowel',
    'celiac', 'coeliac', 'gout', 'lupus', 'multiple sclerosis', 'blood thinners?', 'warfarin', 'metformin', 'ozempic', 'wegovy', 'mounjaro',
    'semaglutide', 'tirzepatide', 'saxenda', 'lithium',
    '(?:on|taking|take|prescribed) (?:any |some |my |a |regular )?(?:medication|medications|meds|prescription|prescriptions|insulin|steroids)',
    'medication for', 'allergic reactions?', 'blood sugar (?:is |of |at |was )?(?:\\d+|low|high|dropping|crashing|all over)', 'anaphyla(?:xis|ctic)', 'epipen', 'severe(?:ly)? (?:\\w+ )?allerg(?:y|ies|ic)',
    'gastric (?:bypass|sleeve|band)', 'bariatric', '(?:ended up|was|been|landed) in (?:the )?(?:hospital|er|a and e|emergency)',
    'hospitali[sz]ed', '(?:diagnosed with|clinical(?:ly)?|severe(?:ly)?) depress(?:ion|ed)',
  ),
};

/** Medical signs of immediate danger: the reply points to emergency help first. */
const URGENT_MEDICAL = phrases(
  'chest pains?', '(?:cant|cannot|can not) breathe', 'trouble breathing', 'struggling to breathe', 'pass(?:ed|ing)? out', 'faint(?:ed|ing)',
  'feel(?:ing)? faint', 'black(?:ed|ing)? out', 'heart (?:is )?racing', 'having a (?:seizure|stroke|heart attack)', 'numb(?:ness)? in my (?:arm|face)',
  'having an? (?:allergic reaction|anaphylactic)', 'throat (?:feels |is )?(?:tight|closing|swelling|swollen)', 'bleeding(?! money| cash| heart| edge)', 'swelling (?:up )?fast',
  'seeing double', 'hit my head', '(?:lips|tongue|face|throat|mouth|eyes) (?:is |are |keep |started )?(?:swelling|swollen|puffing up|tingling)', 'blood sugar (?:is |of |at )?(?:[1-5]\\d|very low|really low|crashing|dropping)', 'bone (?:is )?sticking out',
);

const NEGATIONS = new Set(['not', 'no', 'dont', 'never', 'without', 'nor', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'neither', 'zero', 'any']);
const OTHERS = new Set(['dad', 'father', 'mum', 'mom', 'mother', 'mam', 'parents', 'brother', 'sister', 'grandma', 'grandpa', 'grandad',
  'granddad', 'grandmother', 'grandfather', 'nan', 'uncle', 'aunt', 'auntie', 'cousin', 'friend', 'friends', 'wife', 'husband', 'partner',
  'girlfriend', 'boyfriend', 'son', 'daughter', 'family', 'colleague', 'he', 'she', 'his', 'her', 'they', 'their', 'someone', 'people', 'client', 'clients', 'patients']);
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'me', 'myself', 'my']);

/** A condition the visitor fears or wants to prevent is a reason, not a condition. */
const PREVENTABLE = /diabet|heart|kidney|liver|cancer|injur|stroke|blood pressure|cholesterol/u;
const PREVENTING = new Set(['getting', 'get', 'developing', 'develop', 'becoming', 'become', 'prevent', 'preventing', 'avoid', 'avoiding',
  'risk', 'ending', 'end', 'reduce', 'lower', 'reverse', 'without', 'fear', 'scared', 'afraid', 'worried', 'family', 'history', 'runs', 'lower']);

/** "my dad has diabetes": someone else named shortly before, with no "I" in between. */
function aboutSomeoneElse(before: string[]): boolean {
  const other = before.findLastIndex((word) => OTHERS.has(word));
  return other >= 0 && !before.slice(other + 1).some((word) => FIRST_PERSON.has(word) && word !== 'my');
}

function statedOfOneself(said: string, pattern: RegExp, kind: SafetyKind): boolean {
  const global = new RegExp(pattern.source, 'gu');
  for (const match of said.matchAll(global)) {
    const index = match.index + (match[0].startsWith(' ') ? 1 : 0);
    if (kind === 'self_harm') return true;
    const before = wordsBefore(said, index, 3);
    const negated = before.some((word) => NEGATIONS.has(word));
    const feared = PREVENTABLE.test(match[0]) && wordsBefore(said, index, 4).some((word) => PREVENTING.has(word));
    if (!negated && !feared && !aboutSomeoneElse(wordsBefore(said, index, 6))) return true;
  }
  return false;
}

/** The safety signal in a normalized message, or null. */
export function safetySignal(said: string): SafetySignal | null {
  const urgentMedical = statedOfOneself(said, URGENT_MEDICAL, 'medical');
  for (const kind of SAFETY_KINDS) {
    if (statedOfOneself(said, PATTERNS[kind], kind)) return { kind, urgent: kind === 'self_harm' || urgentMedical };
  }
  return urgentMedical ? { kind: 'medical', urgent: true } : null;
}

/**
 * Objections: price, time, doubt, already tried, not now. Each has two kinds of wording:
 * - `pointed` wording aims at the offer itself ("this is too expensive", "I don't have time for this",
 *   "sounds too good to be true") and counts wherever it appears, even inside an answer;
 * - `general` wording describes the visitor's life ("money is tight", "I work long hours", "I've tried keto
 *   before"). That is often exactly what a free-text question asks for ("How do you eat on a typical day?"),
 *   so it counts only when the message does not read as an answer (see intent.ts).
 */
import { fillers, phrases } from './phrases.ts';
import type { Objection } from './types.ts';

const OFFER = '(?:this|that|thats|these|those|your (?:plan|plans|program|programme|service|meals|subscription|prices?|packages?)|the (?:plan|plans|program|programme|price|prices|cost|subscription|meals|packages?))';
const DEGREE = fillers('a|bit|little|lil|kind of|kinda|quite|pretty|way|really|very|so|too|far|super|just|bloody|honestly|seriously');
const BE = '(?:is |are |s |looks |seems |sounds |feels |is just |are just )?';

interface Wording {
  objection: Objection;
  pointed: RegExp;
  general: RegExp;
}

// Order matters when a message raises two: the most specific knowledge answers first (a visitor who has
// tried every diet and doubts this one needs "why this is different", not testimonials in general).
const WORDINGS: Wording[] = [
  {
    objection: 'tried_before',
    pointed: phrases(
      `${OFFER} ${BE}(?:just )?like (?:every|all the|any|all those|all these) other (?:diets?|plans?|programs?|programmes?|meal plans?|apps?)`,
      'been there done that',
      'tried (?:this|that|it|something like this|stuff like this|(?:meal )?plans like this|(?:meal )?kits like this|services like this) (?:before|already)',
      '(?:tried|done|did|used) (?:a |an )?(?:similar|another|other) (?:company|companies|plans?|services?|programs?|programmes?|apps?|coach(?:es)?)',
      '(?:already|before) tried (?:\\w+ ){0,2}(?:of these|plans?|programs?|programmes?|apps?|diets?|services?)',
      '(?:tried|done|did) (?:two|three|four|a few|several|some|\\d+) of these',
      '(?:plan|program|programme|diet|coach|trainer|app|service)(?: plan)? (?:flopped|failed|didnt help|did not help|didnt work|did not work|never worked)',
      '(?:had|used|hired|paid) (?:a |an )?(?:coach|trainer|personal trainer|nutritionist|dietitian|dietician)(?: \\w+){0,2} (?:before|already|and it)',
      // "third time trying a program like this", "did something like this last year", "been down this road".
      '(?:second|third|fourth|fifth|2nd|3rd|4th|5th|nth|umpteenth|hundredth|millionth) time (?:trying|doing|starting|on|attempting|giving)',
      '(?:did|tried|done|used) (?:something|stuff|one|things) like (?:this|that|yours)',
      'been (?:down this road|down that road|here before|there before|through this before)',
      '(?:tried|used|done|did) (?:a|an|one|some) (?:\\w+ ){0,3}(?:thing|service|plan|program|programme|diet|app|company|kit|subscription|box)(?: \\w+){0,4} (?:and|but) (?:hated|didnt like|did not like|quit|gave up|stopped|it didnt|it did not|it never)',
    ),
    general: phrases(
      `(?:tried|done|did|been on|attempted|followed) ${fillers('every|all|all the|all kinds of|so many|lots of|loads of|tons of|many|countless|single|a million|dozens of|a bunch of|most|of|the', 3)}(?:diets?|plans?|programs?|programmes?|meal plans?|fad diets?|approaches|apps|methods|things)(?! (?:for|to|with) (?:the|my|our|me))`,
      'tried (?:it )?(?:everything|it all)',
      '(?:tried|done|did|been on|used|followed|attempted|was on|went on|gave up on|given up on|giving up on) (?:the )?(?:keto|paleo|atkins|weight watchers|ww|noom|slimming world|intermittent fasting|fasting|calorie counting|counting calories|counting macros|jenny craig|nutrisystem|optavia|herbalife|south beach|whole ?30|carnivore|low carb|juice cleanses?|juicing|hellofresh|hello fresh|meal kits?|diets?|dieting|a diet|slim ?fast|5 2)',
      'tried(?: [^ ]+){1,4} (?:before|already|in the past|previously|last year|years ago)',
      'every time i (?:try|start|do) (?:a |an |one of these )?(?:\\w+ )?(?:program|programme|plan|diet|app|challenge)',
      '(?:gained|put|piled|got) (?:\\w+ ){0,2}(?:back|back on)',
      'already tried',
      'nothing (?:ever |really |seems to |has ever |has really |ever really )?(?:works|worked|has worked|sticks|stuck|has stuck|lasts|lasted)',
      '(?:always|just|only|keep|kept|end up|ended up|then|eventually|i) (?:gain|gaining|gained|put|putting|pile|piling|piled|get|getting|got) (?:it|the weight|everything|it all|all the weight|the pounds|the kilos|the weight all|weight) (?:all )?(?:back|on again|back on)',
      'yo ?yo',
      '(?:diets|dieting) (?:never|dont|do not|doesnt|does not) work',
      'failed (?:at )?(?:every|so many|all|countless|multiple|loads of|lots of) (?:diets?|plans?|programs?|times)',
      '(?:never|cant|cannot) stick (?:to|with) (?:anything|a diet|diets|it|them|any)',
      '(?:never|didnt|did not|couldnt) (?:stick|stuck|last|lasted) (?:with it|to it|long)',
      '(?:didnt|did not|never|doesnt) (?:stick|last)',
      '(?:quit|gave up|stopped|dropped out) after (?:a |two |three |\\d+ |a few |a couple of )?(?:days?|weeks?|months?)',
      '(?:tried|done) (?:\\w+ ){1,3}(?:and|then) (?:got bored|gave up|quit|failed|stopped)',
      '(?:so many|loads of|lots of|countless|all the|every) (?:diets|plans|programs|programmes) (?:before|already)',
      '(?:tried|done|did|used|followed|been on) (?:\\d+|two|three|four|five|a few|several|many|so many|a couple of|a bunch of) (?:\\w+ ){0,2}(?:diets?|plans?|programs?|programmes?|apps?|coaches|challenges|things)',
      '(?:tried|done|did|used) (?:\\w+ ){1,4}(?:like |about |maybe )?(?:\\d+|two|three|four|five|a few|several|many|so many) times',
      'none of (?:them|those|these|it|em) (?:ever )?(?:stuck|worked|lasted|helped)',
      '(?:it |they )?never (?:sticks|stick|lasts)',
      '(?:always|usually|then|i) (?:quit|give up|gave up|fall off|fell off|drop off|stop)(?! (?:smoking|drinking|sugar|alcohol|booze|carbs))',
      '(?:start|started|starting) (?:off )?(?:strong|well|great|fine|good) (?:and|but|then) (?:fall|fell|drop|dropped|give|gave|fizzle|fizzled)',
      'fall(?:en)? off (?:the wagon|after|by)', 'fell off (?:the wagon|after|by)',
      'worked until it (?:didnt|did not|stopped)',
      'failed (?:at|with|on) (?!work|school|life|uni|college|my exam)\\w+',
      '(?:saw|seen|got|see) (?:nothing|no results|zero results|no difference)', '(?:didnt|did not|never) see (?:any )?(?:results|a difference|changes)',
    ),
  },
  {
    objection: 'price',
    pointed: phrases(
      `${OFFER} ${BE}${DEGREE}(?:expensive|pricey|overpriced|costly|steep|dear)`,
      `${OFFER} (?:costs?|is costing) (?:too much|so much|a lot|a fortune)`,
      '(?:cant|cannot|can not|couldnt|could not|wont be able to|not able to|unable to|not gonna be able to) afford(?: (?:this|that|it|your|the plan|the price|the cost|the subscription|that much|to pay|to spend|right now|at the moment))?(?= |$)(?!(?: [^ ]+)? (?:food|groceries|healthy|fresh|organic|meat|fish|takeaway|takeout|to eat|eating))',
      '(?:out of|over|above|beyond|outside|more than|exceeds) (?:my|our) (?:budget|price range)',
      '(?:cheaper|less expensive|lower priced|more affordable|budget) (?:options?|plans?|versions?|alternatives?|ones?|packages?)',
      '(?:anything|something|any thing) (?:cheaper|less expensive|more affordable)',
      'worth (?:the|that|this|all that) (?:price|money|cost|much)',
      'worth (?:that|this) much',
      'not worth (?:the money|the price|that much|it for the price)',
      '(?:the )?(?:price|cost|pricing) (?:is |seems |looks )?(?:too high|a lot|steep|a problem|an issue|a concern|too much|crazy|insane)',
      '(?:too much|so much) to (?:pay|spend)',
      '(?:need|have|want) to think about (?:the )?(?:price|cost|money)',
      'rip ?off',
      '(?:not|never|wont be|im not|i am not) (?:paying|gonna pay|going to pay|spending) (?:that|this|that much|so much|it)',
      'too rich for (?:my|me)',
      '(?:the )?(?:price|cost|pricing|prices) (?:put|puts|is putting|turned|turns|scared|scares) me off',
      'what you (?:charge|want|ask) for',
      // "I doubt I can pay for this": doubt about the money is a price worry.
      '(?:doubt|not sure|dont think|dont know if) i (?:can|could) (?:pay|afford|justify)',
      'not at (?:those|these|that|this|your) (?:prices?|rates?|costs?)',
      '(?:for|at) half (?:that|the|your|this) (?:price|cost)', 'half the price',
      'more than (?:my|our) (?:whole |entire |weekly |monthly |total )?(?:grocery|groceries|food|shopping|rent|car|phone)(?: bill| budget)?',
      // A budget given as a limit ("can only do 30", "could spend maybe 50"), not a plain figure ("I can spend 20 a week").
      '(?:(?:i can|i could) (?:spend|afford|pay|do) (?:maybe|about|around|like|up to|max|roughly|at most)|(?:can|could) only (?:spend|afford|pay|do)(?: (?:maybe|about|around|like|up to|max|roughly))?) (?:\\d+|fifty|twenty|thirty|forty|a hundred)(?! (?:minutes|mins|hours|hrs|days|times|meals))',
    ),
    general: phrases(
      `${DEGREE}(?:too|so|very|really|quite|pretty|bit) (?:expensive|pricey|costly|steep)`,
      `(?:its|it is|it s) ${DEGREE}(?:expensive|pricey|costly|steep)`,
      'overpriced',
      '(?:cant|cannot|can not|couldnt) afford',
      `(?:money|cash|budget|finances|funds)(?: is| are| s|s)? ${DEGREE}(?:tight|limited|short|an issue|a problem|low)`,
      '(?:on a|tight|limited|small|low|strict|tiny) budget',
      'broke',
      'too much money',
      'costs? too much',
      '(?:cant|cannot|can not|couldnt|could not) (?:spend|pay|justify|stretch to)',
      '(?:can|could) only (?:spend|afford|pay|manage)',
      '(?:way|much|far|a lot) more than i (?:can|could|want to|would) (?:spend|pay|afford)',
      '(?:thats|its|that is|it is|seems|sounds|looks|bit|pretty|quite|kinda|rather) steep',
      '(?:budget|money|cost|price) is (?:a thing|a factor|an issue|a problem|a concern)',
      '(?:cost|price|money|budget) matters',
      '(?:depends|depending) on (?:the )?(?:price|cost)',
      '(?:a lot|too much|so much|quite a lot|a bit much|a lot of money) (?:for|to pay for|to spend on) (?:yoga|classes|meals|food|a plan|this|that|it)',
      '(?:is|thats|seems|sounds) a lot for',
      '(?:pricey|expensive|costly|steep) compared to',
      'bit (?:pricey|expensive|steep|much)',
      'waste of money',
      'not made of money',
      'till payday',
      'worth the money',
      '(?:my|our) budget is',
      '(?:cant|cannot|can not|couldnt|could not) stretch',
      '^(?:(?:so|too|very|way|bit|a bit|kinda|super|damn|hella|really) )*(?:pricey|expensive|overpriced|steep)(?: (?:pricey|expensive|lol|tho|though|haha|ugh|af))*$',
      '(?:its|thats|it s|that s|way|much|far) cheaper', 'a lot of money', 'lot of money for',
      '(?:costs?|costing|cost me) (?:a fortune|an arm and a leg|a bomb|the earth|a lot)',
    ),
  },
  {
    objection: 'time',
    pointed: phrases(
      `(?:dont|do not|didnt|havent|have not|never|wont|barely|hardly|not|no) (?:have |got |get |got the |have the )?(?:enough |any |much |the )?time (?:for|to do|to follow|to stick to|to start) (?:this|that|it|all this|all that|all of this|a plan|a program|a diet|meal prep|meal prepping|prepping|something like this)`,
      'too busy (?:for|to do|to follow|to stick to|to start) (?:this|that|it|all this|a plan|a diet|anything like this|a program)',
      `(?:this|it|that|meal prep|prepping|your plan|the plan) (?:takes|will take|would take|is going to take|seems to take|looks like it takes|sounds like it takes) ${DEGREE}(?:too much|so much|a lot of) time`,
      '(?:this|it|that) (?:takes|will take|would take) too long',
      '(?:does|will|would|is) (?:this|it|that) (?:going to )?take (?:a lot of|much|too much|loads of|lots of) time',
      'when would i (?:even )?(?:do|find the time for|have time for|fit) (?:this|it|that)',
      '(?:cant|cannot|couldnt) (?:commit|find the time|make the time|find time|make time)(?! for (?:breakfast|lunch|dinner|meals|cooking))',
      '(?:cant|cannot|couldnt|could not) (?:fit|squeeze) (?:\\w+ ){0,3}(?:in|into)',
    ),
    general: phrases(
      'no time',
      `(?:dont|do not|never|barely|hardly|havent|have not) (?:really |honestly |even )?(?:have |get |got )?(?:the |enough |any |much )?time`,
      `${DEGREE}too busy`,
      '(?:so|very|really|super|crazy|extremely) busy',
      '(?:work|working|do) long (?:hours|shifts|days)',
      '(?:long|night|double) shifts',
      '(?:two|2|three|3|multiple) jobs',
      `(?:schedule|life|week|job|work|diary) is ${DEGREE}(?:hectic|crazy|busy|packed|full|insane|mad|manic)`,
      '(?:hectic|busy|crazy|packed|manic) (?:schedule|life|lifestyle|job|week)',
      'always on the go',
      'time consuming',
      'no spare time',
      '(?:not|never) enough time',
      '(?:work|working|do) (?:crazy|insane|silly|mad|odd|late|long|unsocial|antisocial) hours',
      '(?:on the road|travel(?:l)?ing) (?:all|most of|half) (?:the )?(?:week|time|month)',
      '(?:always )?on the road',
      '(?:not sure|dont know if|dont think) i can commit',
      '(?:cant|cannot|couldnt) commit',
      'barely (?:have|get|got) (?:time|a minute|5 minutes|five minutes)',
      'time to breathe',
      '(?:way )?too busy (?:right now|at the moment|these days|for)',
      '(?:kids|job|work|shifts|schedule) (?:take|takes) (?:all|up all) (?:my|of my) time',
      '(?:\\d+|twelve|ten|eleven|fourteen) hour (?:shifts|days)',
      '(?:running|rushing) (?:between|from) (?:jobs|meetings|shifts)',
      'between (?:meetings|jobs|shifts)',
      '(?:only |maybe |about |like )?(?:have|got) (?:maybe |about |like |only )?(?:\\d+|five|ten|a few|fifteen|twenty) (?:minutes|mins|min) (?:a|per|each) day',
      '(?:barely|hardly|only) (?:have|get|got) (?:\\d+|five|ten|a few|fifteen|twenty) (?:minutes|mins|min)',
      '(?:zero|no) (?:spare |free )?time',
      'travel (?:\\w+ ){0,3}(?:a|per|every) (?:month|week)',
      '(?:dont|do not|havent) (?:have|got) (?:the )?hours', '(?:dont|do not|never|barely) (?:get|have|got) a (?:spare|free) (?:minute|moment|second|hour)',
      '(?:calendar|diary|days|weeks|schedule) (?:is|are) (?:packed|full|rammed|crammed|booked)',
      'not enough hours',
      '(?:dont|do not|havent) (?:have|got) (?:\\w+ )?(?:months|weeks|time) to spare',
    ),
  },
  {
    objection: 'doubt',
    pointed: phrases(
      '(?:wont|will not|isnt going to|is not going to|not going to|wouldnt|would not|cant|cannot|never) work for (?:me|someone like me|people like me|my body)',
      // Not after "if": "can I get my money back if it doesn't work?" asks about refunds.
      `(?<!(?:if|unless|case) )(?:this|it|that|thisll|itll|thatll|this plan|your plan|the plan|this will|it will) (?:really )?(?:wont|will not|isnt going to|is not going to|not going to|never|cant|cannot|doesnt|does not|wouldnt|would not) (?:work|help|last|stick|make a difference|change anything)`,
      'i (?:really )?doubt (?:it|this|that|itll|thatll|thisll|you|youll|it will|this will|that will|it would|this would|very much|your)',
      '(?:dont|do not|cant|cannot) (?:really )?(?:believe|trust) (?:this|it|that|you|your|these|those|any of this)',
      'not (?:so |really |very |too |fully |totally |entirely )?(?:sure|convinced|certain) (?:this|it|that|thisll|itll|about this|about it|your|if this|if it|whether this|whether it)',
      '(?:im |i am )?not (?:really |fully )?convinced',
      'i dont think (?:this|it|that|your plan|this plan|the plan) (?:will|would|can|could|is going to|is gonna|works|is for me|is right for me)',
      'too good to be true',
      'skeptical|sceptical|skeptic|sceptic',
      'scam|scammy|gimmick|gimmicky|snake oil|pyramid scheme|mlm',
      '(?:whats|what is|wheres|where is) the catch',
      '(?:there must be|theres|there is) a catch',
      '(?:is|isnt) (?:it|this|that) (?:really |actually )?worth it',
      '(?:just|all|only) hype',
      'why would (?:yours|this|you|this one|it|your plan|your program) be (?:any )?different',
      'seen (?:a million|so many|hundreds|thousands|loads|tons) of (?:these|them|those)',
      '(?:are|is) (?:the )?(?:results|photos|pictures|reviews|testimonials) (?:real|fake|legit)',
      '(?:photos|pictures|results|reviews) (?:are |look )?fake',
      'prove (?:it|that it) works',
      '(?:all|just|only|mostly|pure) (?:marketing|advertising|hype|talk)',
      '(?:have|got|had) (?:my|some|serious|real) doubts',
      '(?:idk|i dont know|dunno|not sure|unsure) (?:if|whether) (?:this|it|that|your \\w+|any of this) (?:is|will be|would be|will|would) (?:really )?(?:right|for me|a good fit|worth it|work|help)',
      'not (?:so |really |very |too |fully |totally |entirely )?sure (?:any of (?:this|it|that)|i (?:believe|trust)|(?:this|it|that) (?:will|would|can) (?:help|work))',
      '(?:will|would|is) (?:it|this|that) (?:really |actually )?(?:be )?(?:any )?different (?:for me|this time)',
      'why would (?:this|it|yours|this one|that)(?: (?:work|help|be any different|be different))?$',
      'i (?:really )?doubt (?:i|id|ill|i would|i will|i can|i could) (?:\\w+ )?(?:stick|keep|last|manage|do it|follow|see)',
      'dont think (?:any|a|this|the|your) (?:\\w+ )?(?:works?|will work|would work|is going to work) for me',
    ),
    general: phrases(
      '(?:doesnt|does not|dont|do not) work for (?:me|people like me|someone like me)',
      'hard to believe',
      'unrealistic',
      '(?:sounds|seems|looks) (?:too easy|fake|unrealistic)',
      '(?:all|these|those) (?:\\w+ )?(?:programs|programmes|plans|companies|apps|diets) (?:promise|claim|say) (?:the same|that|this)',
      '(?:like|as) every other (?:diet|plan|program|programme|company|app|studio|gym)',
      '(?:not sure|dont know|doubt) (?:if |whether )?(?:\\w+ ){0,3}(?:is|would be|will be|are) (?:really |right |actually )?for me',
      '(?:not|never) (?:\\w+ )?enough for (?:yoga|this|it|that|classes)',
      '(?:not convinced|doubt) (?:\\w+ ){0,3}(?:do|does|works?|help) (?:anything|much)',
      '(?:kind of|kinda|bit|a bit|little|honestly|really|very) (?:skeptical|sceptical|dubious|unsure about this)',
      'is (?:this|it) (?:legit|a scam|real)',
      'the (?:type|kind|sort) of (?:person|people) (?:who|that) (?:can|could|will|sticks|succeeds)',
      '(?:work|works|working) at my age',
      'i doubt',
      '(?:with|for) my genetics', '(?:bad|poor|crap|terrible|shit|rubbish|awful) genetics',
    ),
  },
  {
    objection: 'not_now',
    // Wording that defers the whole thing, wherever it appears: it is never an answer to the question.
    pointed: phrases(
      '(?:not|maybe not) (?:right )?now', 'not (?:at the moment|today|yet|this (?:week|month|year))', 'not ready(?: yet)?',
      '(?:another|some other|a different) (?:time|day)', 'some other time', '(?:come|be|get|check) back (?:later|another time|to (?:this|it|you)|tomorrow|next week)',
      '(?:back|do (?:this|it)|finish (?:this|it)|continue|pick (?:this|it) up) later', '(?:ill|i will|i can|i ll|let me|lemme|gonna|going to|need to|have to|want to|wanna) (?:\\w+ )?(?:think|sleep) (?:about it|it over|on it|about this|about that|this over)',
      'think (?:it|this) over', 'sleep on it', '(?:get|come) back to you', 'decide later', '(?:ill|i will) decide',
      '(?:maybe|perhaps|probably|possibly) (?:later|next (?:week|month|year|time)|after (?:\\w+ ){0,2}(?:christmas|the holidays|summer|new year|january|my holiday|my vacation|the summer|easter))',
      '(?:maybe|perhaps) in (?:spring|summer|autumn|fall|winter|the new year|january|a few (?:weeks|months))',
      '(?:after|in) the new year', 'next (?:week|month|year) maybe',
      '(?:talk|speak|check) (?:to|with) my (?:husband|wife|partner|boyfriend|girlfriend|doctor|gp|family|parents|mum|mom|dad|boss|accountant|bank) (?:first|before)',
      '(?:then )?(?:ill|i will|i ll) (?:be|come) back', '(?:just )?(?:browsing|looking around|having a look|having a browse)(?: for now)?',
      '(?:gotta|got to|have to|need to|must) (?:go|run|dash)', 'send (?:me )?(?:this|it|that|the plan|the details|something|info) later',
      'later maybe', 'check my (?:calendar|diary|schedule|finances|budget) (?:first|and get back)', 'ill think about it',
      'not (?:\\w+ ){0,2}ready to (?:start|commit|sign up|buy|decide)',
      '(?:ill|i will|i ll|gonna|going to|i can) start (?:when|after|once|next|in a|in the)',
      '(?:just )?looking for now', 'for now thanks',
      '(?:gonna|going to|will|ill|i ll|want to|wanna|have to|need to|rather|probably|might) (?:probably |just |prob |maybe )?wait (?:till|until|for|a bit)',
      '(?:hold|holding) off', '(?:check|come|be) back (?:after|once|when)',
      '(?:after|once) (?:christmas|the holidays|new year|the new year|summer|my holiday|my vacation|payday|pay day|i get paid|the wedding|the move) (?:maybe|probably|perhaps|prob)', 'hold on (?:a sec|a second)? ?(?:gotta|got to|have to)',
    ),
    general: phrases('let me think', 'need (?:some )?time to think', 'need to think', 'thinking about it', 'give me (?:a )?(?:few days|some time|a week)', 'hmm let me see'),
  },
];

/** "I've never tried a diet before", "haven't done anything like this": no past attempt to answer. */
function neverTried(said: string, pattern: RegExp): boolean {
  const match = pattern.exec(said);
  return !!match && /(?:^| )(?:never|not|havent|have not|hasnt|not yet|never ever)(?: really| actually| properly)? ?$/u.test(said.slice(0, match.index + 1));
}

/** The objection this wording raises, or null. `pointed` limits the search to wording aimed at the offer. */
export function objectionIn(said: string, which: 'pointed' | 'general'): Objection | null {
  const found = WORDINGS.find((wording) => wording[which].test(said) && !(wording.objection === 'tried_before' && neverTried(said, wording[which])))?.objection ?? null;
  // Doubt from someone who has tried it all before is answered as having tried before (see the order above).
  if (found === 'doubt' && WORDINGS[0]!.general.test(said) && /\b(?:tried|failed|done|did|been on|followed|quit)\b/u.test(said)) return 'tried_before';
  return found;
}

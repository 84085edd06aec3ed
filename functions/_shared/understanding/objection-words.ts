/**
 * The wording of objections: for each kind, `pointed` wording aimed at the offer itself ("this is too
 * expensive", "not now"), which counts wherever it appears, and `general` wording about the visitor's life
 * ("money is tight", "I work long hours"), which counts only where the message does not read as an answer
 * (intent.ts). Below the wordings tuned one by one come word families (what an objection is about, paired
 * with the stance that makes it one) and denials, which objections.ts erases before looking.
 */
import { fillers, phrases } from './phrases.ts';
import type { Objection } from './types.ts';

// --- Word families, spread into the wordings below: they generalise past the phrases tuned one by one ------
// Each family pairs what an objection is about (money, time, belief, a past attempt, a later date) with the
// stance that makes it one (too much, none left, not believed, failed, not yet), in bounded windows of words.

/** Money, as something the visitor has or lacks. */
const MONEY = '(?:money|moneys|cash|funds|finances|budget|budgets|wallet|bank account|bank balance|income|paycheck|paychecks|pay cheque|paycheque|salary|wages|pension)';
/** What the offer costs. */
const COST = '(?:price|prices|pricing|cost|costs|fee|fees|price tag|subscription|monthly fee|monthly cost|monthly price)';
/** What a cost does to a visitor who finds it too high. */
const TOO_HIGH = '(?:too high|high|steep|wild|crazy|insane|mad|ridiculous|nuts|a lot|a bit much|too much|much|a dealbreaker|a deal breaker|dealbreaker|deal breaker|a problem|an issue|a concern|a worry|a big (?:concern|issue|problem|worry|factor|thing|deal)|the problem|the issue|the thing|the sticking point|the catch|what worries me|what scares me|holding me back|putting me off|puts me off|put me off|turned me off|turns me off|scares me|scared me|a no|out of reach|a stretch|hard to justify|more than i (?:expected|thought|hoped|can|could|want)|higher than i (?:expected|thought|hoped))';
/** Ways of paying. */
const PAY = '(?:pay|spend|spare|swing|fork out|shell out|cough up|stretch to|justify|splash out|part with|budget for|manage)';
/** What a visitor's money already goes on. */
const OWN_COSTS = '(?:rent|mortgage|paycheck|pay cheque|paycheque|salary|wages|wage|car payment|car loan|bills?|phone bill|grocery|groceries|grocery bill|food shop|weekly shop|food budget|budget|income|allowance|student loan|pension|pocket money)';

const PRICE_FAMILIES = [
  // A price the visitor would pay instead: "if it were 20 quid I'd do it", "if it was half that".
  '(?:if|when) (?:it|this|that|the plan|they) (?:was|were|cost|costs|came to) (?:only |just |like |about )?(?:\\d+|half|a tenner|a fiver|\\w+ (?:quid|bucks|dollars|pounds|euros))(?: (?:quid|bucks|dollars|pounds|euros|a month|a week|that|less))? (?:id|i d|i would|i might|maybe|then)',
  // What it would cost in the visitor's own terms: "that's a month of food shopping", "bit out of reach for me".
  '(?:thats|that is|its|it is|thats like|basically) (?:a |half a |a whole |an entire |two |three )?(?:week|month|weeks|months|days?) (?:of|worth of) (?:my )?(?:\\w+ )?(?:food|groceries|shopping|rent|wages|pay|salary|bills|budget)',
  '(?:bit |little |way |a bit |a little |too far |just |slightly )?out of (?:my )?reach(?! (?:of|from))',
  // Cheaper elsewhere: "I could get a gym membership for less", "can find meal plans for less online".
  '(?:could|can|would|i could|i can) (?:\\w+ ){0,2}(?:get|find|buy|have|do|pay for) (?:\\w+ ){0,4}for (?:less|cheaper|half that|half the price)',
  // "can't really afford", "if I can afford it", "not affordable".
  '(?:cant|cannot|couldnt|not|wont|unable to|if i can|if i could|struggle to|struggling to|hard to|barely|hardly|never|no way i can|not sure i can|dont think i can|doubt i can|dont know if i can|unsure i can|wish i could|if only i could|who can|who could|how can anyone|how could anyone) (?:\\w+ ){0,2}aff?ord',
  '(?:not|isnt|arent|hardly|barely) (?:very |really |exactly )?affordable', 'unaffordable',
  // Money that is short: "money's been tight lately", "my budget won't stretch that far", "my wallet says no".
  `${MONEY}(?: is| are| s| has been| been| have been| being| situation| situation is)? (?:\\w+ ){0,3}(?:tight|short|limited|low|an issue|a problem|a struggle|a concern|a worry|tough|stretched|the problem|the issue|(?:main |big |biggest |real |only |major )?(?:issue|problem|concern|worry|struggle|factor|obstacle|barrier|sticking point)|says no|is crying|crying|cries|hurts|wont stretch|doesnt stretch|cant stretch|is empty|empty|wont allow|doesnt allow|is screaming|would cry|is not happy)`,
  '(?:tight|short|strapped|stretched|struggling|low|skint) (?:on|for|with) (?:money|cash|funds)', 'cash strapped', 'hard up', 'skint', 'penniless',
  '(?:no|not much|little|zero|not enough|no spare|no extra|not a lot of|no disposable) (?:money|cash|funds|disposable income|income)',
  '(?:dont|do not|havent|have not|dont really|do not really) (?:have|got) (?:\\w+ ){0,3}(?:money|cash|funds)(?! (?:is|isnt|problems?|issues?))',
  'grow on trees', 'not made of (?:money|cash)', 'made of money',
  // Circumstances that are money: "on a single income", "living paycheck to paycheck", "I lost my job".
  '(?:single|one|fixed|low|small|limited|tiny|minimum|part time|basic) (?:income|wage|wages|salary|pay)', 'on (?:benefits|welfare|universal credit|minimum wage|a pension|a student loan)', 'minimum wage',
  'paycheck to paycheck', 'pay check to pay check', 'paycheque to paycheque', 'lost my job', 'out of work', 'unemployed', 'made redundant', 'laid off',
  // A life stage that is short of money only beside a refusal: "I'm a pensioner, that's too much for me".
  '(?:pensioner|retired|student|students|single mum|single mom|single parent|single dad|uni|college)(?: \\w+){0,4} (?:too much|too expensive|cant|cannot|couldnt|no money|not in my budget)',
  // The cost itself, too high: "the price is a dealbreaker", "cost is a big concern", "that price is wild".
  `${COST}(?: is| are| s| seems| looks| feels| sounds| would be| will be| was| were)? (?:\\w+ ){0,2}${TOO_HIGH}`,
  `(?:hard|difficult|tough|cant|cannot|struggle) to justify (?:the |that |this |such a |that kind of |the monthly )?(?:cost|price|money|spend|expense|spending|fee|subscription)`,
  `(?:the )?${COST}(?: \\w+)? (?:tho|though|ugh|yikes|oof|ouch|eek|hmm+)$`,
  `^(?:ugh|oof|yikes|ouch|eek|hmm+|whoa|woah|wow|jeez|geez|damn|dang|omg|blimey|oh|holy moly|holy cow|good lord|dear lord|bloody hell|good grief)(?: \\w+){0,2} (?:the |that |this )?${COST}`,
  // The offer described as dear, wherever it is said, unless denied or asked about ("how expensive is it").
  '(?<!(?:not|isnt|arent|wasnt|never|how|not that|not too|not very|not so|nothing|less) )(?:expensive|pricey|pricy|pricier|overpriced|costly|spendy)(?! (?:taste|tastes|habits?|hobby))',
  '(?:too|bit|so|very|quite|rather|kinda|pretty) dear',
  // Cheaper elsewhere, or if it were: "I'd go for it if it was cheaper", "I've seen cheaper plans elsewhere".
  '(?:if (?:it|they|this|that|the plan|the plans|it all) (?:was|were|is|had been|came|got) (?:\\w+ )?(?:cheaper|less|more affordable|half the price|lower))',
  '(?:cheaper|less expensive) (?:\\w+ ){0,2}(?:elsewhere|somewhere else|out there|online|at the supermarket|in the shops?)',
  '(?:seen|found|get|getting|find|buy) (?:\\w+ ){0,3}cheaper', 'half (?:the|that|your) price',
  // Set against what the visitor's money already pays for: "more than my car payment", "half my rent".
  `(?:more than|over|almost|nearly|basically|half|a third of|a quarter of|most of|all of|as much as|the same as|double|twice|a big chunk of|a chunk of|a huge chunk of|half of)(?: \\w+){0,2} (?:my|our) ${OWN_COSTS}`,
  '(?:spend|pay|spent|paid) less than (?:that|this|it) on',
  '(?:could|can|would|i could|i can) (?:\\w+ ){0,3}(?:feed|buy|get|cook|eat|do)(?: \\w+){0,6} (?:with|for) (?:that|that money|that much|that price|what you charge|the same money|the same price)',
  '(?:rather|prefer to) (?:spend|put|use) (?:that|the|this|my) (?:money|cash)', '(?:rather|prefer to|better off) (?:spend|spending|put|putting) (?:that|it|this|the money) (?:on|towards|into)',
  // A sum reacted to: "ooof that's a lot", "wow, that's a lot for a meal plan".
  '^(?:\\w+ )?(?:thats|that is|its|it is) (?:quite |really |so |such )?a lot(?: for (?:a |an |me|what|meal|meals|food|coaching)(?: \\w+){0,2})?$',
  // Paying refused or beyond the visitor: "can't swing that", "I'd struggle to pay that every month".
  `(?:cant|cannot|couldnt|could not|wont|not able to|unable to|struggle to|struggling to|hard to|difficult to|no way (?:i|im|i am|i can|i could)|not gonna|not going to|wouldnt|would struggle to|id struggle to) (?:\\w+ ){0,2}${PAY}(?! (?:\\w+ ){0,2}(?:hours?|time|attention|all day|ages|minutes|mins|evenings|the whole day|my days|so long|forever|that long|weekends))`,
  '(?:my|our) (?:wallet|bank account|bank balance|bank|card|credit card|purse)(?: \\w+){0,2} (?:says no|is crying|cries|would cry|hurts|is empty|cant|wont|would hate|screams|is screaming|disagrees|says otherwise|is not happy)',
  '(?:cant|cannot|cant add|dont need|dont want|no room for|not adding|cant take on|cant handle|cant justify|cant do|not another) (?:\\w+ ){0,2}(?:another|one more|an extra|more) (?:bills?|subscriptions?|expenses?|monthly payments?|direct debits?|outgoings?|costs?)',
  '(?:saving|save) (?:up )?for (?:a |the |my |our )?(?:house|wedding|car|deposit|baby|mortgage|flat|home)', '(?:need|have|would have|id have|d have) to save (?:up )?(?:for|first|up)',
  `(?:out of reach|a stretch|too much|not doable|not possible|impossible|tough|hard|not feasible|not an option|a big ask|a lot|steep)(?: \\w+){0,3} (?:financially|money wise|moneywise|price wise|pricewise|budget wise|cost wise)`,
  `(?:financially|money wise|moneywise|price wise|pricewise|budget wise|cost wise)(?: \\w+){0,3} (?:out of reach|a stretch|tough|hard|difficult|impossible|not doable|not possible|not feasible|not an option|a struggle|not great|not good|a no|cant|cannot|not)`,
  '(?:not|isnt) (?:in|within) (?:my|our) (?:budget|price range|means)', 'beyond (?:my|our) means', 'out of my league',
  '(?:too much|too high|too steep|too rich) for (?:my|our) (?:budget|wallet|pocket|bank|finances|means|salary|income|blood)', 'rich for (?:me|my|us|our|a \\w+|someone|people)', '(?:my|our) budget(?:s| is) (?:\\w+ ){0,2}(?:\\d+|max|tops|only|just|small|tiny|low|limited)', '(?:cant|wont|not|cannot) be (?:paying|spending|forking out|shelling out)(?! (?:\\w+ )?(?:hours|ages|all day|all evening|evenings|time|forever))',
  '(?:that|this|it)(?: s| is|s)? (?:\\w+ )?(?:a lot of|loads of|lots of|serious|big) (?:money|cash|dough|dosh)',
  '(?:a bit|bit|little|a little|really|very|quite|so) short (?:this month|this week|right now|at the moment|atm|until|till|til|on cash|on money)', '(?:would|will|d|gonna) kill me if i (?:spent|spend|paid|pay|bought|buy)',
  'a (?:big|huge|massive|large|serious) (?:chunk|amount|sum) of (?:money|cash)', '(?:thats|that is|its|it is) (?:\\w+ ){0,2}too much$',
  '(?:quite a bit of|a fair bit of|a good bit of|crazy|silly|serious|real|too much|so much|that much|that kind of|such) (?:money|cash|dough|dosh|bucks|quid)',
  '(?:cant|cannot|couldnt|wont|not) (?:do|manage|go|stretch) (?:to )?(?:that|this|those|these|the) (?:price|prices|amount|much|kind of money)',
  'sav(?:e|ing) every (?:penny|cent|pound|dollar)', '(?:pinching|counting) (?:pennies|every penny)', 'watching (?:my|our|every) (?:money|pennies|spending|budget|wallet)',
  '(?:need|want|looking for|after|hoping for) (?:something|anything|a plan|one)(?: \\w+){0,2} (?:under|below|less than|cheaper than) (?:\\d+|\\w+ (?:dollars|pounds|euros|bucks|quid))',
  '(?:thought|expected|hoped|assumed|imagined)(?: \\w+){0,3} (?:be |would be |d be )?(?:cheaper|less|more affordable|lower)',
  'not (?:exactly |very |that |really |so )?cheap', '(?:beyond|more than|over|above) (?:what|anything) i (?:can|could|would|want to|am able to|m able to) (?:pay|spend|afford|manage|justify)',
  'out of (?:the |my |our )?(?:budget|price range|price bracket|range|bracket)',
  'on (?:my|our|a) (?:wages?|salary|income|pension|student budget|pay|student loan)(?: \\w+){0,2} (?:no chance|no way|not a chance|nope|not happening|forget it|cant|impossible)',
  'more than i (?:make|earn|get paid|take home|bring in|spend|pay)', '(?:over|beyond|more than|above) (?:what|anything) i (?:wanted|want|planned|was hoping|hoped|expected|was expecting|meant) to (?:spend|pay)', '(?:rent|bills|costs|prices|mortgage|energy bills)(?: \\w+){0,2} (?:went up|gone up|going up|increased|doubled|just went up)',
  'cant take (?:anything|any more|anything else|more)(?: else)? on', 'bills to pay', '(?:struggling|struggle|tight|stretched|strapped|hard up|bad|not great|rough|tough) financially', 'financially (?:struggling|stretched|strapped|tight)',
  '(?:dont|do not|barely|hardly) (?:\\w+ )?(?:earn|make|get paid|take home) (?:much|a lot|enough|anything)', '(?:break|breaking|broke) the bank',
  '(?:\\d+ )?(?:quid|bucks|dollars|euros|pounds|\\d+) (?:a|per|each) (?:week|month|day)(?: \\w+){0,2} (?:is |s |seems |sounds )?(?:mad|crazy|insane|nuts|a lot|too much|steep|ridiculous|wild|silly|a joke|extortionate)',
  '(?:its|thats|that is|it is|seems|sounds) (?:quite |really |still |just )?a lot (?:for (?:me|us|my budget)|to (?:pay|spend|ask))', 'extortionate', 'daylight robbery',
  '^(?:(?:eek|wow|whoa|woah|oof|ouch|hmm+|yikes|jeez|geez|damn|omg|blimey|ugh|oh|sheesh|crikey) )*(?:thats|that is|its|it is|that s) (?:quite |so |really |way |a bit |pretty |rather |still )?(?:a lot|loads|a fair bit|a bit much|too much|much)(?: (?:tbh|honestly|lol|haha|for me|really|though|tho|man|mate))?$',
  '(?:wasnt|was not|didnt|did not|not) expect(?:ing)? (?:it |that |this |them )?(?:\\w+ ){0,2}(?:to be )?(?:that|so|this) (?:much|expensive|pricey|high|steep)',
];

/** Where a visitor's time goes. */
const TIME_UNIT = '(?:time|hours?|minutes?|minute|mins|moment|second|evenings?|weekends?|days off|bandwidth|headspace|capacity|me time)';

const TIME_FAMILIES = [
  // Hours the visitor will not give: "I can't be spending hours in the kitchen", "not wasting my evenings prepping".
  '(?:cant|cannot|wont|not going to|not gonna|dont want to|do not want to|not) (?:be )?(?:spend|spending|waste|wasting) (?:\\w+ )?(?:hours|ages|all day|all evening|my evenings|my weekends|forever)',
  // Days with no gap in them: "my days are back to back", "I don't sit down", "I'm never home".
  'back to back', '(?:never|dont|do not|barely|hardly) (?:ever |get to |even )?sit down', '(?:im|i am) (?:never|hardly ever|barely) (?:at )?home',
  // What the days do to the visitor: "my shifts make it impossible to plan meals", "too knackered to do anything".
  '(?:shifts?|schedule|hours|job|work|life|kids|rota|commute|routine) (?:make|makes|made) it (?:\\w+ )?(?:impossible|hard|difficult|tough|tricky|a nightmare) to',
  '(?:too|so|way too) (?:tired|knackered|exhausted|drained|shattered|wiped|wrecked|beat|wiped out) to (?:do|cook|think|move|prep|plan)(?: \\w+){0,2}',
  '(?:who|nobody|no one|noone) (?:has|have|got) (?:the )?time (?:to|for)', '(?:my )?time (?:isnt|is not|aint) (?:really )?my own',
  '(?:a |full time |the main )?carer (?:for|to)', '(?:caring|looking after) (?:for )?(?:my|an) (?:\\w+ )?(?:mum|mom|dad|mother|father|parents|nan|gran|grandma|grandad|husband|wife|son|daughter|partner)',
  // Time that is hard to come by: "hard to find the time with two toddlers", "a struggle to make time".
  '(?:hard|difficult|tough|tricky|a struggle|impossible) to (?:find|make|get|carve out) (?:the |enough |any |much )?(?:time|hours|a minute)',
  // Too busy, in everyday words: "I'm swamped", "flat out at work", "run off my feet", "busy busy busy".
  '(?:swamped|slammed|snowed under|overworked|overloaded|maxed out|flat out|run off my feet|rushed off my feet|up to my eyeballs|no bandwidth)',
  'stretched (?:too |so |really |very |way too )?thin', 'busy busy', '(?:crazy|super|really|so|very|too|mega|extremely|insanely|incredibly|ridiculously|stupidly|hella|always|pretty|quite) busy',
  'busy (?:job|life|schedule|lifestyle|week|season|period)', 'busy with (?:work|the kids|kids|my kids|the baby|my job|uni|school|exams|college|my business|the business|life)',
  '^(?:im |i am |i m |been |ive been |so |just )?(?:\\w+ )?busy(?: (?:rn|atm|right now|at the moment|these days|lately|tbh|honestly|sorry))?$',
  // Days that leave nothing: studying and working, never home, out from 6am to 10pm, a long commute.
  '(?:work|working|study|studying) (?:and|while) (?:work|working|study|studying)', '(?:work|working) full time (?:and|while|plus)',
  '(?:never|rarely|hardly ever|barely ever|almost never|seldom|hardly|barely) (?:ever )?(?:at )?home',
  '(?:leave|leaving|out the door|out of the house|up|start work|start) (?:the house |home |for work |work )?(?:at |by |before )?\\d{1,2}(?: ?am)?(?: \\w+){0,3} (?:home|back|finish|done|in|get in) (?:at |by |after |around )?\\d{1,2}(?: ?pm)?',
  'from \\d{1,2}(?: ?am)? (?:to|til|till|until) \\d{1,2}(?: ?pm)?',
  'commut(?:e|ing)(?: \\w+){0,3} (?:hours?|hrs)', '(?:long|huge|massive|big) commute', '(?:hours?|hrs) (?:a day |each day |every day )?commut',
  // None left: "no spare hours", "don't have a minute", "no free evenings", "never have time".
  `(?:no|zero|not (?:a|one|any|much|enough)|dont have (?:a|one|any|much|the|enough)|dont really have (?:a|any|much|the|enough)|never (?:have|get|got)(?: (?:a|any|much|the|enough))?|havent got (?:a|any|much|the|enough)|barely (?:have|get) (?:a|any)|without (?:a|any)|not got (?:a|any|much|the|enough)) (?:single |spare |free |extra |minute of |bit of |real )?${TIME_UNIT}`,
  '(?:a lot|too much|so much|loads|lots|enough|way too much|plenty|a ton) on my plate', 'plate is (?:full|overflowing)', 'nothing left (?:at the end of|by the end of|after)',
  '(?:theres|there is|there s) nothing left', 'not enough (?:hours|time) in (?:the|a) day',
  // A schedule that will not have it: "my schedule won't allow it", "my shifts are all over the place".
  '(?:schedule|calendar|diary|routine|shifts?|rota|hours|job|work|life|week|days|timetable)(?: \\w+){0,2} (?:wont|doesnt|dont|would not|will not|cant|cannot|isnt going to) (?:allow|let me|permit|fit|work with|leave room|leave time|have room|give me)',
  '(?<!(?:a|per|each|every) )(?:schedule|shifts|hours|routine|life|week|weeks|days|work|job|timetable|rota|diary|calendar)(?: is| are| s|s| has been| been| have been)? (?:\\w+ ){0,2}(?:all over the place|unpredictable|irregular|chaotic|chaos|mental|manic|nuts|bananas|relentless|non stop|nonstop|full on|intense|overwhelming|hectic|packed|jam packed|rammed|insane|booked up|crazy|mad|full(?! of))',
  '(?:time|times)(?: is| s|s)? (?:\\w+ ){0,2}(?:my |the |a |an |really |so |very |super )?(?:problem|issue|tight|short|limited|scarce|the thing|a killer|a struggle|the hard part|the obstacle|the barrier|the problem|the issue|against me)',
  '(?:cant|cannot|couldnt|never|struggle to|hard to|wont be able to) (?:\\w+ ){0,2}(?:stick to|keep to|keep|follow|commit to|keep up with) (?:a |any |the |regular |set |fixed )?(?:schedule|routine|meal times|set times|times)',
  '(?:too much|a lot of|lots of|so much|way too much|loads of) (?:effort|hassle|faff|commitment)',
  '(?:wont|doesnt|would not|will not|cant|cannot|wouldnt) (?:\\w+ )?(?:work|fit) (?:with|around) (?:my|our) (?:shifts|schedule|hours|job|work|rota|timetable|calendar|life|kids)',
  '(?:too|so|very|really|super|crazy|bit|a bit|pretty|quite|way too|just too) hectic',
  '(?:always|constantly|forever|permanently|basically always|all the time) (?:at work|working|travell?ing|on the road|away|on call|on shift|in meetings|at the office)',
  'work(?:ing)? (?:all the time|constantly|nonstop|non stop|7 days|seven days|all hours|round the clock|around the clock|every weekend|weekends too)',
  '(?:travel|traveling|travelling|on the road|away)(?: \\w+){0,2} (?:constantly|all the time|every week|most weeks|half the month|most of the month)',
  '(?:job|work|career|role|studies|uni|course|degree|business)(?: is| are| s|s)? (?:\\w+ ){0,2}(?:demanding|full on|intense|all consuming|relentless|overwhelming|killing me)',
  '(?:too many|so many|a lot of|loads of|lots of|other|enough) (?:commitments|responsibilities|obligations|things going on|plates spinning)', 'juggling (?:\\w+ ){0,3}(?:kids|work|jobs|job|family|uni|school|life|everything|shifts)',
  'time (?:poor|starved)', '(?:free|spare) time (?:is )?(?:\\w+ ){0,2}(?:zero|nil|non existent|nonexistent|gone|none|nothing|limited|tiny|minimal)', 'drowning(?: in (?:work|it|stuff|jobs|deadlines|emails))?',
  '(?:too much|so much|a lot|way too much) (?:going on|on at the moment|on right now|to do)', '(?:barely|hardly|never|dont|rarely) (?:get|have|take) (?:a )?(?:lunch )?break',
  'shifts? (?:change|changes|vary|varies|rotate|rotates|keep changing)', 'out of time', '(?:hours|shifts|schedule|days)(?: are| is| s)? all over$',
  'travel (?:a lot|loads|constantly|all the time|so much|lots|often|a ton) (?:for|with) (?:work|my job|business|the job)', '(?:take|takes|taking) up (?:too much|so much|a lot|loads|most|all) (?:of )?(?:my )?time',
  '(?:evenings|weekends|days|mornings|nights|free time)(?: are| is)? (?:all )?(?:taken up|eaten up|consumed|spoken for)', 'no tiem', '(?:too|so|very|really|super|way too) (?:bussy|buisy|bizzy|bizy)',
  'no way (?:i|id|i d|i would|i ll|ill|i could|i can) (?:\\w+ ){0,2}(?:have|find|get|make) (?:the |enough )?time',
  '(?:barely|hardly|never|rarely) see (?:my|the) (?:own )?(?:kids|family|children|wife|husband|partner|friends|bed)', 'every hour (?:god sends|of the day|there is)',
  '(?:doing|studying|on) (?:a |my )?(?:masters|phd|degree|course|apprenticeship)(?: \\w+){0,2} (?:and|while|plus) (?:working|work|a job|a full time job)',
  '(?:cant|cannot|dont) see (?:me|myself) (?:\\w+ )?(?:finding|having|making|getting) (?:the |enough )?time',
  '(?:start|starts|begin|begins) at \\d{1,2}(?: ?am)? (?:and )?(?:end|ends|finish|finishes|till|until) (?:at )?\\d{1,2}(?: ?pm)?', 'up to my (?:neck|eyes|eyeballs|ears)',
  '(?:run|running|chasing|chase) (?:around )?after (?:\\w+ ){0,2}(?:kids|children|toddlers|twins|the kids)',
  'time (?:is )?(?:something|one thing|the one thing|a thing|what) i (?:dont|do not|never|havent) (?:have|get|got)', '(?:arent|are not|isnt|is not|never) (?:\\w+ )?enough (?:hours|time)',
  '(?:eats|takes|swallows|consumes|eats up|takes up) (?:up )?(?:all|most|every bit) (?:of )?my (?:time|days|evenings|energy)', '(?:couldnt|cant|cannot|wouldnt|wont be able to|never) keep up(?: with)?',
  '(?:in|at|on) (?:meetings|work|calls|the office|the road|site|shift) (?:all day|all week|24 7|all the time|every day|non stop|nonstop)', '(?:short|pressed|strapped|tight|low) (?:on|for) time',
  '(?:out of the house|at work|at the office|on shift|in the office)(?: \\w+){0,2} (?:9|1\\d|2[0-4]|ten|eleven|twelve|fourteen) (?:hours?|hrs)',
  '(?:cant|cannot|couldnt|dont think i can|dont think id|not sure i can|no way i can|no way id|no way i would|no way i d|wont be able to|unable to|never) (?:\\w+ ){0,3}(?:find|make|have|get|spare|give it|give this|dedicate|devote|put in) (?:the |enough |any |much |that much )?(?:time|hours)',
  '(?:dont|do not|never|barely|hardly|rarely) (?:get|have|got) (?:a lot of|much|any|enough|the|loads of|lots of) (?:\\w+ )?time',
  '(?:always|constantly|forever) (?:rushing|running|racing|on the run|on the go|in a rush|in a hurry)', '(?:rushing|running|racing) (?:around|about)(?! (?:the park|the block|a track))',
];

const DOUBT_POINTED = [
  // One more of a kind: "sounds like every other fad", "just another gimmick".
  '(?:sounds|seems|looks|feels|is|its)(?: just)? like (?:every|any|all the|all those|another|one more) (?:other )?(?:fads?|gimmicks?|scams?|trends?|crazes?|quick fix(?:es)?)',
  '(?:just|only|yet) another (?:fad|gimmick|scam|trend|craze|quick fix)',
  // Failure imagined: "what if it doesn't work", "what if this fails for me too".
  'what if (?:it|this|that|the plan|the program|the programme|they) (?:\\w+ )?(?:doesnt|does not|dont|do not|wont|will not|never|fails?)(?: \\w+){0,2}(?: work| help| for me)?',
  // Belief withheld: "I don't buy it", "I don't trust online coaches", "I have a hard time believing it".
  '(?:dont|do not|never|cant|cannot|hard to|struggle to|find it hard to|have a hard time|having a hard time) (?:really |fully |quite |honestly |totally )?(?:believe|beleive|belive|believing|buy|buying|trust|trusting)(?: (?:it|this|that|you|your|these|those|in|any|online|the|a|what|all|them|coaches|diets|plans|programs|claims))',
  'im not buying it$', 'not buying (?:it|this|that|the hype|the claims|your claims)$',
  '(?:not|isnt|im not|not yet|not quite|not fully|not totally|still not) (?:\\w+ )?(?:sold|persuaded)',
  'i dont think (?:itll|thisll|thatll|it ll|this ll|that ll|it would|this would|it will|this will|its going to|its gonna)(?: \\w+){0,2} (?:work|help|last|stick|make a difference)',
  'believe it when i see it', '(?:been )?burn(?:ed|t) (?:by|before)', 'how (?:can|could|do) you (?:promise|guarantee|claim|know)',
  '(?:dont think|not sure|doubt) (?:\\w+ ){0,3}(?:is|are|would be) (?:the |an? )?(?:answer|solution|way|fix) (?:for me|to my)', 'nothing (?:will|would|is going to|can|could) (?:\\w+ )?(?:work|help|change)',
  'not (?:very |really |too |that |so )?(?:confident|hopeful|optimistic) (?:this|it|that|about|in|a plan|meal plans)', 'heard (?:it all|all this|all that|that|this) before', '(?:these|they|those) (?:\\w+ )?never (?:work|help|last|deliver)',
  'what makes (?:yours|you|this|it|your \\w+) (?:\\w+ )?(?:better|different|special)', 'waste of (?:time and money|money and time)',
  'or (?:is|are) (?:it|that|this|they|those|these)(?: \\w+){0,2} (?:marketing|hype|fake|a scam|scams|a gimmick|advertising|photoshopped|staged|made up|paid)', '(?:idk|dunno|i dont know|dont know|not sure|unsure|no idea) (?:if |whether )?i (?:\\w+ )?(?:believe|buy|trust)',
  '(?:work|works|help|helps)(?: for me)? (?:tho|though)$', 'are you sure (?:this|it|that|your|these) (?:\\w+ )?(?:works|work|helps|will)',
  '(?:not sure|unsure|doubtful|not certain) (?:if |whether |that )?(?:this|it|that|thisll|itll|this will|it will|it would|this would|a plan|a meal plan|meal plans|your plan)(?: \\w+){0,2} (?:will|would|can|could|is going to|works?|helps?)',
  '(?:dont|do not|cant|cannot|dont really|just dont|really cant) see (?:it|this|that|how it|how this|this plan|a plan) (?:\\w+ )?(?:working|helping|lasting|happening|making a difference)',
  '(?:dont|do not) think (?:a |this |your |any |the )?(?:\\w+ ){0,2}(?:can|could|will|would|is going to) (?:\\w+ ){0,2}(?:fix|help|solve|change|work)',
  'overselling|oversold|over promising|overpromising|exaggerat(?:ed|ing|ion)|overstated|overhyped|over hyped', 'all a lie|all lies|pack of lies|(?:its|thats|sounds like) (?:a |all )?lies?',
  'not buying (?:that|it) (?:it|this|itll|thisll|it will|this will|it would)', '(?:a|total|complete|just a|such a|are a|is a) (?:con|con job|racket)$',
  '(?:works|work|worked) for (?:some|other|most) (?:people|folks|others)(?: \\w+){0,3} (?:not|never) (?:for )?me',
  '(?:not sure|dont think|unsure|doubt) (?:im|i am|i m|i would be|id be) (?:\\w+ ){0,2}(?:right|type|kind|sort) (?:of )?(?:person|candidate|fit)',
  '(?:do|does|will|would|can) (?:\\w+ ){0,2}ever (?:\\w+ )?(?:work|help|last)', 'never (?:seen|found|met|known|heard of) (?:a|one|any) (?:\\w+ ){0,2}(?:that|which) (?:actually |really )?(?:works|worked|lasts|lasted|helps|helped)',
  '(?:really|actually|honestly) (?:going to|gonna|make|makes) (?:make )?(?:a |any |much )?(?:difference|change)', 'what proof', 'who knows (?:if|whether)', 'yeah right(?! (?:now|away|there|here))',
  '(?:reviews|testimonials|photos|pictures|results|before and afters?|stories) (?:\\w+ ){0,2}(?:even |actually |really )?(?:real|legit|genuine|true|fake|made up|staged|photoshopped)',
  '(?:dont|do not|cant|cannot|fail to) see how (?:\\w+ ){0,4}(?:help|work|change|make|fix|do)',
  '(?:not sure|dont think|doubt|dont know if|idk if) (?:i|id|i would|i will|ill|i d|i ll) (?:\\w+ )?(?:see|get|have|notice) (?:any )?(?:results|a difference|progress|changes)', 'trust issues', 'who says (?:this|it|that|these|your|so)', 'what makes you (?:think|so sure|believe|say)',
  'why (?:should|would|do|must) i (?:trust|believe)', 'how (?:do|can|would|could|will) i (?:\\w+ )?(?:know|be sure|trust|tell)(?: \\w+){0,3} (?:work|works|working|legit|real|isnt|is not|wont|will|any good|true|genuine|scam)',
  'how is (?:this|it|yours|that|your \\w+) (?:\\w+ )?any different', 'is (?:this|it|that|this all|this whole thing) (?:\\w+ )?(?:legit|for real|real|a scam|a con|genuine|trustworthy)',
  '(?:does|do|will|would|can|could) (?:it|this|that|any of this|this stuff|this thing|they|these|a meal plan|meal plans|food) even (?:work|help|do anything|make a difference)',
  '(?:really|actually|honestly|seriously) (?:\\w+ ){0,3}(?:that much|at all|any difference)', '(?:work|works|help|helps)(?: \\w+){0,2} or (?:is it|is this|are they|just|its just|it s just)',
  'prove (?:it|that|this|to me)', '(?:marketing|sales) (?:trick|ploy|gimmick|pitch|hype|talk|nonsense|bs)', 'sales pitch',
  '(?:just|only|all) (?:trying|want|wanting|wants) to (?:sell|get my money|take my money|make money)', 'trying to sell me',
  'why would (?:a |an |this |some )?(?:chatbot|bot|app|computer|algorithm|ai|website|robot) (?:know|understand|get)',
  '(?:a |total |complete |such a |just a |probably a |be a |another )?waste of (?:money|cash)',
  // Doubting oneself: "not sure I can actually do it", "I don't think I have the willpower".
  '(?:not sure|dont think|doubt|dont know if|idk if|unsure if|unsure whether|not convinced) i (?:can|could|will|would|ll|d|have it in me|m able|am able|have the|ve got the|got the) (?:\\w+ ){0,2}(?:do (?:it|this|that)|stick|keep (?:it )?up|manage|change|follow|last|make it|succeed|see it through|willpower|will power|discipline|self control)',
];

const DOUBT_GENERAL = [
  // What a plan cannot do: "a meal plan won't fix my problems", "an app isn't going to change anything".
  '(?:a|this|your|the|an|another) (?:meal plan|plan|diet|program|programme|app|coach|subscription)(?: \\w+)? (?:wont|will not|isnt going to|is not going to|cant|cannot|aint gonna|is not gonna|isnt gonna) (?:\\w+ )?(?:fix|solve|help with|change|sort)',
  '(?:im|i am|bit|a bit|little|kinda|kind of|very|really|pretty|quite|so|honestly|feeling|always|rather|slightly|still|bit) (?:\\w+ )?(?:wary|suspicious|cynical|leery)', '^(?:wary|cynical|suspicious)', 'doubtful|dubious|unconvinced',
  '(?:sounds|seems|looks|feels|smells)(?: \\w+){0,2} (?:fake|too good|too perfect|made up|staged|unrealistic|gimmicky|scammy|fishy|dodgy|sketchy|shady|suspicious|bs|bullshit|like bs|like nonsense|like rubbish|like a con|like a fad|like a gimmick|like a trick|like a marketing trick|like marketing|like hype|like a sales pitch|like snake oil|like a pyramid scheme|iffy|too simple|too easy|like a scam)',
  '(?:a|another|just a|just another|some|probably a|its a|its just a) fad', 'doubt it',
  '(?:these|those|all|they|theyre|they re|youre|you re) (?:\\w+ ){0,2}(?:are |re )?all (?:the same|alike|identical)',
  '(?:every|each|any) (?:\\w+ )?(?:company|plan|diet|program|programme|app|coach|brand|website|ad|advert|one) (?:\\w+ )?(?:says|claims|promises) (?:that|this|the same|so)',
  '(?:probably|prob|just|really|maybe|likely|definitely|clearly) not for (?:me|someone like me|people like me|my body)', 'not for (?:someone|people|a person|a guy|a girl|a woman|a man) like me',
  'not (?:so |really |very |too |fully |totally |entirely )?sure (?:if |whether )?(?:its|it is|thats|that is|this is|this|it|that|itll|this will|it will|it would|this would)(?: \\w+){0,2} (?:worth|for me|right for me|going to|gonna|will|would|work|help|make|any good|legit|real|true|different)',
  'too old for (?:\\w+ ){0,2}to work',
  'my (?:body|metabolism|genes|genetics)(?: \\w+){0,2} (?:never|doesnt|does not|wont|just doesnt|dont|do not) (?:\\w+ )?(?:respond|responds|work|works|change|changes|lose|loses|budge|budges|cooperate|cooperates|shift|shifts)',
  '(?:broken|slow|damaged|shot|rubbish|terrible) metabolism', 'metabolism is (?:\\w+ )?(?:broken|slow|damaged|shot)',
  '(?:these|those|such|this kind of|these kinds of|these sorts of|meal|online) (?:\\w+ )?(?:things|plans|programs|programmes|services|apps|stuff|coaches|coaching) (?:\\w+ )?(?:never|dont|do not|wont|cant|rarely|dont ever) (?:really )?(?:work|help|last|deliver)',
  '(?:heard|read|seen) (?:\\w+ ){0,2}(?:mixed|bad|terrible|negative|horror) (?:things|reviews|stories)', '(?:heard|read) (?:that )?(?:these|they|it|this|those|meal plans|diets) (?:\\w+ )?(?:never|dont|do not|doesnt|wont) (?:work|help|last)',
];

/** A past attempt's own words: a known diet or programme, told as tried. */
const DIETS = '(?:keto|paleo|atkins|weight watchers|ww|noom|slimming world|intermittent fasting|fasting|calorie counting|counting calories|jenny craig|nutrisystem|optavia|herbalife|south beach|whole ?30|carnivore|low carb|juice cleanses?|juicing|hellofresh|hello fresh|myfitnesspal|my fitness pal|shakes?|meal replacements?|slim ?fast|5 2|cambridge|lighter life|lighterlife|vlcd)';

const TRIED_FAMILIES = [
  // Help had before: "I've had three coaches before", "used a nutritionist before".
  '(?:ive|i ve|i have|i|we|weve) (?:had|used|hired|paid for|tried|worked with|done) (?:a |an |two |three |four |several |multiple |many |loads of |a few |\\d+ )?(?:coach(?:es)?|trainers?|personal trainers?|pts?|nutritionists?|dietitians?|dieticians?|online coach(?:es)?|meal plans?|meal kits?)(?: \\w+){0,2} (?:before|already|in the past|previously)',
  // A named diet or app that failed: "Noom didn't work for me", "keto never worked".
  `${DIETS} (?:\\w+ ){0,2}(?:didnt|did not|never|doesnt|does not|wouldnt) (?:\\w+ )?work`,
  `${DIETS}(?: \\w+){0,8} (?:ive|i ve|i have|i|i had|had|been) (?:done|tried|did|been on|followed|used|quit|given up|gave up|failed)`,
  '(?:done|did|tried|been through) (?:all )?(?:this|that|it all|all this|all of this|this all|all that)(?: \\w+){0,2} (?:before|already|a hundred times|a million times|many times|so many times)',
  '(?:been )?diet(?:ing|ed)? (?:\\w+ ){0,3}(?:my (?:whole|entire) (?:adult )?life|for (?:years|decades|ages|forever|most of my life|\\d+ years|as long as)|since (?:i was|my|forever|school|high school|my teens|the \\d+s|\\d+)|on and off|all my life|every year)',
  'on and off (?:\\w+ )?diets?', '(?:been on|on) (?:\\w+ )?diets? (?:\\w+ ){0,2}(?:for years|since|my whole|all my life|on and off|forever|for decades)',
  '(?:had|used|hired|paid|tried|worked with|been to|went to|seen|saw) (?:a |an |two |three |several |multiple |loads of |many |some )?(?:coach(?:es)?|trainers?|personal trainers?|pts?|nutritionists?|dietitians?|dieticians?|programs?|programmes?|apps?|meal plans?)(?: \\w+){0,3} (?:didnt|did not|never|wasnt|werent|useless|waste|no good|nothing|and nothing|but nothing)',
  '(?:my )?(?:last|previous|old|former|ex) (?:coach|trainer|personal trainer|pt|nutritionist|dietitian|plan|program|programme|diet|app|subscription|meal plan|meal kit|attempt)(?: \\w+){0,3} (?:was (?:useless|rubbish|terrible|awful|a waste|a joke|pointless|no good|a disaster)|did nothing|didnt work|did not work|flopped|failed|sucked|never worked)',
  '(?:last|previous|other|every) (?:program|programme|plan|course|app|diet|challenge|subscription|membership)(?: \\w+){0,3} (?:never (?:finished|used|completed|stuck|followed|opened|went)|didnt (?:finish|use|complete|stick|follow))',
  'every (?:single )?(?:diet|plan|program|programme|app|meal plan|challenge)(?: (?:i|ive|i ve|i have))? (?:ever )?(?:try|tried|start|started|do|done|did|attempt|attempted|followed|go on|went on)',
  '(?:lost|lose|losing)(?: \\w+){0,4} (?:and|then|but)(?: \\w+){0,2} (?:regain|regained|regaining|gain|gained|put|putting|piled|pile)(?: \\w+){0,3} (?:back|on again|again|twice|every time)',
  '(?:lost|lose) the same (?:\\w+ ){0,2}(?:kg|kilos|pounds|lbs|stone|weight)', 'lost and (?:regained|gained|put)', '(?:regain|regained|regaining) (?:it|it all|the weight|everything|all of it|\\d+|weight)',
  '(?:quit|gave up|stopped|dropped out|fell off|bailed)(?! (?:smoking|drinking|alcohol|sugar|booze|vaping|my job|work|the job|school))(?: \\w+){0,2} (?:on|by|after|within) (?:day|week|the first|the second|a|\\d+|two|three)',
  'tried (?:it|that|this|one|them|those)(?: \\w+){0,2} (?:hated|didnt like|did not like|didnt work|did not work|didnt stick|failed|quit|gave up|no luck|no joy|nothing)',
  'been through (?:\\w+ ){0,2}(?:programs?|programmes?|plans?|diets?|coaches|apps?|these|a few|several|lots|loads|many)',
  '(?:signed up|subscribed|joined|bought|paid for)(?: for| to)? (?:stuff|things|something|one|plans?|programs?|programmes?|apps?|services?|memberships?|gyms?)(?: \\w+){0,3} (?:before|already|in the past|last year|never used|never went|and never|but never|and quit|and cancelled|and nothing|but nothing|nothing changed)',
  '(?:you name it|name it)(?: \\w+){0,2} (?:ive|i ve|i have|i) (?:done|tried|did)', '(?:ive|i have|i ve|i) (?:done|tried) (?:it|them) all',
  '(?:end|ended|ending) up (?:right )?back (?:where i started|at square one|to square one|at the start|where i was)', 'back to square one',
  'tried(?: [^ ]+){0,4} (?:before|already|in the past|previously)', 'nothing (?:ive|i ve|i have|i) (?:ever )?(?:tried|done|did|used)(?: \\w+){0,2} (?:has |ever )?(?:worked|stuck|lasted|helped|works)', 'been there(?: \\w+)? (?:tried|done|did|bought|seen) (?:that|it|this)',
  '(?:tried|done|did|used|failed|started) (?:\\w+ ){0,4}(?:a million|a hundred|a thousand|a dozen|countless|umpteen|too many|multiple|loads of|hundreds of|dozens of|numerous|so many|many) times',
  '(?:done|tried|did|been on|followed) (?:dozens|hundreds|loads|tons|heaps|a ton|a load|a bunch|so many|too many|plenty|countless|all of them|them all|em all)(?= |$)',
  '(?:done|did|tried) the whole (?:\\w+ ){0,3}(?:thing|diet|plan|program|programme|route|approach|routine)',
  '(?:keep|kept) (?:on )?(?:trying|starting) (?:and|but) (?:failing|quitting|stopping|giving up|falling off)', '(?:keep|kept|always) (?:failing|quitting|giving up|falling off|relapsing)',
  'start(?:ed)? and stop(?:ped)?', 'stop(?:ped)? and start(?:ed)?', '(?:failed|fail) (?:\\w+ ){0,2}(?:so many|many|countless|loads of|lots of|all|every) (?:diets?|plans?|programs?|times)',
  '(?:for the|this is the|this would be the|its the|my) (?:second|third|fourth|fifth|sixth|tenth|nth|umpteenth|hundredth|millionth|\\d+(?:st|nd|rd|th)) (?:time|attempt|go|try|diet|plan|program|programme)', 'attempt (?:number )?\\d+',
  '(?:quit|gave up|stopped|dropped out|bailed|fell off|gave in)(?: \\w+)? (?:halfway|half way|midway|part way|partway|early on|quickly|straight away|within days|within weeks)',
  '(?:did|tried|done|used|started|bought|joined) (?:a |an |one |the |some )?(?:\\w+ ){0,2}(?:program|programme|plan|diet|app|coach|challenge|course|kit|service|subscription)(?: \\w+){0,2} (?:last year|last month|last summer|years ago|a while ago|once|in the past|a few years back|ages ago)',
  '(?:always|keeps|keep|just) (?:comes|coming|come|creeping|creeps|crept|came) back', '(?:it|weight|the weight|the pounds|the kilos|it all) (?:always |just |all )?(?:comes|came|crept|creeps|piles|piled) (?:back|back on)',
  '(?:all the|the) ones (?:ive|i ve|i have|i) (?:failed|tried|quit|done|given up on)',
  '(?:tried|done|did|used|followed) (?:every|each|all the|loads of|lots of|so many|countless|a bunch of|several|many|different|various|other) (?:\\w+ ){0,2}(?:app|plan|program|programme|diet|coach|trainer|service|company|method|approach|shake|supplement)s?',
  '(?:been through|done|did|tried) (?:this|that|it|all this)(?: \\w+){0,2} (?:with|at) (?:other|another|a different|different|loads of|lots of|several|many) (?:companies|company|coaches|coach|apps|app|plans|programs|services|brands|places|gyms)',
  'with other (?:companies|coaches|apps|plans|programs|programmes|services|brands)', 'never again',
  '(?:did|tried|done)(?: the| a| an)?(?: \\w+){0,3} (?:diet|cleanse|detox|shake plan|meal plan|challenge)',
  '(?:started|begun|began|signed up (?:for|to)|bought|joined) (?:loads of|lots of|so many|a few|several|many|countless|plenty of|a bunch of|dozens of|too many|multiple) (?:\\w+ )?(?:plans?|programs?|programmes?|diets?|apps?|challenges|courses|memberships|subscriptions)',
  '(?:always|usually|inevitably|eventually|i) (?:end up|ended up|wind up) (?:quitting|giving up|stopping|failing|gaining|putting|binging|bingeing|cheating)',
  'used to (?:do|be on|follow|use|go to|try)(?: \\w+){0,3} (?:and |then |but )?(?:gave up|quit|stopped|but|and it|didnt|never)',
  '(?:start|started|begin|began) (?:a |another |the )?(?:diet|plan|program|programme)(?: \\w+){0,3} (?:and|then|but) (?:quit|stop|stopped|give up|gave up|fail|failed|fall off|fell off)',
  'none (?:of (?:them|those|em) )?(?:ever )?(?:worked|stuck|lasted|helped)', `on and off (?:\\w+ )?${DIETS}`, '(?:lose|lost|losing) (?:my |all )?motivation',
  '(?:plans?|diets?|programs?|programmes?|apps?|coaches|things|kits|services) (?:that|which) (?:didnt|did not|never|dont|do not|failed|havent)', 'been there(?: \\w+)? failed',
  '(?:tried|did|done)(?: \\w+){1,3} (?:and|but) (?:couldnt|could not|cant|didnt|did not|never)', 'lost (?:\\w+ ){0,4}(?:but|and) (?:its|it s|it is|it all|all|the weight|weights) (?:all |is |s )?(?:come |came )?back', '(?:been )?failing (?:at|with) (?:this|it|diets|dieting|weight loss|losing weight)',
  'failed (?:diets|attempts|plans|programs|programmes|tries)', '\\d+(?:st|nd|rd|th) (?:thing|diet|plan|time|attempt|program|programme|app|try)', 'got nowhere|no results|went nowhere|never got anywhere',
  '(?:tryed|tride|tryd) (?:\\w+ ){0,3}(?:everything|it all|before|loads|lots|so many|all)', 'back to (?:my )?old (?:habits|ways)', 'my last (?:plan|diet|program|programme|coach|attempt|app)',
  '(?:never|nothing ever|it never|they never) (?:\\w+ )?works? for me(?: either)?$', 'dieting never works', '(?:diets?|dieting) (?:\\w+ )?(?:never|dont|do not|doesnt|does not) (?:\\w+ )?work',
  '(?:done|did|had|used|tried) (?:\\w+ ){0,2}(?:coaching|a coach|coaches|trainers?|nutritionists?|programs?|plans?)(?: \\w+){0,3} (?:didnt|did not|never|wasnt|no good|useless|waste|nothing)',
];

/** Ways of starting, doing or deciding, put off to a later time. */
const LATER = '(?:later(?! (?:in|on|at|that|this|the))|tomorrow|tonight|next (?:week|month|year|time)|another time|some other time|in a (?:bit|while|week|month|few days|few weeks|couple of (?:weeks|days|months))|in (?:a |two |three |\\d+ )?(?:couple of |few )?(?:days|weeks|months)|down the (?:line|road|track)|at some point|in the future|some day|someday|one day|eventually|when im ready|when i am ready|when i m ready)';
const OCCASION = '(?:the )?(?:holidays?|christmas|xmas|new year|new years|summer|easter|vacation|wedding|move|exams|payday|pay day|birthday|trip|january|the new year|thanksgiving|ramadan|lent|festive season|break|the summer|spring|autumn|fall|winter|my holiday|my vacation|my exams|my trip|my birthday|the move)';

const NOT_NOW_FAMILIES = [
  // A quieter time waited for: "once things calm down at work", "when life settles down a bit".
  '^(?:maybe |probably |perhaps |prob )?(?:once|when|after|till|until) (?:things|life|work|it|everything|stuff) (?:\\w+ )?(?:calm|calms|settle|settles|quiet|quiets|quietens|slow|slows|die|dies|ease|eases) down',
  // The details sent to read later, instead of going on now: "can you email me the details instead?".
  '(?:email|send|text|message|dm|forward) (?:me )?(?:the |some |more )?(?:details|info|information|brochure|link|it all|everything)(?: \\w+){0,2} (?:instead|for later|to read later|to look at later|and ill think|and i ll think)',
  '(?:talk|speak|chat|check|discuss|run it|run this|run that|go over it|go over this|think it over|sort it out)(?: \\w+){0,3} (?:with|by|past|to) (?:my|the) (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|other half|hubby|spouse|family|parents|mum|mom|dad|boss|bank|accountant|better half|missus|mrs|wifey|bf|gf)',
  '(?:ask|consult|check with) (?:my|the) (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|other half|hubby|spouse|family|parents|mum|mom|dad|boss|accountant|better half|missus|mrs|wifey|bf|gf)',
  `^(?:maybe |probably |perhaps |prob |possibly )?(?:after|once|when) (?:im |i am |we re |were |i get )?(?:back|${OCCASION})`, '(?:once|when|after) (?:im|i am|i m|we re|were|i get) back(?: from|$| \\w+)',
  // Starting the plan later, but not when asking whether one may ("can I start next week?").
  // Not someone else joining later ("my husband will join later", "Jess might join later").
  `(?<!(?:can i|could i|can we|could we|possible to|able to|need to|should i|when can i|if i|do i) )(?<!(?:(?:my|our|his|her) \\w+|\\bhe|\\bshe|\\bthey|\\b\\w+ \\w+ might|\\b\\w+ \\w+ will|\\b\\w+ \\w+ may) (?:will |might |may |could |can |would |wants to |want to |plans to |is going to |is gonna )?)(?:start|begin|join|sign up|buy|order|subscribe)(?: \\w+){0,3} (?:${LATER}|after ${OCCASION}|in ${OCCASION}|when ${OCCASION})`,
  `(?:do it|do this|get started|come back|decide|look|finish|continue|carry on|pick (?:it|this) up|revisit|look again|look at it again|think about it)(?: \\w+){0,3} (?:${LATER}|after ${OCCASION}|in ${OCCASION}|when ${OCCASION})`,
  '(?:ill|i will|i ll|let me|will|gonna|going to|i need to|need to|i have to|have to|i want to|id like to|i d like to|i might) (?:\\w+ )?(?:consider|ponder|weigh up|reflect on|look into|research|review|digest) (?:it|this|that|things|my options|the options|everything)',
  '(?:lets|let s|we can|can we|we ll|well) (?:talk|chat|speak|continue|catch up|pick (?:this|it) up|do this|sort this)(?: \\w+){0,2} (?:after|later|another time|next week|tomorrow|when)',
  '(?:check|circle) back', '(?:follow up|get in touch|reach out|contact me|message me)(?: \\w+){0,2} later', 'not (?:at|for) (?:this|the) (?:time|moment|point)(?! of)',
  `(?:maybe|perhaps|probably|possibly|prob) (?:\\w+ )?(?:${LATER}|after ${OCCASION}|in ${OCCASION})`, 'maybe after (?:that|this|then|it)', '(?:after|once) (?:that|this)(?: is| s)? (?:done|over|sorted|finished)',
  '(?:not|isnt|no) (?:\\w+ )?(?:the )?(?:right|good|best|ideal|great) (?:time|moment|timing)', '(?:bad|wrong|poor|terrible|awful) timing', 'timing(?: is| s|s)? (?:\\w+ )?(?:not|isnt|off|bad|wrong)',
  'now (?:is not|isnt|s not|is a bad|is not a good)',
  '(?:have|need|take|give me|want) (?:a |some )?(?:think|ponder|mull|time to (?:think|decide|consider)|day or two|couple of days|moment to think)', '(?:mull|think|sleep|chew) (?:it |this |that )?(?:over|on it|through)', 'think on (?:it|this|that)',
  'window shopping', '(?:curious|looking|browsing|researching) (?:for now|at the moment|atm|right now|today)', 'not (?:buying|signing up|purchasing|committing) (?:today|yet|right now|anything|now|just yet)',
  '(?:ask|remind|message|text|email|ping|contact) me (?:\\w+ ){0,2}(?:later|again|next|in a|tomorrow|another time|after|when)',
  '(?:save|keep|bookmark|pause) (?:this|it|my progress|my answers|my place)(?: \\w+){0,3} (?:come back|later|return|finish|continue)', '(?:and|then|to) come back(?: later| to (?:it|this|finish))?$',
  '(?:sort|figure|work|check|see|ask|finish|deal with|wait|look|think)(?: \\w+){0,4} first$', '(?:ill|i will|i ll|will) let you know', '(?:like|want|need|have|going|got) to (?:\\w+ )?think (?:about it|it over|about this|on it|this over|things over)', 'brb', 'be right back', '(?:leave|park|shelve|skip) (?:it|this|that)(?: \\w+){0,2} (?:for now|for the moment|for today|till later|until later)', '(?:maybe|perhaps|probably) (?:once|when|after) (?:\\w+ ){0,4}(?:back|over|done|sorted|finished|settled|calmer|quieter|started)',
];

// --- Cues: the last resort, for a message that answers nothing, asks nothing and matched no wording above --
// A word of what the objection is about with a word of stance just before it ("no money", "too busy") or
// just after it ("money, sadly not"), read only where the alternative is a re-ask (intent.ts).

export interface Cue {
  objection: Objection;
  topic: string;
  stance: string;
  /** Words that are the objection by themselves in such a message ("finances are a mess", "sounds like hype"). */
  alone?: string;
}

export const CUES: Cue[] = [
  {
    objection: 'tried_before',
    topic: '(?:tried|tryed|tride|done|did|failed|failing|quit|quitting|dieting|diets|attempts|regained|relapsed)',
    stance: '(?:everything|loads|lots|many|never|nothing|failed|again|quit|didnt|stick|stuck|times|useless|waste|hated|bored|fell|gave|so much|all of (?:them|it)|none|stopped|forever|years|serial)',
    alone: '(?:(?:\\d+|dozens of|hundreds of|twenty|thirty|fifty) diets|dieter|dieters|serial dieter|yo yo|yoyo|regained|relapsed|failed diets?|dieting for|diets for|been dieting|on diets|lots of diets|loads of diets|many diets)',
  },
  {
    objection: 'price',
    topic: '(?:aff?ord|affordable|expensive|pricey|pricy|price|prices|priced|pricing|cost|costs|costly|money|cash|budget|funds|finances|financially|wallet|wage|wages|salary|earn|income|bills|rent|quid|bucks|dollars|euros|broke|skint|pension|pennies|paycheck|cheap|cheaper|fee|fees|subscription)',
    stance: '(?:cant|cannot|couldnt|not|no|too|mad|insane|crazy|ridiculous|struggling|struggle|low|tight|problem|issue|wish|lot|steep|less|barely|hardly|wont|never|nope|nah|ouch|yikes|high|higher|hard|tough|short|worry|worried|concern|concerned|scary|silly|wild|joke|stretch|ugh|sadly|unfortunately|limited|little)',
    // Money in a statement that answers nothing is a worry about money, unless praised (denials erase that).
    alone: '(?:aff?ord|affordable|expensive|pricey|pricy|pricier|price|prices|pricing|cost|costs|costly|money|moneys|cash|budget|funds|finances|financially|wallet|wages?|salary|income|paychecks?|paycheques?|broke|skint|poor|pension|pennies|loans?|debt|debts|bills|overdraft|savings)',
  },
  {
    objection: 'time',
    topic: '(?:time|tiem|busy|bussy|hours|schedule|shifts|minutes|mins|minute|spare time|free time|hectic|swamped|meetings|commitments|overtime|workload|deadlines|long|stretched)',
    stance: '(?:no|dont|never|not|too|barely|hardly|always|constantly|enough|zero|little|short|cant|cannot|couldnt|crazy|insane|mad|packed|full|tight|limited|lack|rarely|without|so|super|really|very|extremely|precious|wouldnt|manage|take)',
    alone: '(?:overtime|swamped|slammed|stretched|hectic|time consuming|on my feet|work away|working away|away a lot|away for work|till \\d+|until \\d+|till late|until late)',
  },
  {
    objection: 'doubt',
    topic: '(?:believe|beleive|belive|believing|trust|scam|scams|con|lie|lies|fake|photoshopped|convinced|doubt|doubts|doubtful|skeptical|sceptical|legit|hype|claims|gimmick|gimmicky|bs|nonsense|realistic)',
    stance: '(?:not|dont|cant|unsure|never|no|hard|bit|kinda|pretty|quite|so|very|seems|sounds|looks|feels|just|all|total|probably|surely)',
    alone: '(?:scam|scams|scammy|con|fake|photoshopped|hype|hyped|gimmick|gimmicky|bs|nonsense|skeptical|sceptical|dubious|doubtful|unconvinced|legit|marketing|proof|pfft|pff|sure it does|sure it works)',
  },
  {
    objection: 'not_now',
    topic: '(?:later|tomorrow|tonight|weekend|another day|another time|next week|next month|next year|come back|think|wait|decide|husband|wife|partner|few days|a few days|a day or two|on hold|for now)',
    stance: '(?:maybe|ill|i ll|will|gonna|going to|probably|perhaps|let me|lemme|need to|have to|got to|gotta|first|for now|ask|check with|talk to|speak to|please|more|need|put it|just|checking)',
  },
];

/** Idioms with a cue's word that are not about it: "all the time", "first time", "time to change". */
export const NOT_A_CUE = [
  'all the time', 'the whole time', 'any time', 'anytime', 'every time', 'each time', 'first time', 'last time', 'this time', 'some time',
  'same time', 'time to (?:get|start|change|make|do|go|be|train|cook)', 'long time', 'long term', 'so long', 'how long', 'long as',
  '(?:ive|i have|i ve|got|have|i got) (?:the |some |enough |plenty of |lots of )?time(?: now| today| for (?:this|it))?', 'good (?:price|value)', 'great (?:price|value)', 'fair price',
  '(?<!(?:if|as long as|so long as) (?:its|it is|they are|theyre|the price is|the plan is) )(?:reasonable|fair|decent|good|great|fine|ok|okay|affordable|cheap)(?: enough)?$', 'worth (?:it|the money|every penny)', 'save money', 'saving money', 'money back', 'never (?:really |actually )?(?:tried|done|did|dieted|been on)', 'no doubt', 'not a scam', '(?:tried|done) nothing', 'nothing yet',
];

// --- Denials: words that deny an objection ("money isn't an issue"), erased before any wording is looked for --
export const DENIALS = [
  '(?:money|cash|price|prices|cost|costs|budget|pricing|time)(?: is| are| s|s)? (?:not|isnt|arent|no|never|not really|no longer) (?:\\w+ ){0,2}(?:issue|problem|concern|object|worry|factor|big deal)',
  '(?:money|cost|price|budget|time)(?: \\w+)? (?:doesnt|does not|dont|do not|wont) (?:really )?(?:matter|bother me|worry me)',
  '(?:the )?(?:price|cost|prices|money|moneys|budget|budgets)(?: is| s|s| are| seems| looks| sounds)? (?:fine|ok|okay|good|fair|reasonable|great|no problem|alright|not bad|not too bad|decent|sorted)',
  'not (?:worried|bothered|fussed|concerned) (?:about|by|with) (?:the )?(?:money|cost|price|budget|pricing|time)', '(?:happy|willing|glad|ready|fine) to (?:pay|spend|invest)', 'dont mind (?:paying|spending|the price|the cost)',
  '(?:money|cost|price) is no object', 'worth every penny',
  '(?:spend|spent|spending|waste|wasting|blow|blowing) (?:\\w+ ){0,4}(?:money|cash|\\d+)(?: \\w+){0,2} on (?:takeaways?|takeouts?|take aways?|eating out|fast food|junk|snacks|coffee|restaurants|deliveries|delivery|uber eats|deliveroo|just eat|lunch|lunches|drinks|alcohol|booze|beer|wine|sweets|chocolate|crisps|vending machines?|clothes)',
  '(?:i have|ive got|i got|i have got|got|have|with) (?:plenty of|lots of|loads of|enough|a lot of|tons of|heaps of) (?:free |spare )?time', 'not (?:that |too |very |so )?busy',
  '(?<!(?:cant|cannot|couldnt|never|dont|not|hard to|struggle to|wont) )(?:i|we|always|usually|still|happy to|i always|i still) (?:make|find) (?:the )?time',
  'busy(?: \\w+){0,2} but (?:id|i d|i would|i still|still|i can|i want|i will|ill|i ll|i really|i do|i am|im)',
  '(?:my |a )?(?:friend|friends|sister|brother|mum|mom|dad|husband|wife|partner|colleague|coworker|cousin|neighbour|neighbor|boss|aunt|uncle|daughter|son|mate)(?: \\w+){0,2} (?:tried|did|used|lost|was on|went on|has tried|has done|has used)',
  'no doubts?', '(?<!not )(?:im|i am) (?:convinced|sold)',
  '(?:i have|ive got|i got|i have got|got) (?:the )?(?:money|cash|budget|funds)(?= |$)(?! (?:problems?|issues?|worries|troubles?))',
  '(?:later|afterwards|after that) (?:ill|i ll|i will|i might|i may|i d|id) (?:have|ask|send) (?:a |some |more )?(?:questions?|more)',
  // Someone else joining later is no deferral of the visitor's: "my husband will join later", "Jess might join later".
  '(?<!\\b(?:i|we|ill|id) )(?:will|might|may|could|is going to|is gonna|wants to|plans to) (?:probably |also |maybe |prob )?(?:join|sign up|start|do it|do this)(?: (?:me|us|in|too|as well))?(?: (?:later|next week|next month|another time|at some point|in a bit|too|as well))?',
  // A birthday to come is no "later": "I'll be 30 next week", "turning 40 next month".
  '(?:ill|i will|im|i am|gonna|going to|will)? ?(?:be|turn|turning) \\d+ (?:next|this|in (?:a|two|\\d+)) (?:week|month|year|weeks|months)',
];

const OFFER = '(?:this|that|thats|these|those|your (?:plan|plans|program|programme|service|meals|subscription|prices?|packages?)|the (?:plan|plans|program|programme|price|prices|cost|subscription|meals|packages?))';
const DEGREE = fillers('a|bit|little|lil|kind of|kinda|quite|pretty|way|really|very|so|too|far|super|just|bloody|honestly|seriously');
const BE = '(?:is |are |s |looks |seems |sounds |feels |is just |are just )?';

export interface Wording {
  objection: Objection;
  pointed: RegExp;
  general: RegExp;
}

// Order matters when a message raises two: the most specific knowledge answers first (a visitor who has
// tried every diet and doubts this one needs "why this is different", not testimonials in general).
export const WORDINGS: Wording[] = [
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
      '(?:had|used|hired|paid) (?:a |an )?(?:coach|trainer|pt|personal trainer|nutritionist|dietitian|dietician)(?: \\w+){0,2} (?:before|already|and it)',
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
      ...TRIED_FAMILIES,
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
      '(?:paying|pay|spend|spending|charge|charging) (?:that|this|so) much (?:for|on|money)',
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
      'not made of money',
      'till payday',
      'worth the money',
      '(?:my|our) budget is',
      '(?:cant|cannot|can not|couldnt|could not) stretch',
      '^(?:(?:so|too|very|way|bit|a bit|kinda|super|damn|hella|really) )*(?:pricey|expensive|overpriced|steep)(?: (?:pricey|expensive|lol|tho|though|haha|ugh|af))*$',
      '(?:its|thats|it s|that s|way|much|far) cheaper', 'a lot of money', 'lot of money for',
      '(?:costs?|costing|cost me) (?:a fortune|an arm and a leg|a bomb|the earth|a lot)',
      ...PRICE_FAMILIES,
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
      '(?:no way|not sure|dont know how|dont see how|how would|how could|how can) (?:i|id|i could|i can|i would) (?:\\w+ )?(?:fit|squeeze) (?:this|it|that|all this|a plan|meal prep|cooking) (?:in|into)',
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
      ...TIME_FAMILIES,
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
      ...DOUBT_POINTED,
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
      ...DOUBT_GENERAL,
    ),
  },
  {
    objection: 'not_now',
    // Wording that defers the whole thing, wherever it appears: it is never an answer to the question.
    pointed: phrases(
      '(?:not|maybe not) (?:right )?now', 'not (?:at the moment|today|yet|this (?:week|month|year))', 'not ready(?: yet)?', 'not (?:just|quite) yet',
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
      '(?:gonna|going to|will|ill|i ll|want to|wanna|have to|need to|rather|probably|might) (?:probably |just |prob |maybe )?wait (?:till|until|for|a bit|a couple|a few|a week|a month|a while|some time)',
      '(?:hold|holding) off', '(?:check|come|be) back (?:after|once|when)',
      '(?:after|once) (?:christmas|the holidays|new year|the new year|summer|my holiday|my vacation|payday|pay day|i get paid|the wedding|the move) (?:maybe|probably|perhaps|prob)', 'hold on (?:a sec|a second)? ?(?:gotta|got to|have to)',
      ...NOT_NOW_FAMILIES,
    ),
    general: phrases('let me think', 'need (?:some )?time to think', 'need to think', 'thinking about it', 'give me (?:a )?(?:few days|some time|a week)', 'hmm let me see'),
  },
];

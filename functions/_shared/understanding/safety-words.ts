/**
 * The word families of safety.ts: how visitors say, in their own words, that they are in crisis, have an
 * eating disorder, are pregnant or nursing, are injured or have a medical condition, and the signs that
 * they may be in danger now. Families rather than sentences: a verb with its forms, a body part from a
 * list, a number in a range ("my BMI is 15", "my sugar reads 38"), so words nobody here wrote still land.
 *
 * Each family says what it keeps out where a figure of speech shares its words ("overdosed on chocolate",
 * "pregnant pause", "my wallet is bleeding"). Patterns are over normalized text (phrases.ts): lower case,
 * no apostrophes, so "2.8" reads "2 8" and "c-section" reads "c section". Every optional run is bounded.
 */
import { phrases } from './phrases.ts';

const BODY = '(?:left |right |lower |upper |middle )?(?:acl|mcl|pcl|meniscus|ligaments?|tendons?|cartilage|labrum|achilles|hamstrings?|groin|calf|calves|quads?|glutes?|biceps?|triceps?|pecs?|rotator cuff|shoulders?|knees?|ankles?|wrists?|back|neck|hips?|elbows?|arms?|legs?|foot|feet|hands?|fingers?|toes?|ribs?|collarbone|spine|dis[ck]|pelvis|knee cap|kneecap|shins?|thumb|jaw|nose|tailbone|coccyx|head|skull|muscles?)';
const PILLS = '(?:\\w+ )?(?:pills|tablets|meds|medication|painkillers|paracetamol|tylenol|ibuprofen|insulin)';
const NUMBER_WORD = '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|a couple of)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|the spring|the summer|the autumn|the fall|the winter|spring|summer|autumn|winter)';

export const SELF_HARM = phrases(
  'suicid(?:e|al)', 'kill(?:ing)? myself', 'end(?:ing)? (?:my|it) (?:life|all)', 'end it all', 'ending it all', 'tak(?:e|ing|en) my (?:own )?life', 'unaliv(?:e|ing)(?: myself)?',
  // Not "I don't want to die on the stairs every morning" (a reason to get fit), nor dying laughing.
  '(?<!(?:dont|do not|never|not) )wants? to die(?! (?:laughing|of (?:laughter|embarrassment|shame|boredom)))', 'wanted to die', 'wanna die', '(?:about|of|just|keep) ending it(?! with| off)',
  '(?:should|could|will|gonna|going to|want to|wanna|might) (?:just )?end it(?: all)?(?! with| here| there| off)',
  '(?:nobody|no one|noone) (?:would|will|wd) (?:miss|notice|care about) me', '(?:nobody|no one|noone) (?:would|will) (?:even )?(?:care|notice|miss me) if i', 'if i (?:was|were) gone',
  'done with (?:life|living|it all)', '(?:tired|sick) of (?:living|being alive|life|existing|being here)', 'hate being alive',
  'dark thoughts', 'thoughts of (?:dying|death|ending|killing)', 'think(?:ing)? about (?:dying|being dead|not being here|killing myself)(?! (?:on|of) )',
  'wish i (?:was|were) dead', 'wish i (?:wasnt|was not|werent|didnt|did not) (?:here|alive|born|exist)',
  'better off (?:dead|without me)', '(?:everyone|everybody|they|people|the world) (?:would be|is|are|d be|would all be) better off without me',
  '(?:dont|do not|cant|cannot) see (?:the|any|a) (?:point|reason) (?:in |of |to |for )?(?:me )?(?:keep )?(?:living|going on|going|go on|life|being alive|carrying on|carry on|being here|anything anymore)',
  '(?:no|not any|not a) (?:point|reason) (?:for me )?(?:in |to )?(?:keep )?(?:living|going on|live|being alive|carrying on|carry on|be here|being here|keep going)(?! to (?:the|a) )',
  'life (?:isnt|is not|aint|is no longer|not) worth (?:living|it)', 'not worth living', 'no longer want to live', 'no way out(?= for me|$| anymore)',
  'disappear (?:forever|for good)', '(?:want|wanna|going) to disappear', 'just want to disappear', '(?:stop|cease to|not) exist(?:ing)?(?= anymore|$| forever)',
  // "punish myself with 3 hours of cardio" is an eating disorder's compensation, read there.
  '(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|hit|hitting|scratch|scratching|bruise|bruising) myself(?! with (?:\\w+ ){0,4}(?:cardio|exercise|running|workouts?|training|gym|the gym|treadmill|spin))',
  'self (?:harm|harming|injury|injure)', 'selfharm', 'myself (?:until|till|til) (?:i |it )?bleed', 'slit (?:my )?wrists?', '(?:cut|cutting|slash|slashing) my (?:wrists?|arms?|thighs?)',
  // Not "overdosed on chocolate at easter": an overdose of a food is a figure of speech.
  `overdos(?:e|ed|ing)(?! on (?!(?:my |the |a |some |all )?${PILLS}))`, 'od (?:on|tonight)',
  `took (?:a lot of|loads of|all (?:my|of my|the)|a whole (?:bottle|pack|box|packet) of) ${PILLS}`,
  `(?:bottle|pack|box|packet|handful|stash) of ${PILLS} (?:in front of me|next to me|in my hand|ready|right here)`, `${PILLS} (?:are )?(?:ready|lined up)`,
  `(?:take|taking|swallow|swallowing) (?:all (?:my|of my|the|these|those) ${PILLS}|(?:my |the )?${PILLS} all at once)`, `${PILLS}(?: \\w+){0,8} (?:take|taking|swallow|swallowing) them all`,
  '(?:cant|cannot) go on', '(?:cant|cannot) (?:keep going|carry on|do this|take (?:it|this)|cope)(?: like this)? (?:anymore|any more|much longer)', '(?:cant|cannot) keep going like this',
  '(?:dont|do not) want to (?:live|be alive|wake up|be here anymore|be here any more|exist)', 'not want to (?:be alive|live)', '(?:dont|do not) deserve to (?:live|be alive|be here|exist)',
  'deserve to (?:die|be dead)',
  // Not being there as a relief to others or to oneself, and the plans and means of it.
  '(?:happier|better|easier) (?:\\w+ ){0,3}if i (?:just )?(?:wasnt|was not|werent|were not|was|were) (?:around|here|alive|dead|gone)', '(?:happier|better off|easier) (?:\\w+ ){0,3}if i (?:just )?(?:died|disappeared)',
  'if i (?:just )?(?:wasnt|werent) (?:around|here|alive) anymore', 'if i died(?: \\w+){0,4} (?:nobody|no one|noone|would(?:nt)? (?:care|notice|matter))',
  'giv(?:e|ing) up on (?:life|living)', 'giving up on everything(?= even| and everyone|$)', '(?:about|of) (?:not|never) waking up', '(?:hope|wish) i (?:dont|do not|never|wont) wake up', 'not wak(?:e|ing) up (?:again|anymore)',
  '(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up', 'sleep forever', 'never wake up again',
  '(?:plan|planning|ready) to end (?:it|things|everything|my life)(?! with| here| now| there)', 'end things (?:tonight|today|this weekend|soon|for good)',
  'wont be (?:around|here) (?:much longer|for long|anymore|next week|tomorrow)', 'this is (?:my )?(?:last message|goodbye)', 'goodbye (?:forever|everyone|world|cruel world)',
  '(?:suicide|goodbye) (?:note|letter)', '(?:wrote|written|writing|left) (?:a |my )?(?:note|letter)(?= for my family| to my family| to everyone|$)',
  'cut again (?:last night|today|yesterday|this morning|tonight|this week)', 'relapsed (?:and|with|into) (?:cutting|self harm|hurting)', 'kms',
  // "I'd rather die than give up coffee" is a figure of speech; "rather be dead than fat" is not.
  '(?:rather|better) (?:be )?dead(?! than (?:give|giving|eat|eating|pay|paying|cook|cooking|go|going|do|doing|skip|miss))',
  'id rather die(?! than (?:give|giving|eat|eating|pay|paying|cook|cooking|go|going|do|doing|skip|miss))',
  '(?:point|reason) (?:of|in|to|for) (?:anything|everything|it all|any of it) anymore',
  'want (?:it all|everything|my life|the thoughts|the voices) to (?:stop|end)',
  '(?:im|i am|feel like (?:im|i am)) (?:such |just |only )?a burden', 'burden (?:to|on) (?:everyone|everybody|my family|them|people|the people)',
  'jump(?:ing)? (?:off|from|in front of) (?:a |the |my |that )?(?:\\w+ )?(?:bridge|roof|building|train|balcony|cliff|car|bus|truck|lorry)',
  '(?:step|stepping|walk|walking) in front of (?:a |the )?(?:train|bus|car|truck|lorry)', 'hang(?:ing)? myself', 'noose', 'drown(?:ing)? myself',
  '(?:drive|driving|crash|crashing) (?:my car )?(?:into|off) (?:a |the )?(?:wall|tree|cliff|bridge|river|lorry|truck)', 'crash my car on purpose',
  '(?:stockpil|hoard|sav)(?:e|ed|ing) (?:up )?(?:my |the |all my )?(?:\\w+ )?(?:pills|meds|tablets|painkillers)',
  '(?:holding|got|have) (?:a |the )?(?:razor|blade|knife)(?= right now| in my hand| to my)', '(?:razor|blade|knife)(?: \\w+){0,6} (?:on|to|against) myself', 'use it on myself',
  // Someone else's crisis now still needs a person: "my friend says she's going to kill herself".
  '(?:going|gonna|wants?|wanting|trying|threatening|talking about|talks about|thinking about|thinks about) (?:to )?(?:kill(?:ing)? (?:herself|himself|themselves|themself)|end(?:ing)? (?:her|his|their) (?:own )?life)',
);

export const EATING_DISORDER = phrases(
  'anorexi(?:a|c)', 'bulimi(?:a|c)', 'binge eating disorder', 'eating disorders?', 'disordered eating', 'orthorexi(?:a|c)', 'arfid',
  '(?:make|made|making) myself (?:throw up|sick|vomit|puke)', '(?:throw|throwing|threw) up after (?:i eat|eating|meals?|dinner|lunch|breakfast|food|every meal)',
  'purg(?:e|es|ed|ing)', 'laxatives?', 'starv(?:e|ing) myself(?! of sleep)', 'not eat(?:ing)? (?:for|in) days',
  '(?:fingers?|toothbrush) down my throat', 'get rid of (?:my food|the food|food|what i (?:eat|ate|just ate)|everything i (?:eat|ate)|my meals?)',
  '(?:havent|have not|hasnt|not|barely) (?:eaten|had (?:a |any )?(?:proper |real |solid )?(?:meal|food|anything)) (?:in|for) (?:\\d+|a|two|three|four|five|six|seven|several|a few|days|weeks)',
  `(?:dont|do not|wont|didnt|did not|stop|not) eat(?:ing)? (?:anything )?(?:for|in) (?:${NUMBER_WORD}|the next) (?:days?|weeks?)`, 'skip eating (?:for |the )?(?:whole |entire )?(?:next )?(?:day|days)',
  'fast(?:ing)? for days', `(?:water )?fast(?:ing|ed)? for (?:${NUMBER_WORD}) (?:days|weeks|week)`, 'binge (?:and|then) (?:then )?(?:fast|purge|starve|throw up)',
  '(?:binge|binged|binging|bingeing|eat|ate|stuff myself) until (?:i )?(?:feel |felt |am |im |i am |get )?(?:sick|ill|in pain|i throw up|i vomit)',
  '(?:feel|felt|feeling) (?:so |really )?(?:disgusting|gross|guilty|ashamed|disgusted) (?:after|when|whenever) (?:i eat|eating|every meal|each meal|meals|food|i have eaten)',
  'hate (?:myself|my body) (?:when|after|for) (?:i eat|eating)', '(?:thin|skinny) enough', 'want to be (?:even )?thinner', 'thinner and thinner',
  // Underweight already, and wanting less: "I'm already underweight but I need to lose more".
  '(?:already |really |very |too |so )?(?:underweight|thin|skinny)(?: \\w+){0,5} (?:but|and|yet) (?:i )?(?:still )?(?:want|need|have|wanna|got) to (?:lose|be thinner|drop|get thinner|get smaller|go lower)',
  'underweight(?: \\w+){0,6} (?:lose|losing|drop|thinner|lower)', 'can see my (?:ribs|bones|hip ?bones|spine)(?: \\w+){0,4} (?:but|and|yet)',
  'bmi (?:is |of |at |was |around |about )?(?:1[0-7]|[5-9])(?= |$)', 'bmi (?:\\w+ ){0,2}1[0-8](?: \\d)?(?: \\w+){0,6} (?:lower|lose|drop|less|down)',
  '(?:afraid|scared|terrified) (?:of|to) (?:eat|eating|food|gaining)', '(?:in|from) recovery from (?:an )?(?:eating disorder|anorexia|bulimia|ed)',
  'ed recovery', 'eat nothing at all', '(?:want|wanna|trying|try) to (?:eat nothing|stop eating|not eat at all)',
  '(?:throw|throwing|threw) up (?:when|whenever|after|if|every time) (?:i )?(?:eat|ate|eating|overeat)', 'binge (?:and|then) (?:then )?(?:i )?(?:dont|do not|wont) eat',
  '(?:\\w+ )?days without (?:eating|food)',
  // A target weight far too low for an adult.
  '(?:get|getting|go|down|weigh|reach|hit|be|under|below) (?:down )?to (?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos|kilograms)', '(?:want|need|trying|going) to (?:be|weigh) (?:only )?(?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos|kilograms)',
  '(?:get|getting|go|down|weigh|reach|hit|be|under|below) (?:down )?to (?:[5-9]\\d) ?(?:lb|lbs|pounds)', '(?:want|need|trying|going) to (?:be|weigh) (?:only )?(?:[5-9]\\d) ?(?:lb|lbs|pounds)',
  '(?:says|say|tells me|tell me|think) (?:im|i am) (?:too thin|too skinny)',
  'chew (?:\\w+ ){0,3}(?:and|then) spit', 'diet pills', 'appetite suppressants?', 'skip(?:ping)? (?:all )?(?:my )?meals on purpose',
  // Food that must be earned, allowed or hidden; restriction and compensation.
  '(?:dont|do not) deserve (?:to eat|food)', 'earn (?:my|the|every) (?:food|meals?|dinner|lunch|calories|bite)', '(?:let|allow) myself (?:to )?(?:eat|have)(?: \\w+){0,3} (?:a day|every|once|only)',
  'only (?:let|allow) myself', 'not allowed to eat', 'hide (?:my )?food', 'eat in secret', 'secretly eat', 'weigh myself (?:\\d+|ten|five|six|several|many|so many|like \\d+) times a day',
  'periods? (?:\\w+ ){0,2}stopped (?:since|because|from|after) (?:i )?(?:started )?(?:dieting|restricting|losing|eating less|not eating|cutting)',
  '(?:im|i am|been|started|start|keep|back to|was) restricting(?= again|$| and| so| but| every| my food| food| everything)', 'restrict(?:ing|ed)? (?:again|my food|my eating|food|everything)',
  '(?:panic|freak out|spiral) (?:if|when|whenever) (?:i )?(?:go over|eat|ate|gain)', 'eat (?:\\w+ ){0,6}every (?:two|2|three|3|other|few) days',
  'only eat (?:an apple|a banana|fruit|lettuce|a yoghurt|a yogurt|soup|crackers|rice cakes|one apple)(?: \\w+){0,2} (?:a day|all day|per day)',
  '(?:burn|burning|work|working|run|running|exercise|exercising) off (?:everything|every calorie|all|what|whatever) (?:i )?(?:eat|ate|have eaten)',
  '(?:to|so i can|so i) make up for (?:what|everything|whatever|each|every) (?:bite|meal|calorie|i (?:eat|ate))',
  '(?:live|living|survive|surviving) on (?:black )?(?:coffee|water|diet coke|cigarettes|gum)', '(?:instead of|rather than|so i (?:dont|do not|wont)) (?:have to )?eat(?:ing)?(?= $| at all| anything| food)',
  '(?:stop|not) feel(?:ing)? hungry so i (?:dont|do not|wont|can skip)', 'do anything to (?:lose|be thin|get thin|be skinny)',
  '(?:punish|punishing|burn it off|make up for it) (?:myself )?with (?:\\w+ ){0,4}(?:cardio|exercise|running|workouts?|training|treadmill|spin)',
  '[1-9]\\d{0,2} (?:calories|cals|kcal)(?: a| per| each)? day', '(?:eat|eating|ate|have|allow myself|limit myself to|under|only) (?:only |just |about |around |under |less than )?(?:[1-6]\\d{2}|[1-9]\\d) (?:calories|cals|kcal)',
  'eat (?:nothing|almost nothing) (?:all day|for days)',
);

export const PREGNANCY = phrases(
  'pregnant(?! pause| with (?:ideas|possibilities|meaning|anticipation))', 'pregnancy', 'gestational', `${NUMBER_WORD} (?:weeks?|months?) (?:along|gone)`, 'weeks pregnant',
  'preggers', 'preggo', 'preggy', 'knocked up', 'up the duff', 'eating for two', 'morning sickness', 'hyperemesis',
  '(?:found out|just learned|turns out|it turns out) (?:that )?(?:im|i am|were|we are) expecting', 'expecting (?:a|my|our) (?:first |second |third )?(?:baby|child|little one|twins)', 'expecting twins', 'breast ?feeding', 'breast ?fe(?:e)?d', 'breastfeed',
  'nursing (?:my|a) (?:baby|newborn|son|daughter)', 'post ?partum', 'gave birth', 'just had (?:a|my|our) (?:baby|son|daughter|little one)(?!(?: \\w+){0,2} (?:years?|yrs) ago)',
  '(?:had|delivered) (?:a|my|our) (?:baby|son|daughter|little one|twins) (?:\\d+|a|one|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?) ago', '(?:had|delivered) (?:a|my|our) (?:baby|son|daughter|little one|twins) (?:last|this) (?:week|month)',
  'delivered (?:my|our) (?:baby|son|daughter|twins|little one)', 'newborn', '(?:c|cesarean|caesarean) section', 'cesarean', 'caesarean',
  'milk supply', 'breast milk', 'lactating', 'pumping (?:for|breast|milk)', '(?:my|the) (?:midwife|obgyn|ob gyn)', '(?:my|baby) bump(?! on| in the road)',
  '(?:trying|try|tried) (?:for a baby|for (?:our|a|another) (?:first|second|third|baby|child|one)|for another|to conceive|to get pregnant)', 'ttc', 'ivf', 'fertility (?:treatment|issues|problems)',
  '(?:first|second|third) trimester', 'trimester', 'baby is due', 'due date', `(?:im|i am|were|we are|baby is|babys|bub is) due (?:in|on|at the end of|early|late|this|next) (?:${MONTH}|${NUMBER_WORD} (?:weeks|months)|month|week)`,
  '(?:were|we are|im|i am) having a baby', 'expecting (?:our|my) (?:first|second|third|fourth|1st|2nd|3rd|4th)', '(?:im|i am) with child', '(?:im|i am|were|we are) expecting(?= again| in | baby| twins|$)',
  'baby (?:number \\w+ )?(?:is )?on the way', 'bun in the oven', 'positive (?:pregnancy )?test',
  'waters? (?:just )?(?:broke|broken|has broken|have broken)', 'baby (?:has |is )?(?:stopped|isnt|is not|hasnt|not) (?:moving|kicking)', 'contractions',
);

export const INJURY = phrases(
  `(?:torn|tore|tear|ruptured|pulled|strained|sprained|twisted|dislocated|broken|broke|fractured|fracture|injured|hurt|damaged|tweaked|popped|busted|bust|smashed|cracked|bruised|jammed|jarred|wrenched|blew out|blown out|messed up|screwed up|wrecked|hyperextended|separated) (?:my |a |the )?${BODY}`,
  `(?:did|done|doing) (?:my |a )?${BODY} in`, 'rolled (?:my |an )?(?:ankle|foot)', '(?:put|threw|throw|thrown|putting) (?:my )?(?:lower )?back out', 'my back (?:went|gave out|gave way|has gone|locked up|seized up)',
  '(?:acl|mcl|meniscus|ligament|achilles|rotator cuff|hamstring|labrum|cartilage) (?:tear|injury|rupture|surgery|reconstruction|repair|repaired)',
  'herniated', 'slipped dis[ck]', 'bulging dis[ck]', 'stress fracture', 'fractured?', 'concussion', 'sciatica', 'tendin?itis', 'tendinopathy', 'bursitis', 'whiplash',
  '(?:pinched|trapped) nerve', 'nerve damage', '(?:tennis|golfers) elbow', '(?:runners|jumpers) knee', 'shin splints', 'frozen shoulder', 'carpal tunnel', 'plantar fasciitis',
  // Not "injury-free", "no injuries", nor a physio who treats them.
  'injur(?:y|ies|ed)(?! free)(?<!(?:own|handle|treat|treating|prevent|preventing|avoid|avoiding|about|sports) injur(?:y|ies|ed))',
  `${BODY} (?:is |are |got |was |has been |keeps? )?(?:injured|swollen|dislocated|broken|fractured|giving way|gave way|gives way|giving out|gave out|buckling|bent the wrong way|out of (?:place|its socket))`,
  `(?:cant|cannot|can not|unable to|can barely) (?:put (?:any )?weight on|move|bend|straighten|lift|turn|raise) (?:my )?${BODY}`,
  '(?:can|could) barely walk', '(?:cant|cannot) walk', 'on crutches', 'in a (?:cast|boot|brace|splint|sling|neck brace)', 'pulled (?:a |my )?muscle',
  // Not "gastric bypass surgery 3 weeks ago": an operation on the stomach or heart is a medical matter.
  '(?:recovering from|had|having|need|after|post|waiting for) (?:a |an |my )?(?:(?!gastric|bypass|bariatric|sleeve|band|heart|bowel|weight|cancer|brain)\\w+ )?(?:surgery|operation)',
  `(?:surgery|operation) on my ${BODY}`, `had (?:my )?${BODY} (?:repaired|reconstructed|operated on|pinned|fixed|scoped)`, '(?:knee|hip|shoulder) replacement',
  '(?<!(?:gastric|bypass|bariatric|sleeve|band|heart|bowel|loss|cancer|brain) )(?:surgery|operation) (?:last|this|a few|two|three|\\d+) (?:week|weeks|month|months|days?)', 'in a sling', 'hit my head', 'seeing double',
  '(?:have|got|with|ive got) a bad (?:back|knee|shoulder|hip|ankle|neck)',
  // Falls and crashes, not "fell off the wagon".
  'i (?:just )?fell (?:over|down|off (?:a |my |the )?(?:ladder|bike|horse|roof|wall|stairs|chair|bed|stage|treadmill|scooter|skateboard)|down the stairs|on the ice|on my|and (?:hurt|hit|broke|landed|cant))',
  'since i fell(?! off the wagon| behind| asleep| in love| for| out)', 'had a (?:bad |nasty )?fall', 'took a (?:bad |nasty )?fall', 'car (?:crash|accident)', 'crashed my (?:car|bike|motorbike)',
  '(?:hit|knocked) (?:off my bike )?by a (?:car|bus|truck|van)', 'knocked off my bike', '(?:got|was|been) knocked (?:out|unconscious)', 'knocked myself out',
);

export const MEDICAL = phrases(
  'diabet(?:es|ic)', 'prediabet(?:es|ic)', 'type (?:1|one|2|two)(?= diabet| d)', 't1d', 't2d', 'insulin', 'kidneys?(?! beans?)', 'dialysis', 'renal',
  'liver (?:disease|failure|problems?|enzymes|function|damage)', 'fatty liver', 'cirrhosis',
  // "the price nearly gave me a heart attack" is a figure of speech.
  '(?<!(?:gave|give|giving|gives) me (?:a )?)heart (?:condition|disease|problems?|failure|attack|surgery|murmur|issues?|skips|skipping|flutters|fluttering)',
  'arrhythmia', 'afib', 'atrial fibrillation', 'palpitations', 'pacemaker', 'stents?', '(?:triple|double|quadruple|heart) bypass', 'angina', 'had a (?:mini )?stroke', 'mini stroke', 'tia',
  '(?:high|low) blood pressure', 'blood pressure (?:is )?(?:through the roof|sky high|really high|too high|dangerously)', 'hypertension', 'high cholesterol', 'cancer', 'chemo(?:therapy)?',
  'radiotherapy', 'tumou?r', 'remission', 'epilep(?:sy|tic)', 'seizures?', 'pcos', 'polycystic', '(?:under|over) ?active thyroid', 'hypothyroid(?:ism)?',
  'hyperthyroid(?:ism)?', 'thyroid (?:condition|problems?|issues?|disease)', 'hashimotos?', 'crohns?', 'colitis', 'ibs', 'irritable bowel', 'diverticulitis',
  'celiac', 'coeliac', 'gout', 'lupus', 'multiple sclerosis', 'fibromyalgia', 'chronic fatigue', 'autoimmune', '(?:rheumatoid |psoriatic |osteo ?)?arthritis', 'osteoporosis', 'osteopenia',
  'asthma', 'copd', 'emphysema', 'sleep apn(?:o)?ea', 'ana?emi(?:a|c)', 'hiv', 'hepatitis', 'pancreatitis', 'gallbladder', 'gallstones', 'stoma', 'colostomy', 'ileostomy', 'transplant',
  'cystic fibrosis', 'sickle cell', 'ha?emophilia', 'parkinsons', 'stomach ulcers?', 'a1c', 'hba1c', '(?:my|blood) sugars', '(?:blood )?(?:sugar|glucose) levels?',
  '(?:cardiologist|oncologist|endocrinologist|nephrologist|gastroenterologist|hepatologist|rheumatologist)',
  'blood thinners?', 'warfarin', 'metformin', 'ozempic', 'wegovy', 'mounjaro', 'zepbound', 'rybelsus', 'semaglutide', 'tirzepatide', 'saxenda', 'victoza', 'trulicity', 'jardiance', 'januvia', 'lithium',
  // Medicines by their families' endings: lisinopril, atenolol, atorvastatin, losartan, sitagliptin, empagliflozin.
  '\\w{3,}(?:pril|olol|statin|sartan|gliptin|gliflozin|glutide|azepam|oxetine|pramine|prazole)', 'statins?', 'beta blockers?', 'water pills?', 'diuretics?',
  'levothyroxine', 'thyroxine', 'prednison(?:e|olone)', 'prednisolone', 'steroids', 'sertraline', 'citalopram', 'escitalopram', 'prozac', 'zoloft', 'lexapro', 'wellbutrin', 'bupropion',
  'venlafaxine', 'mirtazapine', 'antidepressants?', 'ssris?', 'antipsychotics?', 'quetiapine', 'olanzapine', 'seroquel', 'eliquis', 'xarelto', 'apixaban', 'rivaroxaban', 'clopidogrel',
  'methotrexate', 'humira', 'immunosuppressants?', 'orlistat', 'phentermine', 'insulin pump', 'dexcom',
  '(?:on|taking|take|prescribed) (?:any |some |my |a |regular )?(?:medication|medications|meds|prescription|prescriptions|insulin|steroids|tablets for|pills for)',
  'medication for', '(?:tablets|pills|meds) for my', 'allergic reactions?', 'blood sugar (?:is |of |at |was )?(?:\\d+|low|high|dropping|crashing|all over)', 'anaphyla(?:xis|ctic)', 'epipen', 'severe(?:ly)? (?:\\w+ )?allerg(?:y|ies|ic)',
  'gastric (?:bypass|sleeve|band)', 'gastrectomy', 'lap band', 'bariatric', 'weight loss surgery', 'bowel (?:surgery|resection|cancer|disease)',
  '(?:ended up|was|been|landed) in (?:the )?(?:hospital|er|a and e|emergency)', 'hospitali[sz]ed', '(?:diagnosed with|clinical(?:ly)?|severe(?:ly)?) depress(?:ion|ed)',
);

/** Signs of immediate danger, whatever the kind: the reply points to emergency help first. */
export const URGENT = phrases(
  'chest pains?', '(?:pain|pressure|tightness|heaviness|crushing) in my chest', 'crushing (?:pain|chest)', 'chest (?:is |feels |felt |has been |getting |went )?(?:really |so |very )?(?:tight|heavy|crushing)',
  '(?:cant|cannot|can not) breathe', 'trouble breathing', 'struggling to breathe', '(?:cant|cannot) catch my breath(?= and| my heart|$)', 'asthma attack', 'lips (?:are |have )?(?:turning |gone |going )?(?:blue|purple)',
  'pass(?:ed|ing)? out', 'faint(?:ed|ing)', 'feel(?:ing)? faint', '(?:going to|gonna|about to|might|could) (?:faint|pass out|collapse|black out)', 'black(?:ed|ing)? out', '(?<!(?:on|onto|into) )i (?:just )?collapsed(?! (?:on|onto|into) )',
  'heart (?:is )?(?:racing|pounding)', 'having a (?:seizure|stroke|heart attack)', 'numb(?:ness)? in my (?:arm|face)', '(?:left )?arm (?:is |has |went |feels |keeps )?(?:gone |going )?(?:numb|tingly|tingling|dead)',
  'cant feel my (?:arm|arms|legs?|face|hands?|feet|side)', '(?:face is |face )drooping', 'drooping on one side', 'slurr(?:ed|ing)', 'words are coming out wrong', 'one side of my (?:face|body)',
  'having an? (?:allergic reaction|anaphylactic)', 'throat (?:feels |is )?(?:tight|closing|swelling|swollen)', 'swelling (?:up )?fast',
  // Not "my wallet is bleeding" or "a bleeding heart".
  '(?<!(?:wallet|bank|account|pocket|pockets|money|eyes|ears) (?:is |are )?)bleeding(?! money| cash| heart| edge| me dry)', 'blood everywhere', 'wont stop bleeding', '(?:vomiting|coughing up|throwing up) blood', 'blood in my (?:stool|urine|poo|pee|vomit)',
  'seeing double', 'hit my head', '(?:lips|tongue|face|throat|mouth|eyes) (?:is |are |keep |started )?(?:swelling|swollen|puffing up|tingling)', 'bone (?:is )?sticking out', 'bent the wrong way',
  'heard (?:it|something) (?:snap|crack|pop)', '(?:cant|cannot) move my (?:leg|legs|arm|arms|neck|body)', 'knocked (?:out|unconscious)',
  'worst headache', 'sudden (?:severe |bad )?headache', 'dizzy and (?:confused|disoriented|shaking|shaky|faint)', '(?:confused|disoriented) and (?:dizzy|shaking|shaky)',
  // A blood sugar far too low (in mg/dL or mmol/L, "2.8" read as "2 8") or far too high.
  '(?:blood )?(?:sugar|glucose|bg|bgl)(?: (?!intake|cravings?|grams)\\w+){0,3} (?:is|of|at|was|says|reads|shows|showing|read|to) (?:only |just |about )?(?:[1-5]\\d|[1-3] \\d|[3-9]\\d\\d)(?= |$)(?! ?(?:g|grams|gr|teaspoons|tsp|a day|per day))',
  'blood sugar (?:is |of |at )?(?:very low|really low|crashing|dropping)',
  `(?:took|taken|swallowed) (?:way |far |a few |two |a couple )?too (?:many|much) (?:of )?(?:my )?(?:\\w+ ){0,3}(?:pills|tablets|meds|medication|insulin|paracetamol|ibuprofen)`,
);

/** In a pregnancy, signs that need a midwife or emergency help now. */
export const URGENT_IN_PREGNANCY = phrases(
  'bleeding', 'spotting', 'cramps', 'cramping', 'contractions', 'waters? (?:just )?(?:broke|broken|has broken|have broken)', 'baby (?:has |is )?(?:stopped|isnt|is not|hasnt|not) (?:moving|kicking)',
  'blurr(?:y|ed) vision', 'vision (?:is |went |has gone |goes )?(?:blurry|blurred|dark|funny)', 'seeing spots', '(?:severe|terrible|awful|really bad|bad|worst|pounding) (?:headache|migraine)',
  'face (?:is )?(?:swelling|swollen|puffy)', 'hands (?:and face )?(?:are )?(?:swelling|swollen|puffy)',
);

/** Injured just now: an hour ago, right now, "I just fell". */
export const URGENT_INJURY_NOW = phrases(
  'just now', 'right now', '(?:an|one|two|\\d+) hours?(?: ago)?', 'for hours', 'i just (?:fell|broke|dislocated|did|hurt|twisted|snapped|heard|crashed|hit|landed|tore)',
);

/** The water's under the bridge: "sprained my ankle last summer but it's totally fine now". */
export const HEALED = phrases(
  '(?:fully |totally |completely |all )(?:healed|recovered)', 'healed (?:now|up|fine|well)', '(?:its|it is|im|i am|all|been|totally|completely) (?:fine|good|ok|okay|better|sorted) (?:now|since|for ages|for years|these days)',
  '(?:totally|completely|perfectly) fine now', 'been fine for', 'no longer (?:a problem|an issue|hurts|bothers me)', '(?:doesnt|does not) (?:hurt|bother me) (?:anymore|now)',
);
export const STILL = phrases('still', 'again', 'flares? up', 'keeps', 'recurring', 'comes back');

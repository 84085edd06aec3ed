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
import { CONDITION_ENDINGS, CONDITION_NAMES, INJURY_NAMES, MEDICINE_NAMES, NOT_CONDITIONS } from './safety-names.ts';

const BODY = '(?:left |right |lower |upper |middle )?(?:acl|mcl|pcl|meniscus|ligaments?|tendons?|cartilage|labrum|achilles|hamstrings?|groin|calf|calves|quads?|glutes?|biceps?|triceps?|pecs?|rotator cuff|shoulders?|knees?|ankles?|wrists?|back|neck|hips?|elbows?|arms?|legs?|foot|feet|hands?|fingers?|toes?|ribs?|collarbone|spine|dis[ck]|pelvis|knee cap|kneecap|shins?|thumb|jaw|nose|tailbone|coccyx|head|skull|muscles?)';
const PILLS = '(?:\\w+ )?(?:pills|tablets|meds|medication|painkillers|pain killers|paracetamol|tylenol|ibuprofen|insulin|antidepressants|codeine|opioids|oxys?|benzos|xanax|sertraline|citalopram|fluoxetine|prozac|zoloft|diazepam|valium|zopiclone|sleeping pills|amitriptyline|propranolol|aspirin|co codamol|cocodamol|naproxen|lithium|quetiapine|tramadol)';
const NUMBER_WORD = '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|a couple of)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|the spring|the summer|the autumn|the fall|the winter|spring|summer|autumn|winter)';

/**
 * Words as people type them in a hurry, read as the word they mean before any family is tried: dropped
 * letters ("kil", "dnt", "havnt"), a dropped g ("thinkin", "endin") and text speak ("b", "bout").
 */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  kil: 'kill', kilin: 'killing', killin: 'killing', dnt: 'dont', wnt: 'want', wana: 'wanna', b: 'be', bout: 'about', abt: 'about',
  thinkin: 'thinking', endin: 'ending', cuttin: 'cutting', hurtin: 'hurting', tryin: 'trying', goin: 'going', feelin: 'feeling', livin: 'living',
  starvin: 'starving', purgin: 'purging', eatin: 'eating', takin: 'taking', havin: 'having', throwin: 'throwing', bingin: 'binging', dyin: 'dying',
  havnt: 'havent', hvnt: 'havent', havet: 'havent', hav: 'have', cnt: 'cant', cud: 'could', wud: 'would', wen: 'when', nite: 'night', tonite: 'tonight',
  ded: 'dead', anymor: 'anymore', anymroe: 'anymore', myslef: 'myself', mysefl: 'myself', mysef: 'myself', prenant: 'pregnant', pegnant: 'pregnant', prgnant: 'pregnant',
  pregnet: 'pregnant', pils: 'pills', tabs: 'tablets', breth: 'breath', diabetis: 'diabetes', diabeties: 'diabetes',
  diabeetus: 'diabetes', diabetus: 'diabetes', diebetes: 'diabetes', diabtes: 'diabetes', diabetik: 'diabetic', cholestrol: 'cholesterol',
  cholesteral: 'cholesterol', colesterol: 'cholesterol', hight: 'high', presure: 'pressure', preasure: 'pressure', pressur: 'pressure', thyriod: 'thyroid',
  epilepsey: 'epilepsy', epilepsie: 'epilepsy', asma: 'asthma', asthama: 'asthma', prego: 'preggo', preggars: 'preggers', siucidal: 'suicidal', sucidal: 'suicidal',
  laxies: 'laxatives', laxitives: 'laxatives', insluin: 'insulin', metformen: 'metformin', metforman: 'metformin', ozempik: 'ozempic', ozempick: 'ozempic', warferin: 'warfarin', warfrin: 'warfarin',
  murmer: 'murmur', dissapear: 'disappear', dissappear: 'disappear', disapear: 'disappear', jus: 'just', suicde: 'suicide', sucide: 'suicide', astma: 'asthma', chuck: 'throw', chucked: 'threw', chucking: 'throwing', asthmatik: 'asthmatic', insolin: 'insulin', seizers: 'seizures', seisures: 'seizures', epileptik: 'epileptic', inslin: 'insulin', medecine: 'medicine',
}));

/** "that last set made me want to die": a workout, a price or a salad said to make one want to die is a figure of speech. */
const HYPERBOLE = '(?<!(?:set|sets|workout|class|run|session|burpees|squats|leg day|hill|hills|sprints|diet|price|prices|bill|song|show|film|movie|meeting|traffic|commute|queue|exam|lesson|salad|kale|recipe|menu) (?:\\w+ )?(?:made|makes|make|making) me )' +
  // "ate so much at Christmas I wanted to die", "that HIIT class was brutal, I wanted to die": said of a meal or a workout just described.
  '(?<!(?:ate|eaten|eat) so much(?: \\w+){0,3} (?:i |that i ))' +
  '(?<!(?:class|workout|session|hiit|run|leg day|burpees|spin|squats|sprints|circuit|bootcamp|set) (?:was|is|were) (?:so |really |absolutely |pure )?\\w+ (?:i |and i |i literally |i actually |i honestly ))';

/** A wish, a thought or a plan... */
const WISH = '(?:want|wanted|wanna|wish|wished|thinking|think|thoughts|planning|plan|ready|easier|better|rather|hope|hoping|tempted|urges?|decided)(?<!(?:embarrassed|mortified|humiliated|awkward|cringey) (?:(?:i|so|and|that|just) ){0,3}\\w+)';
/** ...a few words before not being alive any more. */
const NOT_ALIVE = '(?:not (?:be|being) (?:here|around|alive)|stop (?:waking up(?! at| in the| during| early| hungry| to)|living|existing(?! as| like| on| in)|breathing|being (?:alive|here|around))|never (?:been born|be born|wake up|woken up|waking up)|not wak(?:e|ing) up|be dead|being dead|kill(?:ing)? myself(?<!without killing myself)|(?<!(?:going to|gonna|going) )die(?! (?:laughing|of|for|than|on|if|when|after|before|at|doing|trying))|end(?:ing)? (?:it all|my life|things|everything)(?! (?:with|here|there|off|for|on|about|sugary)))';

/** Self-harm by name, in full or in the short forms people type. */
const NAMED = [
  // British slang: "thinking about topping myself".
  '(?:top|topping|topped) myself',
  // Not "suicide sprints", a drill.
  '(?<!(?:class|workout|session|run|hill|hills|set|sprints|training|day|circuit|challenge|burpees|program|programme|routine|hike|climb|race|marathon|shift|week|schedule|diet|plan|commute) (?:was|is|were) )su?i?ci?d(?:e|al|le|el)(?! (?:sprints?|runs?|drills?|squats?|shuttles?|lines?|burpees?))', 'sewer ?slide',
  // Not "killing myself at the gym for nothing": overwork, a figure of speech.
  'kill(?:ing)? myself(?<!without killing myself)(?! (?:at the gym|at work|in the gym|working|trying|for (?:nothing|this|it)|over|with (?:work|training|cardio)))',
  'end(?:ing)? (?:my|it) (?:life|all)', 'end it all', 'ending it all', 'tak(?:e|ing|en) (?:my|her|his|their) (?:own )?life',
  'unaliv(?:e|ing)(?: myself)?', '(?:suicidal |sui )?ideation', '(?:having|had|have|my) si(?= again| thoughts| lately| urges| is)', 'self (?:harm|harming|injury|injure)', 'selfharm(?:ing)?', 'kms',
];

/** Wanting to die, or not to be alive, here or awake any more. */
const WISHES = [
  '(?:wish|wishing|hope|hoping|pray|praying)(?: that)? i (?:get|got|would get|could get|end up) (?:into |in )(?:an |a )?(?:accident|crash)(?= |$)',
  '(?:the pain|the hurt|it all|everything|my life) to (?:be over|stop|end|go away) (?:forever|for good|permanently|for ever)(?= |$)',
  // Worn out by living itself, not by a week: "I'm exhausted from being alive".
  '(?:tired|sick|exhausted|weary|worn out|drained) (?:of|from|by) (?:being alive|existing|living(?! (?:like|in|with|on|off|here|there|out)))(?= |$)',
  '(?:dont|do not|no longer|doesnt) (?:really |even )?care (?:what happens to me|if i (?:get hurt|die|live|make it))(?= anymore| any more|$)',
  'want (?:it all|everything|my life|life|the world) to (?:just |all )?(?:stop|end|be over)(?=$| now| please| forever| for good| permanently| already| i | and i| but i)',
  '(?:like )?(?:im|i am) (?:already )?(?:half ?way|half) (?:gone|dead)(?= |$)',
  // Drinking or sleeping until the end: "I'm going to drink until I don't wake up".
  'until i (?:dont|do not|never|wont|will not|cant) wake up(?= |$)(?! (?:hungry|early|late|at))',
  // "that HIIT class was brutal, I wanted to die" is a figure of speech, said after a workout.
  // Sleep wished on oneself with no coming back to it: "wish I could fall asleep and not deal with it ever again".
  '(?:wish|want|wanna|hope|like) (?:i could )?(?:to )?(?:just )?(?:fall asleep|go to sleep|sleep) and (?:never|not) (?:have to )?(?:deal with (?:it|anything|any of it|life|this)|face (?:it|anything|anyone|tomorrow|life|this)|come back)(?: ever)?(?: again)?(?= |$)',
  // Under the water, wishing not to come up: "hold my breath in the bath and wish I didn't come up".
  'wish(?:ed)? i (?:didnt|did not|wouldnt|would not|never) (?:come|came|have to come) (?:back )?up(?= |$)',
  // Asking whether it is worth going on, not whether a plan is: "wondering if it's worth carrying on".
  '(?:wonder|wondering|wondered|not sure|unsure|doubt|question|questioning)(?: \\w+){0,2} (?:if|whether) (?:its|it is|life is|its even|it is even|life is even|any of this is) (?:really )?worth (?:carrying on|going on|living|staying alive|being alive|keeping going|it anymore|it any more)(?! (?:with|the|this|a|my) )',
  `(?<!(?:dont|do not|never|not) )${HYPERBOLE}${WISH}(?: \\w+){0,4} (?:to )?${NOT_ALIVE}`,
  // Not "I don't want to die on the stairs every morning" (a reason to get fit), nor dying laughing.
  `(?<!(?:dont|do not|never|not) )${HYPERBOLE}wants? to die(?! (?:laughing|of (?:laughter|embarrassment|shame|boredom)))`, 'wanted to die(?<!(?:embarrassed|mortified|humiliated|awkward|cringey) (?:(?:i|so|and|that|just) ){0,3}wanted to die)(?<!(?:class|workout|session|hiit|run|leg day|burpees|spin|set|sets|squats|hill|hills|sprints|circuit|bootcamp)(?: \\w+){0,5} wanted to die)(?<!(?:ate|eaten|eat) so much(?: \\w+){0,3} (?:i |that i )wanted to die)', 'wanna die(?! (?:laughing|of|for|than|on|if|when|after|before|at|doing|trying))', 'wanting to die(?! (?:laughing|of|after|during))',
  'wish i (?:was|were) dead', 'wish i (?:wasnt|was not|werent|didnt|did not) (?:here|alive|born|exist)',
  '(?:want|wanna|wish|rather|like) (?:to )?(?:not|never) (?:be alive|be here|exist|wake up|live)',
  'wish i could (?:just )?(?:disappear|vanish|not exist|die|sleep forever)', 'disappear(?: and| then)? never (?:come back|return|be seen)',
  '(?:feel|felt|feeling) like dying(?= every day| all the time|most days| lately| these days| again)', 'might as well (?:be dead|die|not be here|kill myself)',
  '(?:had|have had|ive had) enough of (?:life|living|being alive|it all|everything)(?=$| i| and| now)',
  '(?:dont know|do not know|idk|not sure) why (?:im|i am) (?:still )?(?:alive|here|around|living)(?=$| honestly| anymore| tbh| to be honest| at all)',
  'done with everything(?=$| anymore| with life| and everyone| i cant)',
  '(?:dont|do not) (?:want|wanna) (?:to )?(?:live(?! (?:on|off|with|in|near|without|by) )|be alive|wake up(?! early| at| before| for| in time| so)|be here anymore|be here any more|exist(?! on| off| like| in| without))', 'not want to (?:be alive|live)',
  '(?:about|of) (?:not|never) waking up', '(?:hope|wish|wishing|pray|praying|hoping) (?:every night |each night |at night )?(?:that )?i (?:just )?(?:dont|do not|never|wont|will not|wouldnt|would not|didnt) wake up(?! (?:hungry|early|late|tired|with|at|in|before|sore|feeling|starving))', '(?:just )?(?:stopped|stop) existing(?! as| like| on| in)',
  '(?:picturing|imagining|planning|thinking about) my (?:own )?funeral', '(?:fantasi[sz]e|fantasi[sz]ing|daydream|daydreaming|dream|dreaming) (?:about|of) (?:dying(?! (?:my |the |her |his )?hair)|death|my (?:own )?death|being dead|killing myself|not waking up|my (?:own )?funeral)', 'no point (?:anymore|any more)(?=$)', 'not wak(?:e|ing) up (?:again|anymore)',
  '(?:sleep|go to sleep|fall asleep)(?: tonight| forever)? and (?:never|not) wake up(?! (?:at|early|hungry|in the night|during|before|with))', '(?:not|never) (?:have to )?(?:wake|waking) up(?: ever)? again',
  '(?:log|check|opt|sign|bow) out of (?:life|living|this life|existence|this world)', '(?:after|once) (?:im|i am) gone(?=$| anyway| and| so| i | you)',
  '(?:point|bother|why)(?: \\w+){0,4} (?:when|if|since) i (?:wont|will not|might not|may not) (?:be (?:here|around|alive)|make it)',
  '(?:tried|try|trying|attempted) to (?:end (?:it|things|it all|my life|everything)|kill myself|take my (?:own )?life)(?= |$)(?! with| off)', 'be dead(?: \\w+){0,3} anyway(?= |$)',
  '(?:thinking (?:of|about)|might|going to|gonna|scared (?:ill|i will|i might)|worried (?:ill|i will|i might)|afraid (?:ill|i will|i might)|want to|tempted to) (?:do|doing) something (?:silly|stupid|drastic|dangerous)(?=$| tonight| to myself| again)',
  '(?:at|reached|reaching) the end of my (?:rope|tether)(?! with| trying| about| at work)',
  '(?:thinking (?:of|about)|want to|tempted to|going to|gonna) (?:just )?(?:take|taking) the (?:easy|quick|only) way out(?!(?: \\w+){0,3} (?:meal|plan|shake|diet|order|buy|takeaway))',
  '(?:thoughts|urges|images) (?:about|of) (?:jumping|hurting myself|harming myself|crashing my car|overdosing|cutting myself|not being here|ending it)(?= |$)', 'sleep forever(?! this| on (?:sunday|saturday|the weekend)| lol| haha)', 'never wake up again',
  '(?:dont|do not|never) (?:even |really |honestly |just )?(?:want|wanna) (?:to )?be (?:here|around|alive)(?= anymore| any more| much longer| for long| tomorrow|$)',
  '(?:tired|sick) of (?:living(?! (?:off|on|like|in|with|out|at))|being alive|life|existing|being here|being me(?! (?:on|at|without|when i look|in the mirror|in photos|in pictures)))', '(?:tired|sick|weary)(?: \\w+){1,5} of (?:being alive|existing|living(?! (?:like|in|with|on|off|here|there)))(?= |$)', 'tired of fighting(?=$| anymore| for my life| to stay alive| to live)',
  '(?:ive got|i have|theres|i got) nothing left(?=$| to give| in me| to live for| anymore)', '(?:want|wanna) to be alive (?:anymore|any more)', 'not sure (?:i )?(?:want|wanna) to (?:be alive|live|be here|be around(?= anymore| any more|$| much longer)|go on)', '(?:dont|do not|cant|cannot) see the point (?:of|in) me(?= |$)(?! (?:doing|trying|cooking|eating|going))',
  '(?:id|i would|i d) (?:be )?(?:happier|better|better off|easier) dead', '(?:planning|planned|plan|plotting) my (?:exit|way out|departure|own death|suicide)(?! from| strategy for| at)',
  '(?:worked out|planned|decided|figured out)(?: \\w+){0,3} (?:how and when|when and how)(?=$)', '(?:the|my|suicide|goodbye) note (?:is|s) (?:written|done|ready|finished)(?=$| and (?:i|its)| so)',
  'pretend(?:ing)? (?:\\w+ ){0,3}(?:be alive|being alive|to live|living)(?= |$)', '(?:thoughts|thinking)(?: \\w+){0,6} about ending (?:things|it|it all|my life)(?= |$)(?! with)',
  '(?:want|wanna|need|urge) to (?:hurt|harm) (?:outside|on the outside|physically|my body)',
  '(?:noise|voices|thoughts|pain|hurt|hurting|everything|it all|world|my head|my mind|feelings|feeling)(?: in my (?:head|mind))? to (?:stop|end) (?:for good|forever|permanently)',
  '(?:hates|hate) me(?: \\w+){0,3} (?:i should|better if i) (?:just )?(?:go|leave|disappear|die)(?=$)', 'hate being alive', '(?:my life is|life is) (?:so |completely |totally )?worthless(?! without)', '(?:im|i am|feel like) (?:a |such a |just a )waste of (?:space|oxygen|air|skin|life)',
  '(?:care|notice|matter|miss me)(?: \\w+){0,2} if (?:i (?:died|die|was dead|were dead|was gone|were gone|disappeared|killed myself|lived or died|live or die|am alive|was alive|were alive)|im (?:alive|dead|gone))(?= |$)(?! (?:or not|tomorrow at|trying|doing))',
  '(?:living|life|being alive|existing) (?:hurts too much|is unbearable|is torture|is too painful|hurts so much)', 'want out of (?:this|my) life', 'done with (?:life|living|it all)(?! (?:of|on|in|as a|with|eating))',
  '(?:so|just|completely|totally) done with everything',
  '(?:dont|do not|doesnt|does not|stopped|no longer|barely) (?:really |even )?(?:care|caring|matter) (?:anymore )?(?:if|whether) i (?:live|die|wake up|am alive|exist)(?! (?:trying|doing|in the|at the))',
  '(?:disappear|vanish)(?:ing)? (?:forever|for good|permanently)', '(?:just )?waiting to die(?! of| laughing| for)', 'should (?:just )?(?:die|be dead|not be (?:here|alive))(?= |$)(?! (?:of|laughing|from))',
  '(?:dont|do not|cant|cannot) (?:really |even |honestly )?(?:see|picture|imagine) myself (?:being |still )?(?:alive|here|around)(?! for| at| in the)',
  // Not lasting to a date: "I don't see myself making it to Christmas", not making it to the gym at Christmas.
  '(?:dont|do not|cant|cannot) (?:really |even |honestly )?(?:see|picture|imagine) myself (?:making it|lasting|surviving|getting) (?:to|until|till|past|through) (?:christmas|new year|my birthday|the summer|summer|next (?:year|month|week)|the end of (?:the|this) (?:year|month|week)|(?:the )?spring|winter|\d+|another (?:year|month|week))(?= |$)(?! (?:at|on) (?:the )?(?:gym|diet|plan))',
  // Not caring whether they wake: "might not wake up tomorrow and that'd be ok", "wouldn't mind if I didn't wake up".
  'not wak(?:e|ing) up(?: \\w+){0,3} (?:and|which) (?:thatd|that would|that is|thats|id|i would|it would|itd)? ?(?:be )?(?:ok|okay|fine|alright|a relief|for the best)(?= |$)',
  '(?:wouldnt|would not|wont|will not|dont|do not) mind (?:if i (?:didnt|did not|never|dont|do not|wouldnt) wake up|if i (?:died|was gone|wasnt here|werent here)|not waking up|dying)(?= |$)(?! (?:of|on|at|in the gym|laughing))',
  '(?:wont|will not|not going to|not gonna) be (?:around|here|alive) to see (?:it|that|them|the (?:results|end|summer)|my (?:goal|birthday|kids grow up))(?= |$)',
  '(?:not sure|dont know if|doubt|dont think) (?:ill|i will|im going to|i am going to) (?:still be (?:here|around|alive)|be alive|be around (?:much longer|for long|anymore))',
  '(?:fall |go to )?(?:sleep|asleep) (?:forever|for good|and never wake)(?! this| on (?:sunday|saturday|the weekend)| lol| haha)',
  // Wishing an accident on oneself: "I keep wishing a car would hit me".
  '(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:a |the )?(?:car|bus|truck|train|lorry) (?:would |will |could )?(?:hit|hits|run me over|kill)',
  '(?:wish|wishing|hope|hoping|pray|praying)(?: that)? i (?:get|got|would get|could get) (?:hit|run over|killed)', '(?:lost|losing|no) (?:the |my )?will to (?:live|go on|carry on|keep going)', '(?:want|wanna|going) to disappear(?! into| under| in a| for (?:the|a|an)| to| behind| my| the| this| that| these| those| some| all)', 'just want to disappear',
  '(?:stop|cease to|not) exist(?:ing)?(?= anymore|$| forever)', 'i want out(?! of)', '(?:keep|go on|carry on) living like this',
  '(?:cant|cannot) go on',
  // Not wanting life to go on, whoever says it: "I don't want to carry on", "he doesn't want to live anymore".
  '(?:dont|do not|doesnt|does not|no longer) (?:really |even |honestly |just )?(?:want|wanna|wish) (?:to )?(?:live|go on|carry on|keep (?:living|going|on)|be alive|exist)(?=$| anymore| any more| like this| much longer| i | and| but| honestly| tbh)(?! like this (?:diet|plan))', 'i (?:just )?(?:cant|cannot) anymore(?=$)', '(?:cant|cannot) (?:keep going|carry on|do this|take (?:it|this)|cope)(?: like this)? (?:anymore|any more|much longer)',
  '(?:cant|cannot) keep going like this',
  // "I'd rather die than give up coffee" is a figure of speech; "rather be dead than fat" is not.
  '(?:rather|better|better off|better of|sooner) (?:be )?dead(?! than (?!(?:be|being|get|getting|stay|staying|feel|feeling|live|living) ))',
  'id (?:rather|sooner) die(?! (?:haha|lol|lmao|hahaha)(?= |$))(?! than (?!(?:be|being|get|getting|stay|staying|feel|feeling|live|living) ))',
  '(?:dont|do not) deserve to (?:live|be alive|be here|exist)', 'deserve to (?:die|be dead)', 'deserve to (?:be punished|suffer|be hurt)',
];

/** Ending it: the intent, the timing, the goodbye. */
const ENDING_IT = [
  // Ending it on a condition: "if this diet doesn't work I'm ending it".
  '(?:if|unless) (?:\\w+ ){1,5}(?:im|i am|ill|i will|im going to|i am going to) (?:end(?:ing)? it|kill(?:ing)? myself|end(?:ing)? my life|end(?:ing)? it all)(?=$| tonight| for good| i swear)',
  // A last message: "you won't hear from me again", "won't be needing the plan after tonight".
  '(?:you |anyone |nobody |no one )?(?:wont|will not|never) (?:ever )?hear from me (?:ever )?again(?= |$)(?! (?:until|till|for a|for the|before|after|this|next|unless|if|when|today|tonight))',
  '(?:wont|will not|dont|do not) (?:be )?need(?:ing)? (?:\\w+ ){1,3}(?:after tonight|after today|after this week)(?= |$)',
  // "tonight's the last night", said alone.
  '(?:tonights|todays|tonight is|today is) (?:my|the) last (?:night|day)(?=$| alive| on earth| ever)',
  // Affairs put in order: a will written and a pet given away.
  '(?:sorted|wrote|written|made|updated|finished|done|doing)(?: out)? my will(?: \\w+){0,4} (?:gave|given|giving|rehomed|rehoming|left)(?= |$)',
  // Not being here in a season to come: "I'm not planning on being here in the spring".
  '(?:not|dont|do not) (?:planning|plan|intending|expecting) (?:on |to )?(?:be|being) (?:here|around|alive) (?:in|by|at|for) (?:the )?(?:spring|summer|autumn|fall|winter|new year|christmas|my birthday)(?= |$)',
  '(?:overdosed|od|odd|took an overdose|taken an overdose|had an overdose)(?: \\w+){0,2} on purpose',
  '(?:about|of|just|keep) ending it(?! with| off)', '(?:time (?:i|to)|ready to) (?:just )?end(?:ed)? (?:it|it all|things|my life)(?=$| tonight)',
  '(?:its )?time to say goodbye(?=$)', 'say(?:ing)? goodbye to (?:everyone|everybody|the world|this world|you all)(?= tonight| now| for good| forever|$)', '(?:night|day|weekend|time) i (?:end it|do it|kill myself)(?= |$)(?! (?:with|at the gym))',
  'end (?:my|the|all this|all the) (?:suffering|pain)(?= for good| forever| permanently| once and for all|$)',
  '(?:should|could|will|ill|id|gonna|going to|want to|wanna|might) (?:just )?end it(?: all)?(?! with| here| there| off)',
  '(?:plan|planning|ready) to end (?:it|things|everything|my life)(?! with| here| now| there)',
  'end things (?:tonight|today|this weekend|soon|for good)', 'end(?:ing)? everything(?= tonight| now| today| for good| once and for all|$)',
  '(?:feel|felt|feeling) like ending (?:everything|it(?: all)?|things|my life)(?! (?:with|here|there|off|for|on))',
  `(?:keep|kept|been) (?:thinking about|looking at|staring at) (?:the |my |all the |all my )${PILLS}(?=$| in the| in my| again| all the time| every)`, '(?:cant|cannot) be bothered (?:to live|living|being alive|with life|existing)(?= |$)',
  '(?:everyone|everybody|they|people|the world|my family|everything) (?:would be|is|are|d be|would all be|will be) better without me(?= |$)(?! (?:cooking|nagging|singing|moaning|complaining|snoring|in the|at the|on the|for|there|lol))',
  '(?:tonight (?:im|i am|ill|i will) (?:going to |gonna )?(?:take|swallow) (?:them all|all of them)|(?:take|swallow) (?:them all|all of them) tonight)(?= |$)',
  '(?:wont|will not|not going to|not gonna) be (?:around|here|alive) (?:much longer|for long|anymore|any more)(?! today| tonight| this)',
  'this is (?:my )?(?:last message|goodbye)(?! (?:thanks|thank you|cheers)(?: \\w+){0,2} (?:help|info|advice|chat|answers?)| for (?:today|now|tonight)| about| on)', '(?:going to|gonna|im|i am|will|ill) (?:do|doing) it tonight(?=$| ive| i have| everything| nobody| no one| while (?:everyone|everybody|they|the kids|my family|no one|nobody)| when (?:everyone|everybody|they))',
  '(?:cant|cannot|can not|wont|dont think i can) promise (?:ill|i will|im going to|to) (?:be|stay|keep myself) safe', '(?:took|taken|swallowed) (?:my |the |all (?:of )?my )?(?:whole|entire|full) (?:prescription|supply|stash|months supply)',
  '(?:im|i am) (?:at|on|by|standing on|up on) (?:the|a) (?:bridge|cliff|cliffs|cliff edge|ledge|roof|rooftop|tracks|railway|train tracks)(?= right now| now| tonight|$)', 'tonights the night(?=$)',
  'made (?:up )?my mind(?: up)?(?: \\w+){0,2} (?:its time|to end|to die|to do it)(?= |$)(?! (?:my diet|the diet))', '(?:last|final) time (?:ill|i will|im going to|i am going to) (?:talk|speak) to (?:anyone|anybody|you|someone)(?=$| again| ever)',
  '(?:wont|will not|dont) need (?:\\w+ ){1,3}(?:where im going(?=$)|after tonight|much longer|for long(?=$| anyway))', '(?:tonight|today|this) (?:is|will be|is going to be) (?:my|the) last (?:night|day)(?=$| alive| on earth| ever| of my life)',
  '(?:wont|will not|not going to|not gonna) be (?:around|here|alive) (?:after tonight|after today|by tomorrow|tomorrow(?=$)|next week(?=$))', 'by the time (?:you|anyone|someone|they) (?:read|reads|see|sees|get|gets) this(?=$| ill be (?:gone|dead)| i will be (?:gone|dead)| im (?:gone|dead)| it(?: will|ll)? be too late)',
  '(?:ill|i will|i ll) be gone (?:by|before) (?:morning|tomorrow|tonight|then|the weekend)', '(?:dont|do not) think (?:ill|i will|im going to|i am going to|i can) (?:still )?(?:be|stay) (?:here|around|alive)',
  '(?:only )?way out(?: \\w+){0,3} (?:end(?:ing)? it|to die|dying|death|killing myself|suicide)', 'goodbye (?:forever|everyone|world|cruel world)', '(?:suicide|goodbye) (?:notes?|letters?)',
  '(?:wrote|written|writing|left) (?:a |my )?(?:note|letter)(?: for my family| to my family| to everyone)?(?=$| in case| just in case| before i| saying goodbye)',
  'said goodbye to (?:my family|everyone|everybody|my kids|my friends)', '(?:written|wrote|writing|left) (?:goodbye )?(?:letters?|notes?) (?:to|for) (?:everyone|everybody|all the people|the people|those) i love',
  '(?:last|final) (?:thing|message|words?|text)s? (?:ill |i will |i )?(?:ever )?(?:write|say|send|type)s? (?:to (?:anyone|anybody)|ever)(?= |$)',
  '(?:cant|cannot|can not|dont think i can|not sure i can|struggling to) (?:keep myself|stay|be) safe(?= tonight| right now| anymore| much longer| from myself|$)', '(?:written|wrote|writing|left) (?:\\w+ )?(?:letters?|notes?) (?:to|for) (?:my )?(?:kids|children|family|parents|wife|husband|partner|mum|mom|dad|everyone)(?= in case| for when| before|$)',
  'in case i (?:go through with it|do it|dont make it)', '(?:go|going) through with it(?= tonight| this time| soon|$)',
  // Putting affairs in order: "giving away my stuff, won't need it soon".
  'giv(?:e|ing|en) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|pets?)', 'giv(?:e|ing|en) (?:all )?my (?:stuff|things|belongings|possessions) away', '(?:wont|will not) need (?:it|them|any of it|anything|my stuff) (?:soon|much longer|where im going|after (?:tonight|this week))', '(?:ways|how) to (?:die|kill myself|end it|end my life|overdose)(?= |$)',
  '(?:do|doing) something (?:stupid|bad|dangerous|drastic) to myself', 'do something stupid(?= tonight|$)',
];

/** No point, no future, no way out; not safe with oneself. */
const NO_WAY_FORWARD = [
  '(?:painless (?:way|ways|method|methods)|(?:googling|looking up|searching|researching|reading about) (?:\\w+ ){0,2}(?:ways|methods)) out(?= |$)(?! of)',
  '(?:hurt|painful|survive|fatal|die|kill me)(?: \\w+){0,2} (?:to )?(?:jump|jumping|fall|falling) (?:from|off) (?:the |a )?(?:\\w+ )?(?:floor|storey|story|bridge|roof|building|cliff|balcony|car park)(?= |$)',
  'thoughts? (?:of|about) not (?:wanting to be|being) (?:here|around|alive)(?= |$)',
  'dark thoughts', '(?:everyone|everybody|they|people|the world|my family) (?:would|will|d) (?:all )?be better off(?=$| if i| without)', '(?:like|feel like|feels like) (?:im|i am) already (?:gone|dead)',
  '(?:dont think i can|cant|cannot|wont|not going to) survive (?:another|much longer|this)(?! (?:diet|workout|class|heat|winter|week of|meeting|commute))', 'until i (?:can )?(?:end it|die|kill myself|end my life)',
  'act on (?:these|the|my|those) (?:thoughts|urges|feelings)', '(?:picturing|imagining|picture|imagine|see) myself (?:dead|in a coffin)', '(?:point|reason) (?:of |in |to |for )?(?:me )?(?:staying|being|keep|keeping|stay) alive(?! if (?:you|u|i) (?:cant|can not|cannot))', '(?:thin|skinny|good|nice|pretty) (?:at|for) my (?:own )?funeral', 'before i go(?= if you know what i mean| for good| forever)', '(?:scared|afraid|frightened|terrified) of myself(?= |$)(?! (?:in (?:photos|pictures|the mirror)|on camera))',
  '(?:dont|do not|cant|cannot) trust myself (?:not to (?:do something|hurt|harm|end)|tonight|right now|alone|with (?:the|my) (?:pills|knife|knives|car|tablets))',
  '(?:do|doing) something (?:i (?:regret|cant take back|will regret|ll regret|might regret|cant undo)|permanent|irreversible|final)(?= |$)(?! like| and (?:eat|order|buy|skip))',
  '(?:be|being) with (?:my )?\\w+ again(?: \\w+){0,2} (?:she|he|they) (?:died|passed)', '(?:join|joining|be with) (?:my )?\\w+ (?:in heaven|on the other side|up there)', '(?:ready to|want to|wanna) (?:go to|be in) heaven', '(?:want|wanna|going|ready) to give up on (?:everything|life|living|it all)(?=$| and| i )',
  'stop (?:feeling|existing|being)(?: anything| at all)? (?:permanently|forever|for good)', '(?:want|wanna|wish) (?:everything|it all|the world) to (?:go|fade|turn) (?:dark|black|away)(?= |$)',
  '(?:be|rest) at peace(?: \\w+){0,2} (?:for good|forever|permanently)', '(?:want|wanna|ready) to rest in peace',
  '(?:sorted|written|planned|arranged|organised|organized)(?: \\w+){0,5} (?:for )?(?:after|when) im gone', `counting (?:out )?(?:my |the |all my )?${PILLS}`,
  '(?:looking up|looked up|googling|googled|searching|searched|researching|reading about) (?:\\w+ ){0,2}(?:overdoses?|suicide|ways to die|lethal doses?|how to (?:die|end it|overdose|kill myself))',
  '(?:living|life) (?:isnt|is not|aint) for me', 'why am i (?:even |still )?(?:alive|living)(?=$| anymore)', 'why am i still here(?=$)', '(?:whats|what is) the point (?:of|in) me(?= |$)(?! (?:doing|trying|cooking|eating|going))',
  '(?:im|i am|i feel) (?:so |completely |totally |just )?(?:pointless|worthless)(?=$| and| i )', '(?:wish|want|hope|pray)(?: that)? my heart (?:would |will |could )?(?:just )?stop',
  '(?:want|wanna|wish i could|ready) (?:to )?be gone(?=$| forever| for good| from this| now)', 'throw(?:ing)? myself (?:off|in front of|under|from)(?= (?:a|the|my|something|somewhere|that))',
  '(?:i |ive )attempted (?:last (?:year|month|week|summer|winter)|before|twice|once|in the past)(?= |$)(?! (?:challenge|marathon|program|plan|s ))', 'goodbye (?:message|post|text|video)', '(?:not|dont|do not) (?:planning|plan|intending|expecting) (?:on |to )?(?:be|being) (?:here|around|alive)(?= next| much longer| by| for long| after|$| for (?:the results|long|it|that|any of it))',
  '(?:been|keep|kept|always) (?:looking|staring) at (?:the |that )(?:bridge|train tracks|tracks|railway|ledge|cliff edge)(?= |$)', '(?:platform|ledge|edge|bridge|roof|balcony|cliff)(?: \\w+){0,8} (?:step|stepping|jump|jumping|throw myself|throwing myself) (?:off|in front|over)(?= |$)',
  'looking at (?:bridges|tall buildings|train tracks|railway lines|the tracks|the railway)(?=$| lately| again| differently| and (?:thinking|wondering)| tonight)', 'painless (?:way|ways) to (?:go|die|do it|end it)', '(?:quick|quickest|easiest|easy) (?:way|ways) to (?:die|end it|kill myself|end my life)',
  '(?:urges?) to (?:end it|die|kill myself|hurt myself|self harm|cut(?=$| myself| again))', 'how (?:id|i would|i will|ill|im going to|i could|to) do it(?=$)(?<=(?:thought about|know|planned|planning|worked out|figured out) how \\w+(?: \\w+)? do it)',
  '(?:a |the )?plan and the means(?! to (?:stick|follow|do it right|keep|pay|afford|start|get))', '(?:(?:im|i am) in (?:a )?|having a )(?:mental health )?crisis(?=$| right now| please)', 'in a (?:really |very |so )?dark place(?! with (?:my )?(?:diet|fitness|training|gym|workouts?|motivation|eating habits))',
  '(?:cant|cannot|dont|do not) (?:really |even )?see (?:a|any) future(?: for (?:myself|me))?(?! where| in which| with| in (?:this|cooking|dieting))', 'want it to (?:end|stop)(?=$| now| all| for good| forever| permanently)',
  'danger to myself', '(?:not|dont feel|do not feel) safe (?:with|around|from) myself', '(?:im|i am) not safe (?:right now|tonight|on my own)',
  'thoughts of (?:dying|death|ending|killing)', 'think(?:ing)? about (?:dying|being dead|not being here|killing myself)(?! (?:on|of) )', 'think(?:ing)? (?:about|of) death(?= all the time| constantly| every day| a lot| lately| so much)', '(?:cant|cannot|dont|do not) see (?:a|any) way out(?! of (?:the|this) (?:contract|subscription|plan|deal))', '(?:cant|cannot|dont|do not) see (?:a|any) way (?:forward|through)(?= anymore| any more| for me|$)',
  '(?:dont|do not|cant|cannot) see (?:the|any|a) (?:point|reason) (?:in |of |to |for )?(?:me )?(?:keep )?(?:living|going on|going|go on|life|being alive|carrying on|carry on|being here|anything anymore)',
  '(?:no|not any|not a) (?:point|reason) (?:for me )?(?:in |to )?(?:me |my )?(?:keep )?(?:living|going on|live|being alive|carrying on|carry on|be here|being here|keep going)(?! to (?:the|a) )',
  'lifes? (?:just |really |simply |honestly )?(?:isnt|is not|aint|is no longer|not|no longer) (?:really )?worth (?:living|it(?! (?:without|for)))', 'not worth living', 'no longer want to live', 'no way out(?= for me|$| anymore)',
  'nothing (?:left )?to live for', 'nothing left for me', '(?:no|not any|not a) reason to live',
  '(?:whats|what is) the point (?:in |of )?(?:living|life|going on|being alive|carrying on|anything|of it all|it all)(?= |$)(?! if (?:you|u) (?:cant|can not|cannot))',
  'life (?:is|feels|seems) (?:so )?(?:pointless|meaningless)', '(?:giv(?:e|ing|en)|gave) up on (?:life|living)',
  'giving up on everything(?= even| and everyone|$)', '(?:point|reason) (?:of|in|to|for) (?:anything|everything|it all|any of it) anymore',
  'want (?:it all|everything|my life|this life|life|the thoughts|the voices) to (?:stop|end|be over)', '(?:the pain|the hurt|it all|everything|my life) to (?:stop|end) (?:forever|for good|permanently)',
  'what i (?:might|could|will|would|ll|d) do to myself', 'what (?:ill|id) do to myself', '(?:going to|gonna|might|could|will|about to|ill) do something to myself', 'why (?:i|do i|should i) (?:even )?(?:bother|keep) (?:living|going|being alive|trying to live)',
];

/** Others better off without them: a burden, nobody would notice. */
const A_BURDEN = [
  '(?:nobody|no one|noone) (?:cares|would care|would notice|notices|would even notice) (?:if|whether) (?:im|i am|i was|i m) (?:here|alive|around)(?: or not)?(?= |$)',
  // Others managing without them: "my family would cope fine if I wasn't in the picture".
  '(?:cope|manage|be fine|be ok|be okay|get by|move on|be happier|be better off|be better)(?: \\w+){0,2} (?:if|once|when) i (?:wasnt|was not|werent|were not|am not|was no longer|am no longer|wasnt here|was gone) (?:in the picture|around|here|alive|in their lives|in (?:the|their) way|anymore)(?= |$)',
  '(?:nobody|no one|noone|anyone|anybody)(?: \\w+){0,3} (?:come|came|turn up|show up|bother going) to my funeral',
  '(?:nobody|no one|noone) (?:would|will|wd) (?:even |really |ever )?(?:miss|notice|care about) me',
  '(?:nobody|no one|noone|anyone|anybody) (?:would|will) (?:even )?(?:care|notice|miss me) if i(?! (?:skipped|skip|ate|eat|had|missed|miss|swapped|swap|changed|change|cheated|cheat|did|didnt|cancel|cancelled|quit|stopped|gave up) )', 'if i (?:was|were) gone', 'better (?:off|of) (?:dead|without me|gone|not here|not existing|not alive)', 'better off without (?:their|our|a) (?:mum|mom|dad|mother|father|mummy|daddy|wife|husband)',
  '(?:everyone|everybody|they|people|the world) (?:would be|is|are|d be|would all be) better off without me',
  '(?:would|will|d) (?:all )?be (?:better|fine|happier|ok|okay|better off|easier) without me(?= |$)(?! (?:cooking|nagging|singing|moaning|complaining|snoring|in the|at the|on the|there|lol))', '(?:would|will|d) (?:all )?be (?:\\w+ ){0,2}(?:lighter|brighter|calmer|simpler|quieter|nicer|freer|less stressful) (?:off )?without me(?! (?:for|at|on|in(?! it(?= |$))|there|tonight|this|while|around))',
  '(?:care|notice|miss me|matter)(?: \\w+){0,2} if i (?:just )?(?:left|went|disappeared|vanished|was gone|were gone|stopped (?:showing up|turning up|being around|replying|answering)) (?:for good|forever|permanently)(?= |$)', '(?:would|will|d) be better off with (?:someone|somebody) else(?= as| instead|$)',
  '(?:happier|better|easier) (?:\\w+ ){0,3}if i (?:just )?(?:wasnt|was not|werent|were not|was|were) (?:around|here|alive|dead|gone|in it)', '(?:happier|better|easier) (?:\\w+ ){0,3}if i (?:just )?(?:didnt|did not) exist',
  '(?:happier|better off|easier|relieved|glad|fine|favou?r|relief) (?:\\w+ ){0,3}if i (?:just )?(?:died|disappeared|vanished|was dead|were dead|killed myself|was gone|were gone|wasnt here|werent here)', 'if i (?:just )?(?:wasnt|werent) (?:around|here|alive) anymore',
  'if i died(?: \\w+){0,4} (?:nobody|no one|noone|would(?:nt)? (?:care|notice|matter))',
  '(?:im|i am|feel like (?:im|i am)) (?:such |just |only )?a burden', 'burden (?:to|on) (?:everyone|everybody|my (?:whole |entire )?(?:family|kids|partner|friends|parents|husband|wife)|them|people|the people)',
];

/** The means: pills counted, saved or in front of them, a height, a rope, a blade. */
const MEANS = [
  `(?:how many|how much) (?:of )?(?:my |the )?${PILLS} (?:it )?(?:would|will|does|it would|would it|to) (?:take|kill|be (?:fatal|lethal|enough))(?= |$)`,
  '(?:found|finds|find|took|taken|hid|hiding) my (?:blades|razor blades)(?= |$)',
  // Somewhere high, said while writing: "I'm writing this from the roof of my building".
  '(?:writing|typing|messaging|texting|sitting|standing|stood|sat)(?: \\w+){0,2} (?:from|on|at) (?:the )?(?:roof|rooftop|edge|ledge) of (?:my|a|the|our) (?:building|block|flats|apartment|car park|multi storey|hotel|office|bridge|cliff)(?= |$)',
  // A whole pack swallowed, whatever it held: "I swallowed a bottle of paracetamol", "downed a box of my tablets".
  `(?:took|taken|swallowed|downed|necked) (?:a |an |the |half a |most of a |two |2 )?(?:whole |entire |full )?(?:bottle|box|pack|packet|strip|tub)s? of ${PILLS}`,
  '(?:going to|gonna|about to|want to|wanna) jump(?=$| off| from| tonight| now)', 'already (?:took|taken|swallowed|had) (?:the (?:pills|tablets)|them all|all of them|all (?:my|the) (?:pills|tablets|meds))',
  '(?:date|day) (?:picked|set|chosen) (?:for when|to do it|to end)', '(?:picked|set|chosen) (?:a|the) (?:date|day)(?= to do it| to end| for when|$)',
  '(?:razor|blade|knife|rope|gun|pills)(?: \\w+){0,5} (?:thinking about|think about|thought about|tempted to|tempted by) us(?:e|ing) (?:it|them)', 'think(?:ing)? (?:about|of) jumping(?=$| off| in front| from| tonight| now)',
  '(?:walk|walking|swim|swimming) (?:into|out into|out to) (?:the )?(?:sea|ocean|river|lake)(?= tonight| and| never| until|$)', `(?:took|taken|swallowed|had) (?:like |about |around |maybe |over )?[1-9]\\d+ (?:of (?:my |the |her |his |mums |dads )?)?${PILLS}`,
  '(?:pills|tablets|meds|painkillers) (?:saved|stashed|stockpiled|hidden)', 'everything in (?:the|my) medicine (?:cabinet|cupboard|drawer|box)', '(?:took|taken|swallowed) everything in (?:the|my) (?:cupboard|cabinet|drawer|first aid box)(?=$| and (?!threw|binned|gave|donated|put|cleared)| tonight| earlier| an hour| last night| i )', '(?:knife|blade|razor|pills|rope)(?: \\w+){0,3} thinking about it',
  `how many ${PILLS}(?: \\w+){0,3} (?:it would take|would it take|to die|to kill|it takes|would kill me|will kill me|could kill me|would kill you|will kill you|kills you|to kill you|would kill a person|is lethal|is fatal|would be enough|is enough|are enough|enough to)`, 'oding', `took (?:\\w+ ){0,3}(?:like |about |around |over )[1-9]\\d+ ${PILLS}`, '(?:cutting|burning) myself (?:tonight|right now)', '(?:started|start|been) cutting (?:again )?tonight',
  '(?:bath|bathroom|bed|car)(?: \\w+){0,2} with (?:a |the |my )?(?:razor|blade|knife|pills|rope)', '(?:engine|car) running in (?:the|a|my) (?:closed )?garage', 'hosepipe', '(?:sitting|sat) in (?:the|my) car with (?:the )?(?:exhaust|engine running|fumes)', '(?:hose|pipe|tube)(?: \\w+){0,3} (?:from|to|on) the exhaust',
  '(?:wont|will not|not going to|not gonna) be (?:a problem|a burden|a bother|an issue|in anyones way|in the way) (?:for|to) (?:anyone|anybody|you|everyone|my family) (?:much longer|for long|anymore|soon)',
  'waiting for (?:it|it all|everything|my life|life) to (?:end|be over|stop)(?= |$)(?!(?: \\w+)? (?:workout|class|session|run|meeting|week|shift|lesson|film|movie|diet))', 'if i (?:just )?(?:didnt|did not|never|dont|do not) wake up(?= |$)(?! (?:in time|early|for|on time|at))',
  'sleep(?: \\w+){0,5} and (?:not|never) (?:come back|wake up|wake)(?= |$)',
  '(?:ive |i )(?:taken|took|swallowed) something(?= and| tonight|$)', '(?:drank|drunk|drink|drinking|swallowed) (?:some )?(?:bleach|antifreeze|poison|weed killer)',
  '(?:drank|drunk)(?: \\w+){0,5} and took (?:my |all my |a lot of |loads of |some of my )(?:\\w+ )?(?:pills|tablets|meds)', `(?:what happens|what would happen|will i die|would i die|can you die|do you die) if (?:you|i|someone|u) (?:take|took|swallow|swallowed|had) (?:\\d+ |a lot of |loads of |all (?:my |the )?|a whole (?:bottle of |box of |pack of )?)${PILLS}`, 'bleed out', 'how long (?:does it|would it|will it) take to die',
  '(?:vodka|alcohol|wine|booze|whiskey|gin)(?: \\w+){0,3} (?:and|with) all (?:my |the |of my )?(?:pills|tablets|meds)', '(?:vodka|alcohol|wine|booze|whiskey|gin)(?: \\w+){0,3} (?:and|with) (?:my |the )?(?:pills|tablets|meds)(?: \\w+){0,2} (?:and )?(?:im done|i am done|ready|tonight|goodbye)(?= |$)',
  '(?:have|got) (?:the |a |my )(?:knife|blade|razor|rope|gun) ready(?! (?:for|to (?:cook|chop|cut the)))', '(?:mind|head|brain|voices?|thoughts?) (?:keeps? |is |are )?(?:telling|tells|tell) me to (?:end it|die|kill myself|hurt myself|do it|jump|cut)(?= |$)',
  '(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:might|could|will|would|ll|d) do(?= tonight| to myself| if|$)', '(?:because|cause|cos|coz) (?:im|i am|ill be|i will be) (?:gone|dead)(?=$)',
  'i cut (?:too )?deep(?= |$)', 'cut (?:too )?deep (?:last night|tonight|this time|again)', `how (?:much|many) ${PILLS}(?: \\w+){0,3} (?:it takes|it would take|would it take|to (?:die|kill|end))`, '(?:lethal|fatal|deadly) (?:dose|amount|overdose)(?! of (?:sarcasm|cuteness|caffeine|cringe))',
  '(?:rope|pills|tablets|knife|blade|razor|gun)(?: \\w+){0,6} (?:keep|kept|keeps) (?:looking at|staring at|thinking about|going back to) (?:it|them)',
  '(?:want|wants|wanna|wanted|thinking about|think about|thought about|tempted|urge) (?:to )?(?:just )?(?:crash(?:ing)?|driv(?:e|ing)) (?:my car |the car )?(?:into|off)(?: \\w+){0,2}(?: road| bridge| cliff| wall| tree| river| motorway)',
  '(?:want|wants|wanna|wanted|thinking about|tempted|urge) (?:to )?(?:just )?crash (?:the|my) car(?! into (?:a |the )?(?:bed|sofa|couch))',
  '(?:i |just |nearly |almost )odd(?= on| last| yesterday| earlier| tonight|$)',
  // Not "overdosed on chocolate at easter": an overdose of a food is a figure of speech.
  `overdos(?:e|ed|ing)(?! on (?!(?:my |the |a |some |all )?${PILLS}))(?!(?: \\w+){0,4} (?:by accident|accidentally|by mistake))`, 'od (?:on|tonight)',
  `(?:took|taken|swallowed|had|downed|necked) (?:a lot of|a load of|loads of|lots of|a bunch of|a handful of|heaps of|so many|all (?:my|of my|the)|(?:a whole|half a|a full) (?:bottle|pack|box|packet|tub) of) (?:my |the |her |his |mums |dads )?${PILLS}(?! for)`,
  `(?:bottle|pack|box|packet|handful|stash) of ${PILLS} (?:in front of me|next to me|in my hand|ready|right here)`,
  `${PILLS} (?:are )?(?:ready|lined up)`,
  `(?:take|taking|swallow|swallowing) (?:all (?:my|of my|the|these|those) ${PILLS}|(?:my |the )?${PILLS} all at once)`,
  `${PILLS}(?: \\w+){0,8} (?:take|taking|swallow|swallowing) them all`, `${PILLS}(?: \\w+){0,3} (?:to )?(?:take|swallow) (?:them |it )?all at once`,
  'enough (?:\\w+ )?(?:pills|tablets|meds|painkillers)(?: \\w+){0,3} (?:to do it|to end|to kill|saved|stored|stashed)',
  `(?:stockpil|hoard|sav|collect|gather|stash)(?:e|ed|ing) (?:up )?(?:my |the |all my )?${PILLS}`,
  'jump(?:ing)? (?:off|from|in front of) (?:a |the |my |that )?(?:\\w+ )?(?:bridge|roof|building|train|balcony|cliff|car|bus|truck|lorry)',
  '(?:step|stepping|walk|walking) in front of (?:a |the )?(?:train|bus|car|truck|lorry)', '(?:swerve|swerving|step|stepping|walk|walking) (?:out )?into (?:the )?(?:traffic|oncoming traffic)', '(?:drive|driving|swerve|swerving) into oncoming', 'hang(?:ing)? myself', 'noose', 'drown(?:ing)? myself',
  '(?:drive|driving|crash|crashing) (?:my car )?(?:into|off) (?:a |the )?(?:wall|tree|cliff|bridge|river|lorry|truck)', 'crash my car on purpose',
  '(?:standing|sitting) (?:on|at) (?:the |a )?(?:bridge|roof|ledge|cliff|balcony)(?= |$)',
  'edge of (?:the |a )?(?:bridge|roof|building|cliff|platform)', '(?:im|i am) (?:up )?(?:on|at) (?:the )?(?:roof|ledge|edge)(?= of| right now|$)(?! (?:terrace|garden|bar))',
  '(?:bought|buying|ordered|got) (?:a |some )?rope(?= today| yesterday| to| for myself|$)',
  '(?:holding|got|have) (?:a |the |my |all my )?(?:razor|blade|knife|pills|tablets|rope)(?= right now| in my hand| to my| next to me| beside me| with me| in front of me)',
  '(?:razor|blade|knife)(?: \\w+){0,6} (?:on|to|against) myself', 'use it on myself', '(?:razor|blade|knife|rope|gun)(?: \\w+){0,4} (?:gonna|going to|about to|want to) use it',
];

/** Hurting oneself: cutting, burning, hitting, and doing it again. */
const SELF_INJURY = [
  // Hurting themselves to cope, said small: "I just cut a bit when it gets too much", "I burn myself to feel something".
  '(?:cut|cutting|burn|burning|scratch|scratching|hit|hitting|hurt|hurting)(?: myself| my (?:arms?|legs?|wrists?|thighs?|skin|stomach))?(?: (?:a bit|a little|again|sometimes|still))? (?:when|whenever|if|to) (?:it (?:all )?gets too much|things get too much|everything gets too much|cope|feel something|feel anything|numb (?:it|the pain|myself)|i (?:feel|get) (?:overwhelmed|numb|empty|nothing)|i cant cope)(?= |$)',
  '(?<!(?:a|the|small|little|deep|bad|nasty) )(?:carve|carving|carved|scratch|scratching|cut|cutting|burn|burning) (?:\\w+ ){0,2}(?:into|on|in) my (?:skin|arms?|legs?|wrists?|thighs?|stomach)',
  // "punish myself with 3 hours of cardio" is an eating disorder's compensation, read there; "I hurt myself
  // lifting" or "cut myself shaving" is an accident, read as an injury.
  '(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|hit|hitting|scratch|scratching|bruise|bruising) myself(?! (?:lifting|at the gym|training|running|playing|skiing|deadlifting|squatting|falling|jumping|climbing|tripping|slipping|cooking|shaving|chopping|on a|on the|in a|in the|at work|doing|by accident|accidentally|badly lifting))(?! with (?:\\w+ ){0,4}(?:cardio|exercise|running|workouts?|training|gym|the gym|treadmill|spin|dumbbell|weight|bar|kettlebell))(?! out| off)',
  'myself (?:until|till|til) (?:i |it )?bleed', '(?:pick|picking|picked|scratch|scratching|pull|pulling)(?: at)? my (?:skin|hair|scabs?|arms?|legs?)(?: \\w+){0,3} (?:until|till|til) (?:it |they |i )?bleeds?',
  '(?:and|sometimes|also|still|then) i cut(?=$| again| sometimes| myself)', '(?:cutting|slashing|carving|scratching) my (?:legs|stomach|hips|belly|tummy|chest)(?! (?:on|in) (?:the|a))',
  '(?:punch|punching|punched|hit|hitting|bang|banging|banged) (?:the )?(?:walls?|my head|myself)(?: \\w+){0,5} (?:until|till|til) (?:my \\w+ |it |i )?(?:bleed|bleeds|bruise|bruises|hurts|hurt)',
  '(?:bang|banging|hit|hitting|punch|punching) (?:my head|myself) (?:against|on|into) (?:the |a )?wall (?:when|whenever|every time|after) i', 'slit (?:my )?wrists?', '(?:cut|cutting|slash|slashing|burn|burning|burnt|burned|scratch|scratching) my (?:wrists?|arms?|thighs?|skin)(?! (?:on|in) (?:the|a) (?:oven|sun|pan|stove|kitchen))',
  'been cutting(?: \\w+){0,3} (?:only thing (?:that )?helps|to cope|helps me cope)',
  'cut again (?:last night|today|yesterday|this morning|tonight|this week)', '(?:thinking (?:of|about)|want to|wanna|urges? to|tempted to) (?:start )?cutting (?:myself )?again(?! (?:for|before|to|calories|carbs|this|next|after))', 'i cut (?:again )?(?:last night|this morning|yesterday)(?= |$)',
  // "sh", the short form people type for self-harm.
  '(?:did|done|doing|relapsed on|relapse on|urges? to|urge for|been doing|clean from|stopped) sh(?= |$)', 'sh (?:again|last night|tonight|today|urges?|scars|relapse)(?= |$)', 'shd (?:again|last night|tonight|today)(?= |$)',
  '(?:fresh )?(?:cuts|scars) (?:on|all over) my (?:wrists?|arms?|thighs?|legs)(?! from (?:the|a|surgery|an))', 'wrists? (?:are |is )?(?:all )?(?:cut up|scarred|slashed|a mess(?! from (?:training|boxing|push|lifting|the gym|typing|climbing|work)))', 'relapsed (?:and |with |into |on )?(?:cut|cutting|self harm|self harming|hurting|hurt myself)', 'not ok(?:ay)?(?: \\w+){0,3} (?:been )?cutting(?=$)',
  `(?:took|taken|swallowed) (?:some |a few |my )?${PILLS}(?: \\w+){0,2} to (?:make (?:it|everything|it all) (?:go away|stop|end)|end it|die|sleep forever|not wake up)`,
  '(?:took|taken|had|swallowed) (?:way |a lot |much )?more than i should(?: have)?(?: \\w+){0,2} on purpose',
  '(?:stand|stood|sit|sat) (?:on|at) (?:the |a |my )?(?:bridge|roof|ledge|cliff|balcony|edge)(?: \\w+){0,3} (?:think|thinking|thought) about (?:it|jumping)',
];

/** Someone else's crisis now. */
const SOMEONE_ELSE = [
  '(?:cuts|cutting|harms|harming|burns|burning) (?:herself|himself|themselves|themself)(?! (?:cooking|shaving|on|by accident|accidentally))', '(?:she|he|they) (?:is |are |has been |have been )?self harm(?:s|ing)?',
  // Someone else's crisis now still needs a person: "my friend says she's going to kill herself".
  '(?:scared|worried|afraid|terrified|think|thinking) (?:that )?(?:she|he|they)(?:ll| will| might| is going to| s going to|s going to| may|ll try to)? (?:hurt|harm|kill|do something to) (?:herself|himself|themselves|themself)(?! (?:at|lifting|in|on|doing|playing|training|running|with))',
  '(?:hell|shell|theyll|he will|she will|they will|he would|she would|hed|shed|he might|she might) (?:just )?(?:kill (?:herself|himself|themselves|themself)(?! laughing| if (?:he|she|they) (?:had|has|have) to)|end (?:her|his|their) (?:own )?life)',
  '(?:going|gonna|wants?|wanting|trying|threatening|talking about|talks about|thinking about|thinks about) (?:to )?(?:kill(?:ing)? (?:herself|himself|themselves|themself)|end(?:ing)? (?:her|his|their) (?:own )?life)',
];

/** The same in Spanish, the bots' other language. */
const IN_SPANISH = [
  'me (?:lastimo|hago dano|quemo|golpeo|castigo)(?= |$)', '(?:seria|estarian) mejor (?:para todos |sin mi )?si (?:yo )?no (?:estuviera|existiera|estuviese|viviera)', 'mejor sin mi',
  'suicidar(?:me|se)', 'quitarme la vida', '(?:quiero|quisiera) morir(?:me)?', 'no quiero (?:vivir|seguir viviendo|despertar)', 'matarme',
  'hacerme dano', 'me corto', 'no quiero seguir (?:aqui|viviendo|vivo)', '(?:ya no )?quiero desaparecer', 'acabar con (?:todo|mi vida)',
  'no (?:le )?veo (?:el )?sentido a (?:la|mi) vida', 'tome (?:muchas|todas las|todas mis|un monton de|demasiadas) pastillas', 'me quiero matar', 'sin ganas de vivir',
];

/** A visitor writing in English may fall back on their first language for the words that matter most. */
const IN_OTHER_LANGUAGES = [
  // French, German, Italian, Portuguese.
  'je veux mourir', 'me suicider', 'en finir', 'me tuer', '(?:ich )?will (?:nicht mehr leben|sterben)', 'mich umbringen', 'selbstmord',
  'voglio morire', 'uccidermi', 'farla finita', 'suicidarmi', '(?:eu )?quero morrer', 'me matar', 'nao quero (?:mais )?viver',
  'envie de mourir', 'mettre fin a mes jours', 'bringe mich um', 'nicht mehr leben',
  // Dutch, Polish, Hindi and Tagalog as typed in Latin letters.
  'ik wil dood', 'zelfmoord', 'chce umrzec', 'zabic sie', 'marna (?:hai|chahta|chahti)', 'khudkushi', 'mamatay', 'magpakamatay',
];
export const SELF_HARM = phrases(...NAMED, ...WISHES, ...ENDING_IT, ...NO_WAY_FORWARD, ...A_BURDEN, ...MEANS, ...SELF_INJURY, ...SOMEONE_ELSE, ...IN_SPANISH, ...IN_OTHER_LANGUAGES);

/** Eating disorders by name, recovery and relapse, and the pills and sites that go with them. */
const ED_NAMED = [
  'vomito despues de (?:cada comida|las comidas|comer)', '(?:vomito|no como|me salto las comidas)(?: \\w+){0,5} para no engordar', 'no como (?:nada )?desde hace (?:\\w+ )?(?:dias|semanas)',
  'anorexi(?:a|c|ca|co)', 'bulimi(?:a|c|ca|co)', 'me provoco (?:el )?vomito', 'vomito (?:despues de comer|a proposito|todo lo que como)', 'no como (?:nada )?(?:desde hace|en) (?:dias|semanas)', 'laxantes', 'binge eating disorder', 'eating disorders?', 'disordered eating',
  'orthorexi(?:a|c)', 'arfid', '(?:in|from) recovery from (?:an )?(?:eating disorder|anorexia|bulimia|ed)', 'ed recovery', 'pro ?(?:ana|mia)',
  'thinspo', '(?:my|an|have|with) ed(?=$| is| has| thoughts| voice| again)', 'the ed (?:voice|thoughts|brain)',
  'relaps(?:e|ed|ing)(?: \\w+){0,3} (?:eating|food|anorexia|bulimia|ed|restricting|skipping|starving|purging|bingeing|binging)', 'diet pills', 'appetite suppressants?',
  // Hunger felt as control or pride, food avoided or feared.
  '(?:in control|powerful|strong|proud|good|clean|empty) (?:when|if|whenever) i (?:dont|do not|skip|stop|havent|have not) (?:eat|eating|eaten|meals)',
  '(?:like|love|enjoy) (?:the )?(?:feeling of )?(?:being )?(?:hungry|hunger|empty)(?: \\w+){0,4} (?:winning|proud|in control|strong|powerful)', 'hunger (?:pains?|pangs?) (?:make|makes) me (?:feel )?(?:proud|good|strong|happy|in control|powerful)',
  '(?:only |just )?eat (?:\\w+ ){1,3}and nothing else(?= |$)(?! (?:for breakfast|at breakfast|in the morning|until|till))', 'calories(?: \\w+){0,6} (?:stay|staying|keep it|keep) (?:under|below) (?:[1-7]\\d\\d|[1-9]\\d)(?= |$)',
  '(?:scared|afraid|terrified|worried) (?:that )?(?:if|once) i (?:start eating|start|eat)(?: \\w+){0,2} (?:i )?(?:wont|will not|cant|cannot|couldnt) stop', 'food(?: \\w+){0,5} so i (?:avoid|skip|dont eat|stop eating) (?:it|eating|meals)(?= |$)',
  '(?:exercise|run|train|work out|cardio)(?: \\w+){0,2} for (?:\\d+|two|three|four|five) hours(?: \\w+){0,2} to burn (?:it|them|everything|the calories|off)', 'tapeworm (?:pills|diet|eggs)', 'eat(?:ing)? (?:tissues?|paper|cotton wool)(?: \\w+){0,2} to (?:feel full|stop|fill)',
  '(?:guilty|ashamed|disgusting|disgusted|fat)(?: \\w+){0,2} (?:i |that i |so i )?(?:throw|threw|bring|brought) (?:it|them|everything|my \\w+) (?:all )?(?:back )?up', 'dnp', 'hydroxycut', 'clenbuterol', 'ephedrine',
  '(?:exercise|work out|train|run)(?: \\w+){0,5} so (?:that )?i (?:can|am allowed to|m allowed to|get to|deserve to) eat(?= |$)', '(?:back to |been |keep |im )skipping (?:every|all my|each|most) meals?',
];

/** Getting rid of food: vomiting, laxatives, chewing and spitting. */
const PURGING = [
  'get(?:ting)? rid of (?:my )?(?:dinner|lunch|breakfast|meals?)(?= most| every| each| after| by| in the| when|$)',
  '(?:teeth|enamel|throat)(?: \\w+){0,4} (?:from|because of|with) (?:all the )?(?:throwing up|vomiting|being sick|purging)(?= |$)',
  // Getting a binge back up, with fingers or otherwise.
  '(?:use|using|used) my fingers(?: \\w+){0,3} (?:to )?(?:get it|bring it|get them|bring them|throw|be sick|make myself sick|vomit|purge)',
  '(?:binge|binged|bingeing|binging)(?: \\w+){0,6} (?:get|bring|got|brought) (?:it|them|everything) (?:all )?(?:back )?up(?= |$)',
  '(?:vomit|vomiting|throw up|throwing up|be sick|being sick|make myself sick)(?: \\w+){0,3} so (?:that )?(?:i can )?(?:keep )?(?:losing|lose|drop|stay thin|not gain|dont gain)(?= |$)',
  '(?:make|made|making|force|forced|forcing) myself (?:to )?(?:be )?(?:throw up|sick|vomit|puke)',
  '(?:throw|throwing) up everything(?=$| i eat| i have| i ate)', '(?:throw|throwing|threw) up after (?:i eat|eating|(?:most |every |all |my )?meals?|dinner|lunch|breakfast|food|every meal)',
  '(?:throw|throwing|threw) up (?:when|whenever|after|if|every time) (?:i )?(?:eat|ate|eating|overeat)',
  '(?:bring|bringing|brought) (?:my |the |it |everything )?(?:food |meals? |dinner |lunch )?back up', '(?:throw|throwing|threw|bring|bringing|brought) up (?:my |the )?(?:food|meals?|dinner|lunch|everything i eat)',
  '(?:vomit|vomiting|puke|puking|throw up|throwing up|be sick) after (?:i )?(?:binge|binging|bingeing)', 'food makes me (?:panic|so anxious|scared|want to cry)',
  '(?:calories|eat|ate|eaten|meal|food)(?: \\w+){0,4} i (?:go and |then |just )?(?:throw|threw|make myself throw|bring|brought) it (?:all )?(?:back )?up',
  '(?:abus|misus|overus)(?:e|ed|ing) (?:my )?(?:laxatives|diuretics|water pills|diet pills)',
  '(?:vomit|vomiting|puke|puking) after (?:i eat|eating|meals?|every meal|food)(?= to| so| on purpose| every| most| whenever|$)',
  'purg(?:e|es|ed|ing)(?! (?:my|the) (?:fridge|cupboards?|pantry|kitchen|house|wardrobe|closet|inbox|emails?))', '(?:laxatives?|dulcolax|senokot|ex ?lax|bisacodyl|(?:take|taking|took|on) (?:\\w+ )?senna)(?!(?: \\w+){0,5} constipat)',
  '(?:slimming|weight loss|appetite) (?:pills|tablets|capsules)', '(?:ana|mia) (?:coach|buddy|tips|inspo)', 'skip(?:ping)? (?:the|my|that) (?:one|only|single) meal',
  '(?:[3-9]|1\\d|three|four|five|six|seven|ten) days? (?:water |dry |juice )?fast(?:s|ing)?(?= every| each| twice| a week| weekly| regularly| all the time| back to back| to lose| to drop| for weight| to get (?:thin|skinny|smaller))',
  '(?:guilty|ashamed|disgusted|disgusting)(?: \\w+){0,6} (?:exercise|work out|run|train)(?: \\w+){0,2} until i (?:throw up|pass out|faint|collapse|am sick|puke)', '(?:fingers?|toothbrush) down my throat',
  'get(?:ting)? rid of (?:meals?|it) by (?:vomiting|throwing up|being sick|purging)', 'get rid of (?:my food|the food|food|(?:most |all |some |half )?(?:of )?what i (?:eat|ate|just ate)|everything i (?:eat|ate)|my meals?)', '(?:keep|keeping) (?:anything|food|it|meals?) down(?: \\w+){0,2} on purpose',
  '(?:bathroom|toilet|loo)(?: \\w+){0,5} (?:get it (?:out|up)|get (?:it|them|everything) back up|bring it (?:back )?up|throw (?:it )?up|be sick|purge|vomit)', 'spit(?:ting)? (?:out )?(?:most of |all of |some of |half of )?(?:my |the )?food',
  'chew (?:\\w+ ){0,3}(?:and|then) spit', 'end up (?:throwing|bringing) (?:it|them|everything|my food|my meals) (?:all )?(?:back )?up', 'barely eat(?:ing)?(?= so| to lose| and lose| because i| and i)', '(?:throw|throwing|threw|make myself sick|vomit|vomiting) (?:up )?(?:so|to) (?:that )?(?:i )?(?:dont |do not |wont |not )?(?:gain|get fat|put on|stay thin)', 'burn off (?:every|each) (?:meal|bite|calorie)', '(?:meal|meals|eating|i eat|i ate|dinner|lunch|food)(?: \\w+){0,6} (?:get it out|get rid of it|bring it (?:back )?up|get it all out)(?= |$)(?! of (?:my|the) (?:house|kitchen|fridge))',
];

/** Not eating: days without food, fasting for days, living on coffee or water. */
const NOT_EATING = [
  '(?:only|just) (?:eat|have|live on) (?:lettuce|celery|cucumber|ice|gum|water|black coffee|diet coke|rice cakes)(?: and (?:lettuce|celery|cucumber|ice|gum|water|black coffee|coffee|diet coke|rice cakes|tea))?(?=$)',
  '(?<!(?:lost|lose|losing|dropped|drop|down|gained|gain|shed|off|over|put on|another) )(?:2\\d|3\\d|4[0-2]) ?(?:kg|kgs|kilos)(?: \\w+){0,4} (?:and |but |yet )?(?:i )?(?:still )?(?:feel|look) (?:so )?(?:fat|huge|enormous|big|massive)',
  '(?:anxious|scared|panicky|embarrassed|ashamed) (?:about |of )?eating (?:in public|in front of (?:people|others|anyone))(?: \\w+){0,2} so i (?:dont|do not|never|wont|skip)',
  '(?:run|exercise|work out|train|go to the gym|walk for hours) (?:every time|whenever|each time|after) i (?:eat|have eaten|ate) (?:anything|something|a meal|at all)(?= |$)',
  '(?:so|because) (?:nobody|no one|noone) (?:sees|can see|knows|will see|finds out) (?:how much|what)(?: i (?:eat|ate))?(?= |$)',
  '(?:eat|ate|eating|binge(?! watch)|binged(?! watch)|bingeing(?! watch)|binging(?! watch))(?: \\w+){0,6} in secret(?!(?: \\w+){0,2} (?:kids|children|husband|wife|partner|family|flatmates?|roommates?) (?:steal|eat|nick|take|pinch))',
  // Stimulants taken for not being hungry: "I take my brother's ADHD meds so I'm never hungry".
  '(?:take|taking|took|use|using|on) (?:\\w+ ){0,3}(?:meds|pills|tablets|medication|adderall|vyvanse|elvanse|ritalin|speed|stimulants)(?: \\w+){0,2} (?:so (?:that )?(?:im|i am|i dont|i wont|i never|i m) (?:never |not )?(?:hungry|eat|feel hungry)|to (?:stop|kill|suppress) (?:my )?(?:appetite|hunger))',
  '(?:either |some days )?(?:dont|do not|barely|never) eat (?:at all )?or (?:i )?binge',
  'periods? (?:\\w+ ){0,2}stopped when i (?:got down to|dropped to|hit|reached|got to|went under) \\d+ ?(?:kg|kgs|kilos|lbs?|pounds|st|stone)?',
  'i (?:cry|panic|freak out|have a meltdown|break down) (?:if|when|whenever|every time) i (?:do|eat|have (?:any|some|them|it))(?=$| anything| at all| food| carbs| something| a meal)',
  // Living on almost nothing: "I survive on two rice cakes and a coffee".
  '(?:survive|surviving|live|living|get by|getting by|exist|existing) (?:on|off) (?:just |only )?(?:a|an|one|two|three|1|2|3|half an?|a couple of|a few) (?:rice cakes?|crackers?|apples?|bananas?|yog(?:h)?urts?|coffees?|black coffees?|diet cokes?|cups? of tea|carrots?|slices? of (?:toast|bread)|bites|mouthfuls|grapes|almonds|pieces of fruit)(?= |$)',
  // A binge and then days of nothing: "I binge on whole loaves then starve the next two days".
  '(?:binge|binged|bingeing|binging)(?: \\w+){0,6} (?:then|and then|and) (?:i )?(?:starve|fast|restrict|dont eat|do not eat|skip eating|eat nothing)(?= |$)',
  '(?:cut down|down|cut back|reduced it|gone down|going down) to (?:one|1|a single) (?:small |tiny |little )?meal(?: a day)?(?= |$)(?! (?:out|prep|plan|replacement|a week|deal))',
  'starv(?:e|ing) myself(?! of)', `(?:stopped|quit) eating(?: about| like)? ${NUMBER_WORD} (?:days?|weeks?) ago`, '(?:havent|have not|not) eaten (?:anything )?(?:all week|in a week|this week)',
  '(?:on|at) (?:[1-7]\\d\\d|[1-9]\\d) (?:calories|cals|kcal)(?= for| a day| daily| per day| every day| and|$)(?! (?:for|at) (?:breakfast|lunch|dinner|a meal|each meal))', 'burn off everything(?=$| i)', 'binge(?: eat)? (?:every|each) (?:night|day|evening)(?! (?:on|watching) )', '(?:feel|feeling|am|im) (?:so |completely |totally )?out of control (?:with|around) food(?! at)',
  '(?:eat|ate|binge|binged|eating)(?: \\w+){0,12} (?:and|but) (?:i )?(?:cant|cannot|couldnt) stop(?=$)', 'lost my periods?(?=$| from| because| since)',
  '(?<!used to |once |would )(?:im|i am|i weigh|weigh|weighing) (?:only |just )?(?:2\\d|3\\d|4[0-2]) ?(?:kg|kgs|kilos)(?= |$)(?! (?:more|heavier|less|lighter|as a|when|at school|in (?:school|college|my)|back then|before|overweight|over|too heavy|to lose|up))', '(?<!used to |once |would )(?:im|i am|i weigh|weigh|weighing) (?:only |just )?(?:[6-8]\\d) ?(?:lb|lbs|pounds)(?= |$)(?! (?:more|heavier|less|lighter|as a|when|at school|in (?:school|college|my)|back then|before|overweight|over|too heavy|to lose|up))',
  '(?<!used to |once |would )(?:im|i am|i weigh|weigh|weighing) (?:only |just )?[3-6] ?(?:st|stone)(?= |$)(?! \\d)(?! (?:more|heavier|less|lighter|as a|when|at school|in (?:school|college|my)|back then|before|overweight|over|too heavy|to lose|up))', '(?:dangerously|severely|extremely|medically) underweight', 'admit me (?:for|because of|over) my (?:weight|eating)', 'not eat(?:ing)? (?:for|in) days',
  '(?:havent|have not|hasnt|not|barely) (?:eaten(?: properly| much| a thing| anything| anything solid| solid food| real food| any food| at all| (?:a |any )?(?:proper |real |solid )?(?:meal|meals|food))?|had (?:a |any )?(?:proper |real |solid )?(?:meal|food|anything)) (?:in|for) (?:like |about |around |over |almost |nearly )?(?:\\d+|a|two|three|four|five|six|seven|several|a few|days|weeks)',
  `(?:dont|do not|wont|didnt|did not|stop|not) eat(?:ing)? (?:anything )?(?:for|in) (?:${NUMBER_WORD}|the next) (?:days?|weeks?)`,
  'skip eating (?:for |the )?(?:whole |entire )?(?:next )?(?:day|days)', '(?:\\w+ )?days without (?:eating|food)', '(?:and|then) nothing else (?:all day|for the rest of the day|until (?:the next day|tomorrow))',
  '(?:feel|look) (?:so )?(?:fat|huge|enormous|big) at (?:2\\d|3\\d|4\\d) ?(?:kg|kgs|kilos)',
  'no (?:solid )?food (?:for|in) (?:days|weeks|a week|\\d+)',
  '(?:havent|have not|hasnt|not) eaten (?:anything )?(?:today or yesterday|yesterday or today)', '(?:havent|have not|hasnt|not) eaten (?:anything )?since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week)',
  '(?:days|weeks|a week|a whole week|a whole day|all week) on (?:just |only )?(?:water|coffee|black coffee|juice|tea)',
  '(?:fast|fasting|fasted) (?:for )?(?:4[8-9]|[5-9]\\d|\\d{3}) hours', 'fast(?:ing)? for days',
  `(?:water )?fast(?:ing|ed)? for (?:${NUMBER_WORD}) (?:days|weeks|week)`, 'starve(?: \\w+){0,3} (?:then|and) binge',
  'starve (?:all week|for days|for a week)', 'binge (?:and|then) (?:then )?(?:fast|purge|starve|throw up)',
  'binge (?:and|then) (?:then )?(?:i )?(?:dont|do not|wont) eat', '(?:by|from|through) (?:barely|hardly|not) eating',
  'barely eat(?:ing)? (?:anything|at all)', 'eat nothing at all', '(?:dont|do not|cant|cannot|never) eat in front of (?:anyone|anybody|people|others|my family)', 'eat(?:ing)? (?:almost|next to|practically|basically) nothing(?! (?:after|before|at|in the|past|late))', '(?:eat|eating|ate|having) (?:1|one) (?:yog(?:h)?urt|apple|banana|piece of fruit|cracker|rice cake) a day', '(?:cut down|down|cut back) to (?:one|1|a single) (?:small|tiny|little) meal', '(?:disgusted|disgusting|ashamed) (?:with|of) myself (?:every time|whenever|when|after) i eat', '(?:dont|do not|wont|didnt|not) eat(?:ing)? (?:anything )?for days', 'nothing(?: \\w+){0,3} (?:then|and then) (?:i )?binge', 'i (?:basically|pretty much|practically) (?:dont|do not|never) eat',
  '(?:liquid diet|diet) of (?:just |only )?(?:black )?(?:coffee|water|diet coke|tea)', '(?:live|living|survive|surviving) (?:on|off) (?:\\w+ ){1,3}and nothing else',
  '(?:crackers?|apple|rice cakes?|yog(?:h)?urt|banana|piece of fruit)(?: \\w+){0,2} (?:and )?thats (?:it|all) (?:for the day|all day|i eat)',
  '(?:eat|eating|chew|chewing) (?:just |only |mostly )?ice(?= and| cubes| instead|$)', 'binge(?: \\w+){0,6} (?:make up for it|burn it off|compensate)',
  '(?:sick|throw up|threw up|vomit|vomiting|puke|puking) on purpose', 'barely eating(?=$| and| anything| like| maybe)', '(?:skip|skipping|skipped|dont take|not taking|stopped taking|restrict|restricting|under ?dos(?:e|ing)) (?:my )?insulin(?: \\w+){0,3} (?:to|so (?:i|that i)) (?:lose|drop|stay thin|not gain|keep|dont gain)', 'diabulimi(?:a|c)', '(?:im|i am|ive been) already not eating', '(?:im|i am|i was|ive been) (?:already )?not eating(?<=(?:already|noticing|notice|hide|hiding|know|realise|realize|find out|finding out)(?: that)? (?:im|i am|i was|ive been) (?:already )?not eating)(?! (?:meat|carbs|sugar|junk|bread|dairy|gluten|after|before|late|out|takeaways|fast food|much junk))', 'barely eat(?=$)', '(?:worried|concerned) (?:that )?(?:im|i am) not eating',
  '(?:im|i am|been|keep) relaps(?:ing|ed)(?=$)', '(?:only eat|can only eat|let myself eat) (?:if|after|once) (?:i|ive) (?:burn|burned|burnt|work|worked|exercise|exercised|run|ran)', '(?:some days|sometimes|most days|often|other days) (?:i )?(?:just )?(?:dont|do not|wont|not) (?:eat )?at all', '(?:some days|most days|for days) i (?:just )?(?:dont|do not) eat(?=$| anything)', '(?:want|wanna|trying|try) to (?:eat nothing|not eat at all)',
  'stop eating(?= completely| altogether| entirely| at all|$| for good| forever)',
  'nothing but (?:lettuce|water|coffee|black coffee|fruit|celery|rice cakes|salad|diet coke|gum)(?= |$)',
  '(?:just|only) (?:drink|have) (?:black )?(?:coffee|water|diet coke|tea)(?= all day| for days| instead|$)',
  '(?:live|living|survive|surviving) (?:on|off) (?:black )?(?:coffee|water|diet coke|cigarettes|gum)(?= all day| alone| and (?:water|cigarettes|gum|diet coke|nothing|coffee|energy drinks)| only|$)',
  '(?:live|living|survive|surviving) (?:on|off) (?:\\d+|one|two|three|a few|a couple of) (?:\\w+ ){0,2}(?:a day|per day)',
  '(?:guilty|ashamed|disgusted|disgusting) (?:\\w+ ){0,2}(?:eating|when i eat|after eating)(?: \\w+){0,3} (?:skip|dont eat|stop eating|purge|throw up)',
  '(?:feel|felt|feeling) (?:so |really )?guilty (?:eating|about eating) (?:anything|at all)',
  '(?:instead of|rather than|so i (?:dont|do not|wont)) (?:have to )?eat(?:ing)?(?=$| at all| anything| food)',
  '(?:stop|not) feel(?:ing)? hungry so i (?:dont|do not|wont|can skip)', 'so (?:that )?i (?:dont|do not|wont|cant) (?:have to )?eat(?=$| anything| at all| all day| food| lunch| dinner| breakfast| meals| for)',
  '(?:hungry|starving|not eating|skip(?:ping)? (?:\\w+ )?(?:meals?|food|eating|dinner|lunch|breakfast)) on purpose',
  'skip(?:ping)? (?:all )?(?:my )?meals on purpose', 'eat(?:ing)? (?:maybe |like |about |only |just )?(?:once |one meal |a meal |a proper meal |food |anything |properly )?every (?:two|2|three|3|other|few|second|third) days?', '(?:one|a|1|single) (?:small |tiny |little )?meal every (?:two|2|three|3|other|few|second|third) days?',
  '(?:eat|eating|ate|having|have) (?:only|just|maybe|like|barely|about) (?:one|an|a|half an?|1) (?:apple|banana|yog(?:h)?urt|rice cake|cracker|piece of fruit|bowl of soup|slice of toast)s?(?: \\w+){0,2} (?:a|per) day',
  '(?:i|ive|i have|im|i am) (?:just )?(?:stopped|quit) eating(?=$| completely| altogether| entirely| at all| for days| properly| to (?:lose|drop|shift|get rid of))',
  '(?:eat|eating|ate|have|having) (?:one|a|1|two|2) (?:crackers?|rice cakes?) a day', 'only eat (?:an apple|a banana|fruit|lettuce|a yoghurt|a yogurt|soup|crackers|rice cakes|one apple)(?: \\w+){0,2} (?:a day|all day|per day)',
  'eat (?:nothing|almost nothing) (?:all day|for days)',
];

/** Numbers far too low for an adult: a target weight, a BMI, calories a day. */
const TOO_LOW = [
  // A target weight far too low for an adult.
  '(?:get|getting|go|down|weigh|reach|hit|be|under|below) (?:down )?to (?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos|kilograms)',
  '(?:want|need|trying|going) to (?:be|weigh) (?:only )?(?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos|kilograms)',
  '(?:get|getting|go|down|weigh|reach|hit|be|under|below) (?:down )?to (?:[5-9]\\d) ?(?:lb|lbs|pounds)',
  '(?:want|need|trying|going) to (?:be|weigh) (?:only )?(?:[5-9]\\d) ?(?:lb|lbs|pounds)',
  // Under 100 lb and wanting less, but not "lost 60 lbs and want to lose 10 more".
  '(?<!(?:lost|lose|losing|dropped|drop|down|gained|gain|shed|off|over|put on|another) )(?:[6-9]\\d) ?(?:lb|lbs|pounds)(?: \\w+){0,5} (?:but |and |yet )?(?:i )?(?:still )?(?:want|need|trying|have|wanna|got) to (?:lose|drop|get (?:smaller|thinner|lower))', '(?:under|below) (?:2\\d|3\\d|4[0-5]) ?(?:kg|kgs|kilos)', '(?:be|weigh|get) (?:under|below) (?:[5-9]\\d) ?(?:lb|lbs|pounds)',
  '(?:goal|target)(?: weight)? (?:is |of )?(?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos)', '(?:goal|target)(?: weight)? (?:is |of )?(?:[5-9]\\d) ?(?:lb|lbs|pounds)',
  '(?:2\\d|3\\d|4\\d) ?(?:kg|kgs|kilos)(?: \\w+){0,5} (?:goal|target|aim|want to be|get to|down to) (?:is )?(?:2\\d|3\\d|4[0-4])(?= |$)',
  '(?<!(?:lost|lose|losing|dropped|drop|down|gained|gain|shed|off|over|put on|another) )(?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos)(?: \\w+){0,4} (?:still )?(?:want|need|trying|have) to lose',
  '(?:2\\d|3\\d|4[0-4]) ?(?:kg|kgs|kilos)(?: \\w+){0,4} (?:still )?(?:dieting|restricting|cutting|losing)',
  'bmi (?:is |of |at |was |around |about )?(?:1[0-7]|[5-9])(?= |$)', 'bmi (?:\\w+ ){0,2}1[0-8](?: \\d)?(?: \\w+){0,6} (?:lower|lose|drop|less|down)',
  '[1-9]\\d{0,2} (?:calories?|cals|kcal)(?: a| per| each)? day', '[1-9]\\d\\d (?:calories|cals)(?: \\w+){0,3} (?:want|need|trying|going) to go (?:lower|down|even lower)',
  'eat (?:as little as (?:possible|i can)|the least (?:i can|possible))', '(?:plan|diet) where i (?:basically |just )?(?:dont|do not|barely|hardly|never) eat',
  '(?:eat|eating|ate|have|allow myself|limit myself to|only) (?:only |just |about |around |under |less than |like |maybe |roughly )?(?:[1-7]\\d{2}|[1-9]\\d) (?:calories|cals|kcal)(?! (?:at|for|per|a|each|in a) (?:breakfast|lunch|dinner|meal|snack))',
  '(?:eat|eating|ate|having|allow myself|limit myself to|stay|staying) (?:\\w+ )?(?:less than|under|below) (?:[1-9]\\d\\d|1000) (?:calories|cals|kcal)(?! (?:at|for|per|a|each|in a) (?:breakfast|lunch|dinner|meal|snack))',
  '(?:eat|eating) (?:under|less than) (?:[1-8]\\d\\d|[1-9]\\d)(?= |$)(?! (?:calories |cals |kcal )?(?:at|for|per|a|each|in a) (?:breakfast|lunch|dinner|meal|snack))', '(?:calories|cals|kcal|intake) (?:under|below|at|to|of|around) (?:[1-7]\\d\\d|[1-9]\\d)(?= |$)(?! (?:below|under|less|deficit|over|more|fewer|a meal|per meal|each meal|for (?:breakfast|lunch|dinner)))', 'count(?:ing)? (?:every )?calories obsessively', 'obsessively count',
];

/** Already thin and wanting less, fear and disgust around food, food earned, allowed or hidden, and exercise as payment. */
const BODY_AND_FOOD = [
  '(?:eating|food|every meal|each meal) (?:feels|is|feels like it is) like (?:failing|failure|losing|giving in|a failure|weakness)(?= |$)',
  '(?:skin and bones?|bony|emaciated)(?: \\w+){0,5} (?:but|and|yet) (?:i )?(?:still )?(?:want|need|have|wanna|got) to (?:lose|drop|be thinner|get thinner|go lower)',
  '(?:hate|loathe|disgusted with|ashamed of) (?:myself|my body) (?:every time|whenever|each time|when|after) i (?:eat|have eaten|ate)(?=$| anything| something| at all| food)',
  // Checking the body over and over: "I pinch my stomach fat every hour".
  '(?:pinch|pinching|grab|grabbing|measure|measuring|check|checking) (?:my )?(?:stomach|belly|thighs?|arms?|body|waist|fat|rolls?)(?: fat)?(?: \\w+){0,2} (?:every (?:hour|few minutes|time i (?:eat|pass a mirror|see a mirror))|constantly|all day|(?:\\d+|ten|twenty|fifty) times a day)',
  // Eating paid for with exercise they are made to do: "if I eat over 600 calories I make myself run 10k".
  '(?:if|when|whenever|every time|after) i (?:eat|ate|have eaten|go over)(?: \\w+){0,4} (?:i )?(?:make|force) myself (?:to )?(?:run|exercise|work out|train|swim|cycle)(?! (?:home|to work|instead))',
  // An ordinary meal felt as failure: "I feel like a failure if I eat lunch" (not guilt over a takeaway).
  '(?:feel|felt|feeling) (?:like )?(?:a )?(?:failure|failed|weak|disgusting|gross|ashamed|guilty|fat)(?: \\w+){0,2} (?:if|when|whenever|every time) i (?:eat|have|let myself eat) (?:breakfast|lunch|dinner|anything|at all|a meal|meals|normally|properly|food|something)(?= |$)',
  'hair (?:is )?falling out(?: \\w+){0,8} (?:since|from|because|after) (?:i )?(?:cut|stopped|started|barely|not|restricting|dieting|eating)(?= |$)',
  // Underweight already, and wanting less: "I'm already underweight but I need to lose more".
  '(?:already |really |very |too |so )?(?:underweight|thin|skinny)(?: \\w+){0,5} (?:but|and|yet) (?:i )?(?:still )?(?:want|need|have|wanna|got) to (?:lose|be thinner|drop|get thinner|get smaller|go lower|be smaller|be skinnier|be lighter|get lighter|weigh less)',
  'underweight(?: \\w+){0,6} (?:lose|losing|drop|thinner|lower)', '(?:lost so much|already lost|lost too much)(?: \\w+){0,8} (?:want|need|have) to lose more',
  'hair (?:is )?falling out (?:from|because of) (?:not eating|dieting|restricting|starving)', '(?:if|when) i eat more than (?:an apple|a banana|a salad|one meal|a yog(?:h)?urt|a piece of fruit|(?:[1-7]\\d\\d|[1-9]\\d) (?:calories|cals))',
  '(?:diuretics?|water (?:pills?|tablets?))(?: \\w+){0,2} to (?:lose|drop|stay|keep|get|look|be)', 'can see (?:all |every one of |each of )?my (?:ribs|bones|hip ?bones|spine)(?: \\w+){0,4} (?:but|and|yet)',
  '(?:says|say|tells me|tell me|think) (?:im|i am) (?:too thin|too skinny)(?! but| yet)',
  '(?:too thin|too skinny|underweight)(?: \\w+){0,3} (?:but|yet) (?:i )?(?:still )?(?:feel|look|am|see) (?:fat|huge|enormous|big)',
  '(?:says|said|say|tells me|told me|think|thinks) (?:im|i am) (?:too thin|too skinny|underweight)(?: \\w+){0,2} (?:but|yet) i (?:dont|do not) (?:believe|agree|see it)',
  '(?:want|wanna|need) to see my (?:ribs|bones|hip ?bones|collarbones?|spine)', '(?:want|wanna|need|get|have) (?:a |to have a )?thigh gap', 'collarbones? (?:showing|sticking out)',
  '(?<!(?:lost|lose|losing|dropped|drop|down|gained|gain|shed|off|over|put on|another) )(?:[6-9]\\d) ?(?:lb|lbs|pounds)(?: \\w+){0,4} (?:and |but |yet )?(?:i )?(?:still )?(?:feel|look|am) (?:so )?(?:fat|huge|enormous|big)',
  '(?:feel|look) (?:so )?(?:fat|huge|enormous)(?: \\w+){0,2} even though',
  'even though (?:im|i am|i weigh) (?:only )?(?:2\\d|3\\d|4\\d) ?(?:kg|kgs|kilos)', '(?:thin|skinny) enough', '(?:so|that) (?:thin|skinny)(?: \\w+){0,2} (?:people|everyone|they|my family|others) (?:worry|are worried|get worried|start worrying)',
  'only (?:eat|let myself eat) (?:when|once|if) (?:im|i am|i feel) (?:about to |going to )?(?:faint|pass out|dizzy|shaky|collapse)', 'want to be even thinner', 'want to be thinner(?= and thinner| than ever| still| even though| but| no matter)',
  'thinner and thinner', '(?:feel|felt|feeling) (?:so )?(?:huge|fat|enormous) after (?:anything|everything|eating|i eat|every|each|meals?|food)',
  '(?:feel|felt|feeling) (?:so |really )?(?:disgusting|gross|ashamed|disgusted) (?:after|when|whenever|every time|each time) (?:i eat|eating|every meal|each meal|meals|food|i have eaten)',
  '(?:feel|felt|feeling) (?:so |really )?guilty (?:after|when|whenever|about) (?:every meal|each meal|i eat anything|eating anything|every bite|each bite|eating at all)',
  'hate (?:myself|my body) (?:(?:when|after) (?:i eat|eating)|for eating(?! (?:that|the|a|this|those|my|some)))', 'hate eating(?=$| at all| anything| in front of)', 'food is (?:my|the) enemy',
  '(?:afraid|scared|terrified) (?:of|to) (?:eat|eating|food|gaining|gain|putting on|calories|weight gain|getting fat|gaining weight)(?! (?:the wrong|wrong|out|junk|too much|bad|late|before|in the past|back))(?!(?: \\w+){0,2} back)(?!(?: \\w+){0,2} (?:over|during|at|on|this) (?:christmas|xmas|the holidays|holiday|easter|the weekend|winter|uni|pregnancy))',
  '(?:get|go|reach|hit) (?:to |down to )?(?:my )?lowest (?:weight )?(?:ever|possible)', '(?:exercise|train|run|work out)(?: \\w+){0,3} (?:when|while|even when|even if) (?:im |i am )?(?:injured|sick|ill|exhausted)(?: \\w+){0,2} to burn',
  'weigh myself (?:after|before) (?:every|each) (?:time|meal|snack|drink|bite|wee|toilet)', 'stopped eating (?:breakfast|lunch|dinner) and (?:breakfast|lunch|dinner)',
  'obsess(?:ed|ing|ive)? (?:with|about|over) (?:not eating|calories|counting calories|being thin|being skinny)',
  'do anything to (?:lose|be thin|get thin|be skinny)', '(?:skinny|thin|thinner) no matter what (?:it takes|the cost|happens to me)', 'permission to eat',
  '(?:cant|cannot) eat (?:anything )?without (?:feeling (?:guilty|like a failure|disgusting|ashamed|fat)|hating myself|crying|panicking)',
  // Food that must be earned, allowed or hidden; restriction and compensation.
  '(?:dont|do not) deserve (?:to eat|food)', 'earn (?:my|the|every) (?:food|meals?|dinner|lunch|calories|bite)',
  '(?:let|allow) myself (?:to )?(?:eat|have)(?: \\w+){0,3} (?:a day|every|once|only)', 'only (?:let|allow) myself', '(?:dont|do not|never|wont) (?:let|allow) myself (?:to )?eat(?! after| late| past| junk| sweets| takeaway)', 'not allowed to eat',
  'hid(?:e|ing) (?:my )?food', 'eat in secret(?!(?: \\w+){0,2} (?:kids|children|husband|wife|partner|family|flatmates?|roommates?) (?:steal|eat|nick|take|pinch))', 'binge(?:ing)? (?:eat )?(?:in secret|secretly|in my car|in the car|alone at night)', 'sneak(?:ing|ed)? food',
  'only allowed (?:to eat |to have )?(?:one|1|a|two|2|\\d+) (?:meal|meals|snack|bite|calories|cals)', 'secretly eat', 'weigh myself (?:\\d+|ten|five|six|several|many|so many|like \\d+) times a day',
  '(?:havent|have not|not|hasnt|has not) had (?:a|my) periods? (?:in|for) (?:\\w+ ){0,2}(?:months?|a year)(?: \\w+){0,3} (?:dieting|not eating|restricting|losing weight|weight loss|undereating|eating so little)',
  'lost my periods? (?:from|because|since|after|due to)', 'eating (?:is |has been |has become |got |is getting )?(?:really |very |so |quite )?disordered',
  'periods? (?:\\w+ ){0,2}stopped (?:since|because|from|after) (?:i |im |i am |ive been |i was )?(?:started )?(?:dieting|restricting|losing|eating less|not eating|cutting)',
  '(?:im|i am|been|started|start|keep|back to|was) restricting(?= again|$| to| and| so| but| every| my food| food| everything| really| badly| a lot| hard| heavily| more| so)',
  'restrict(?:ing|ed)? (?:again|my food|my eating|food|everything|all week|all day|every day)',
  '(?:panic|freak out|spiral) (?:if|when|whenever) (?:i )?(?:go over|eat|ate|gain)', '(?:panicky|anxious|scared|guilty)(?: \\w+){0,2} (?:if|when|whenever) i eat (?:anything|something|at all|(?:more than|over) (?:[1-9]\\d\\d|1000) (?:calories|cals|kcal))',
  '(?:have to|must|need to) (?:work out|exercise|run|burn it off|burn off)(?: \\w+){0,2} (?:after|every time|whenever) (?:i eat|every meal|eating|i have eaten)',
  '(?:if|when|whenever|every time|after) i (?:eat|ate|have eaten)(?: \\w+){0,4} (?:have to|must|need to|got to|gotta) (?:run|burn|work|exercise|sweat) (?:it |them |everything |the calories )?(?:off|out)',
  '(?:for hours|for \\d+ hours|for two hours|for three hours) (?:\\w+ ){0,2}after (?:eating|i eat|every meal|meals)', '(?:burn|run|work|sweat) (?:it|every calorie|the calories) off (?:straight away|right away|immediately)',
  '(?:lose|lost|losing) control (?:and|then) (?:i )?(?:eat|binge|stuff myself)(?: \\w+){0,6} (?:then|and) (?:i )?(?:hate myself|feel sick|cry|purge|throw up)',
  '(?:eat|ate|binge|binged|stuff myself) until i (?:physically )?(?:cant|cannot|couldnt|can not)(?: \\w+){0,3} (?:and|then) (?:then )?(?:i )?(?:feel |felt )?(?:disgusting|sick|ashamed|awful|guilty|hate myself|cry|purge|throw up)',
  '(?:exercise|exercising|work out|working out|run|running|train|training)(?: \\w+){0,3} until i (?:pass out|faint|collapse|throw up|am sick)(?: \\w+){0,2} to burn',
  '(?:binge|binged|binging|bingeing|eat|ate|stuff myself) until (?:i )?(?:feel |felt |am |im |i am |get )?(?:sick|ill|in pain|i throw up|i vomit)',
  '(?:undo|cancel out|compensate for) (?:every|each|all|what|whatever|everything|the) (?:\\w+ )?(?:meal|meals|bite|calorie|calories|i eat|i ate|food)',
  '(?:burn|burning|work|working|run|running|exercise|exercising)(?: off)? (?:everything|every calorie|all|what|whatever) (?:i )?(?:eat|ate|have eaten)',
  '(?:to|so i can|so i) make up for (?:what|everything|whatever|each|every) (?:bite|meal|calorie|i (?:eat|ate))',
  '(?:punish|punishing|burn it off|make up for it) (?:myself )?with (?:\\w+ ){0,4}(?:cardio|exercise|running|workouts?|training|treadmill|spin)',
];
export const EATING_DISORDER = phrases(...ED_NAMED, ...PURGING, ...NOT_EATING, ...TOO_LOW, ...BODY_AND_FOOD);

/** Pregnant, trying for a baby, just given birth or nursing, in clinical and everyday words. */
export const PREGNANCY = phrases(
  'preg(?:nant|nent|ant|ent|nat)(?<!(?:look|looks|looked|looking) (?:\\w+ ){0,3}preg\\w*)(?! (?:\\d+|two|three|four|five|a few|several|many) times)(?! nope| no | not | lol no| haha no| pause| with (?:ideas|possibilities|meaning|anticipation))',
  'embarazada', 'amamantando', 'lactancia', 'dando (?:el )?pecho', 'enceinte', 'schwanger', 'incinta', 'gravida', 'allaite', 'stille', 'pregnancy(?<!(?:last|previous|earlier|past|other|both) pregnancy)(?! tests? (?:came back |was |is |were )?negative)', 'gestational', `${NUMBER_WORD} (?:weeks?|months?) (?:along|gone)`, 'weeks pregnant',
  'preggers', '(?:im|i am) preg(?= |$)', 'preggo', 'preggy', 'knocked up', 'up the duff', 'eating for two(?! me and| myself and)', 'morning sickness', 'hyperemesis',
  '(?:found out|just learned|turns out|it turns out) (?:that )?(?:im|i am|were|we are) expecting',
  'expecting (?:a|my|our) (?:first |second |third )?(?:baby|child|little one|twins)', 'expecting twins', 'bre?a?st ?fe(?:e|a)ding',
  'breast ?fe(?:e)?d', 'breastfeed', 'ebf', 'exclusively (?:breast ?feeding|pumping|nursing)',
  'nursing (?:my|a) (?:baby|newborn|son|daughter)', 'nursing (?:mum|mom|mother|mama)(?= |$)', '(?:bf|bfing|ebf|ebfing) (?:my|a|our) (?:baby|newborn|son|daughter|little one|\\w+ (?:week|month) old)',
  '(?:new|first time) (?:mum|mom|mother|mama)(?! (?:of|to) (?:a |an )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|toddler|teen))', 'expecting baby(?= |$)', '(?:im|i am) with (?:child|baby)(?=$| again| number)', `(?:im|i am) with (?:child|baby) (?:${NUMBER_WORD}) (?:months?|weeks?)`, '(?:feeding|feed) (?:my|the|our) (?:baby|newborn|son|daughter|little one)(?: \\w+){0,2} (?:myself|from the breast|breast milk|on the breast)', 'post ?partum', 'post ?natal', 'gave birth',
  'just had (?:a|my|our) (?:first |second |third |fourth )?(?:baby|son|daughter|little one)(?!(?: \\w+){0,2} (?:years?|yrs) ago)',
  '(?:had|delivered) (?:a|my|our|the) (?:first |second |third |fourth )?(?:baby|son|daughter|little one|twins)(?: boy| girl)? (?:\\d+|a|one|two|three|four|five|six|few|couple of) (?:days?|weeks?|months?) ago',
  '(?:had|delivered) (?:a|my|our) (?:baby|son|daughter|little one|twins) (?:last|this) (?:week|month)',
  'delivered (?:my|our) (?:baby|son|daughter|twins|little one)', 'newborn(?! (?:niece|nephew|grandson|granddaughter|grandchild|grandbaby|cousin|brother|sister|baby brother|baby sister|puppy|puppies|kitten|kittens|photography|photos))', '(?:c|cesarean|caesarean) section', 'cesarean', 'caesarean',
  'milk supply', 'pumping (?:\\w+ ){0,3}for (?:my|the|our) (?:baby|newborn|little one|son|daughter)', `(?:just had (?:twins|triplets)|had (?:twins|triplets) (?:${NUMBER_WORD}) (?:days?|weeks?|months?) ago)(?= |$)`, '(?:got|had|took|get) a positive (?:pregnancy )?test(?! for| covid| lateral)', 'bfp', 'milk (?:came in|has come in|dried up|is drying up)', 'surrogate', 'breast milk', 'lactating', 'pumping (?:for|breast|milk)', '(?:my|the) (?:midwife|obgyn|ob gyn)',
  '(?:my|baby) bump(?! on| in the road)',
  '(?:trying|try|tried) (?:for a baby|for (?:our|a|another) (?:first|second|third|baby|child|one)|for another|to conceive|to get pregnant)', 'ttc',
  'ivf', 'fertility (?:treatment|issues|problems|meds|medication|drugs|injections)',
  '(?:first|second|third) trimester', 'trimester', 'baby (?:is )?due', 'due date(?! (?:for|of|on) (?:the|my|our|a|this) (?!baby))',
  `(?:im|i am|were|we are|baby is|babys|bub is) due (?:in|on|at the end of|early|late|this|next) (?:${MONTH}|${NUMBER_WORD} (?:weeks|months)|month|week)`,
  '(?:were|we are|im|i am) having a baby', '(?:im|i am|were|we are) having (?:my|our) (?:first |second |third |fourth )?(?:baby|child|little one)(?! (?:shower|party|birthday|s birthday|christening))',
  `(?:feeding|nursing) (?:my|our|a) (?:${NUMBER_WORD}|eleven|twelve) (?:week|month) old`, '(?:were|we are|im|i am) having (?:twins|triplets)',
  `(?:mum|mom|mother|mama) (?:to|of) (?:a |an )?${NUMBER_WORD} (?:day|week) old`, `(?:my|our) ${NUMBER_WORD} (?:day|week) old(?= |$)(?! (?:plan|program|programme|habit|streak|diet))`,
  '(?:recovering|recovery) from (?:childbirth|giving birth|labou?r|the birth|birth|my c section|a c section)', '(?:im|i am) (?:nearly|almost) due(?=$| now| with)', '(?:im|i am|shes|were) due (?:any day|any minute|any time|soon|next week|this week)', 'expecting (?:our|my) (?:first|second|third|fourth|1st|2nd|3rd|4th)(?! (?:delivery|order|box|package|parcel|meals?))', '(?:im|i am) with child',
  '(?:im|i am|were|we are) expecting(?= again| in | baby| twins| due| so| and| but|$)',
  'carrying (?:twins|triplets|a baby|my baby|our baby|a boy|a girl|(?:my|our) (?:first|second|third|1st|2nd|3rd|child)(?! (?:box|bag|load|order|delivery|parcel)))',
  '(?:currently|now|already) expecting(?! (?:a|the|my|our|some|results|delivery|it|to|that|him|her|them|you|more|better))',
  'baby (?:number \\w+ )?(?:is )?on the way', '(?:little one|bub|bubba|baby boy|baby girl) (?:is )?on the way',
  '(?:a |our |my )baby (?:is )?(?:coming|arriving) (?:in|this|next|soon)',
  '(?:im|i am|still|currently) nursing(?! (?:home|student|degree|school|shifts?|job|my way|a|an|the)(?= |$))',
  `(?:im|i am|were|we are) ${NUMBER_WORD} weeks(?= |$)(?! (?:into|in|out|post|since|of|from|away|left|until|till|ago|clean|sober|sugar|off|to go|without|on))`,
  '(?:im|i am) (?:[4-9]|four|five|six|seven|eight|nine) months(?= |$)(?! (?:into|in|out|post|since|of|from|away|left|until|till|ago|clean|sober|off|to go|without|on|old|postpartum|post partum))',
  'bun in the oven', 'growing (?:a|an) (?:tiny |little )?(?:human|baby|person)', 'baby on board', 'in labou?r(?! of love)', 'gone into labou?r', '(?:mum|mom|mother|mama) to be', 'expectant (?:mum|mom|mother)', 'expecting mother', 'miscarr(?:iage|ied)', 'stillbirth',
  'maternity leave',
  `(?:(?:my|our) )?(?:baby|son|daughter|little one|newborn) is (?:only |just |nearly |almost |about )?(?:${NUMBER_WORD}) (?:days?|weeks?)(?: old)?(?= |$)`, 'positive pregnancy test',
  'waters? (?:just )?(?:broke|broken|has broken|have broken)', 'baby (?:has |is )?(?:stopped|isnt|is not|hasnt|not) (?:moving|kicking)',
  '(?:having|started|getting|feel) contractions', 'contractions (?:are|every|started|have started)',
);

/** An injury: a body part and what happened to it, a named injury, an operation on a joint, a fall or a crash. */
export const INJURY = phrases(
  // A joint that keeps coming out: "my knee keeps dislocating".
  `${BODY} (?:keeps |kept |always |has been |is )?(?:dislocating|subluxing|popping out|slipping out|giving way|giving out)`,
  `(?:torn|tore|tear|ripped|ruptured|snapped|pulled|strained|sprained|twisted|dislocated|broken|broke|fractured|fracture|injured|hurt|damaged|bruised|wrenched|hyperextended|separated) (?:my |a |the |two |three |\\d+ |both |some |several |a couple of )?${BODY}(?! laughing)`,
  `(?:dodgy|busted|wonky|gammy|crook|bad) ${BODY}(?! jokes?| puns?)(?<=(?:knees|back|hip|hips|shoulder|shoulders|ankle|ankles|knee|neck|wrist|wrists|elbow|elbows))`,
  // Gym slang leaves out the "my": "smashed legs today" is a workout, "smashed my knee" is not; a cracked back is an adjustment.
  `(?:tweaked|popped|busted|bust|smashed|jammed|jarred|blew out|blown out|messed up|screwed up|wrecked|banged) (?:my |a |the )${BODY}`,
  '(?:ribs?|collarbone|skull|vertebra|kneecap|wrist|ankle|heel|shin|tooth|elbow|hip|toe|finger|foot)s? (?:is |are |s |has been |have been |got |was |were )?(?:cracked|fractured)(?= |$)',
  `cracked (?:a |my )?(?:rib|ribs|bone|skull|wrist|ankle|tooth|vertebra|kneecap|knee cap|elbow|hip|toe|finger|heel|foot|shin|collarbone)`,
  `(?:did|done|doing) (?:my |a )?${BODY} in`, `${BODY} (?:s )?(?:been |has been |have been |is |are )?(?:dodgy|weak|unstable|painful|bad|not right) since`, `(?:ive |i )(?:done|did) (?:my |a )${BODY}(?=$| again| in| playing| skiing| running| at| when| lifting)`,
  '(?:in|use|using) a wheelchair', `my ${BODY} (?:just )?(?:popped|went pop|snapped|gave way|gave out)(?! (?:back|in))`, `(?:blew|blown|blow) (?:my |a )?${BODY} out`, 'rolled (?:my |an )?(?:ankle|foot)', '(?:put|threw|throw|thrown|putting) (?:my )?(?:lower )?back out',
  'my back (?:went|gave out|gave way|has gone|locked up|seized up)',
  '(?:acl|mcl|meniscus|ligament|achilles|rotator cuff|hamstring|groin|calf|labrum|cartilage) (?:tear|injury|rupture|strain|sprain|surgery|reconstruction|repair|repaired)',
  '(?:hurt|injured) myself (?:lifting|at the gym|training|running|playing|skiing|deadlifting|squatting|falling|on a|on the|in a|in the|at work|doing|badly)',
  'bone (?:is )?(?:sticking|poking) out',
  'bone spurs?', 'sprain',
  '(?:tore|torn|pulled|broke|snapped|popped|damaged) something (?:in my|in the)', `(?:did|done) something to my ${BODY}`,
  `${BODY}s? (?:has been|is|s been|been|keeps|have been|are) killing me(?= for (?:weeks|days|months|ages|a week|a month|a few (?:days|weeks)|a couple of (?:days|weeks)|\\d+ (?:days|weeks|months))| since| every day| all the time)`,
  'came off (?:my |the |a )?(?:bike|horse|motorbike|scooter|skateboard|ladder)(?! (?:and (?:was|am) )?(?:fine|ok|okay))', `${BODY} (?:is |looks )?bent(?= backwards| the wrong way| sideways|$)`, '(?:compressed|degenerative|degenerated|prolapsed|ruptured) dis[ck]', 'spinal (?:fusion|surgery)', 'arthroscop(?:y|ic)',
  'herniated', 'slipped dis[ck]', 'bulging dis[ck]', 'stress fracture', 'fractured?', 'concussion', 'sciatica', 'tend[io]n?itis', 'tendinopathy',
  'bursitis', 'whiplash',
  '(?:pinched|trapped) nerve', 'nerve damage', '(?:tennis|golfers) elbow', '(?:runners|jumpers) knee', 'shin splints', 'frozen shoulder',
  'carpal tunnel', 'plantar fasciitis',
  // Not "injury-free", "no injuries", nor a physio who treats them.
  'injur(?:y|ies|ed)(?! free| clinic| therapist| specialist| massage| physio| prevention)(?<!(?:own|handle|treat|treating|prevent|preventing|avoid|avoiding|about) injur(?:y|ies|ed))',
  `${BODY} (?:is |are |s |s been |been |still |got |was |has been |keeps? |looks? |just )?(?:really |very |so |badly |quite |super )?(?:sore and |red and |bruised and |painful and |hot and |clicks and |locks and |aches and |hurts and )?(?:injured|swollen|dislocated|broken|fractured|bruised|torn|ruptured|snapped|sprained|strained|busted|messed up|wrecked|knackered|shot|gone|in spasm|in bits|in pieces|in agony|in pain|deformed|giving way|gave way|gives way|giving out|gave out|gives out|keeps giving out|bent backwards|bent (?:back|sideways)|buckling|popping out|pops out|popped out|swelling|swelling up|swells|swells up|locks up|locking up|keeps locking|bent and swelling|bent the wrong way|bent (?:at )?(?:a )?(?:weird|wrong|odd|funny) angle|out of (?:place|its socket))`,
  `(?:until|till|while|before) my ${BODY} (?:heals|has healed|is healed|recovers|gets better)`, `(?:cant|cannot|can not|unable to|can barely) (?:put (?:any )?weight on|move|bend|straighten|lift|turn|raise) (?:my )?${BODY}`,
  '(?:can|could) barely walk', `${BODY} (?:is|are) (?:really |very |so )?(?:bad|terrible|awful|playing up|acting up)(?= at the moment| right now| lately| again| today|$)`, 'fell (?:really |so |quite )?(?:hard|badly) on my', '(?:cant|cannot) walk', 'on crutches', 'in a (?:knee |ankle |back |wrist |neck |leg |arm )?(?:cast|boot|brace|splint|sling|neck brace)', `(?:cast|brace|splint|sling|boot) on my ${BODY}`,
  'pulled (?:a |my )?muscle(?! laughing)', 'spasms?', 'slipped a dis[ck]', 'hernia',
  '(?:i think|pretty sure|im sure) (?:its|it is) (?:broken|fractured|dislocated)',
  'dropped (?:a |the )?(?:\\w+ )?(?:weight|plate|dumbbell|kettlebell|barbell|bar) on my',
  'cut my (?:hand|finger|thumb|foot|head|face|leg|knee) (?:badly|open|deep|really bad)', 'deep cut (?:on|in) my', 'gash', 'bleeding (?:\\w+ ){0,3}from (?:a |the |my )?(?:cut|wound|gash)',
  // Not "gastric bypass surgery 3 weeks ago": an operation on the stomach or heart is a medical matter.
  '(?:recovering from|had|having|need|after|post|waiting for|waiting on|booked in for|scheduled for|due for) (?:a |an |my )?(?!(?:\\w+ )?(?:surgery|operation|op) on (?:my |the |our )?(?:dogs?|cats?|pets?|horses?|mums?|moms?|dads?|sons?|daughters?|kids?|husbands?|wifes?|partners?|babys?) )(?:(?!gastric|bypass|bariatric|sleeve|band|heart|bowel|weight|cancer|brain|gallbladder|kidney|liver|thyroid|stomach|lung|womb|ovary|prostate|eye|cataract)\\w+ )?(?:surgery|operation|op)(?= |$)',
  `(?:surgery|operation) on my ${BODY}`, `had (?:my )?${BODY} (?:repaired|reconstructed|operated on|pinned|fixed|scoped)`,
  '(?:knee|hip|shoulder) replacement', '(?:knee|hip|shoulder|back|ankle|spinal|acl|wrist|elbow) (?:ops?|operations?|surgeries|reconstruction)(?= |$)',
  '(?:knee|knees|ankle|ankles|hip|hips|shoulder|shoulders|back|wrist|wrists|elbow|elbows|neck)(?: clicks and| cracks and| grinds and)? (?:hurts|aches|is painful|really hurts|kills)(?= going| when i| on the| every| all the time| constantly| if i)', 'had (?:a |my )?(?:hip|knee|shoulder|joint|hips|knees) replaced', 'heard (?:a |something )?(?:snap|crack|pop) (?:in|from) my',
  '(?:cant|cannot) (?:stand|walk|put (?:any )?weight) on (?:it|my \\w+)',
  '(?<!(?:gastric|bypass|bariatric|sleeve|band|heart|bowel|loss|cancer|brain|gallbladder|kidney|liver|thyroid|stomach|lung|womb|ovary|prostate|eye|cataract) )(?:surgery|operation) (?:last|this|a few|two|three|\\d+) (?:week|weeks|month|months|days?)',
  'in a sling', 'hit my head',
  '(?:have|got|with|ive got) a bad (?:back|knee|shoulder|hip|ankle|neck)(?! jokes?| puns?)',
  // Falls and crashes, not "fell off the wagon".
  'i (?:just )?fell (?:over|down|off (?:a |my |the )?(?:ladder|bike|horse|roof|wall|stairs|chair|bed|stage|treadmill|scooter|skateboard)|down the stairs|on the ice|on my|and (?:hurt|hit|broke|landed|cant|i cant))',
  '(?:since|from|after) (?:a|an|my|the) (?:bad |car |bike )?(?:fall|accident|crash)(?= |$)', '(?:pain|hurts?|hurting) (?:\\w+ ){0,4}(?:since|from|after) (?:an? |my |the )?(?:car )?(?:accident|crash)(?= |$)', 'since i fell(?! off the wagon| behind| asleep| in love| for| out)', '(?:had|after) a (?:bad |nasty )?fall(?! from grace)',
  'took a (?:bad |nasty )?fall', 'car (?:crash|accident)', 'crashed my (?:car|bike|motorbike)',
  '(?:hit|knocked) (?:off my bike )?by a (?:car|bus|truck|van)(?! of)', 'hit (?:in|on) the head', 'fallen (?:off|down) (?:a |my |the )?(?:ladder|bike|horse|roof|wall|stairs|chair|bed|stage|treadmill|scooter|skateboard)', 'knocked off my bike', '(?:got|was|been) knocked (?:out|unconscious)',
  'knocked myself out', 'me (?:rompi|torci|lesione|fracture|disloque|quebre) (?:la|el|los|las|un|una) \\w+', 'esguince',
);

/** A medical condition by its name or its doctor, and the medicines that signal one. */
export const MEDICAL = phrases(
  'immunotherapy', 'tamoxifen', 'letrozole', 'anastrozole', 'atrial flutter', 'insulin dependent',
  '(?:transplant|renal|cardiac|oncology|chemo|copd) patient', 'enlarged (?:heart|liver|spleen|prostate|thyroid)',
  '(?:lungs?|heart|liver|kidneys?) (?:is |are |s )?(?:scarred|damaged|enlarged|failing)(?= |$)',
  // Conditions named after someone, said by the name alone.
  'raynauds', 'sjogrens', 'menieres', 'bells palsy', 'ehlers danlos', 'marfans', 'guillain barre', 'huntingtons', 'wilsons disease', 'cushings syndrome',
  'chronic (?:illness|illnesses|pain condition|disease|condition)', '(?:i have|ive got|i got|living with|diagnosed with) (?:a |an )?(?:\\w+ ){0,2}illness(?= |$)(?! (?:last|a few|over))',
  '(?:sugars?|blood sugars?|glucose) (?:run|runs|running|are|is|keep) (?:a bit |a little |slightly )?(?:high|low)(?: \\w+){0,2} (?:type (?:1|2|one|two)|diabetic|diabetes|t1|t2)(?= |$)',
  'long covid', 'biops(?:y|ies)', '(?:found|feel|felt|noticed|got|have) a (?:new )?lump(?= in| on| under|$)', 'hole in (?:my|the) heart',
  '(?:having|had|get|getting|keep having|been having) (?:a lot of |lots of |loads of |some |a few |more |these |regular )?(?:blackouts|blacking out|fainting (?:spells|episodes)|dizzy spells|funny turns)(?= |$)(?! from (?:drinking|alcohol|drink|booze))',
  '(?:i have|ive got|diagnosed with|with) pots(?= and| so| which|$)',
  'diabet(?:es|ic|is|ies|ik|ica|ico|e|ique)', 'prediabet(?:es|ic)', 'type (?:1|one|2|two)(?= diabet| d)', '(?:with|have|got|being) type (?:1|one|2|two)(?=$| diabet| and| but| so)', '(?:im|i am) (?:a )?type (?:1|one|2|two)(?= |$)(?! (?:\\w+ )?(?:personality|person|fun|guy|girl|gal|kind|sort|people))', '(?:i have|ive got|i got|diagnosed with|living with) type (?:1|one|2|two)(?= |$)(?! personality| fun| fibres?| collagen| skin| hair)', 'hypos?', '(?:blood pressure|bp|kidney|liver) (?:problems?|issues?|trouble)', 'thyroid (?:is |s )?(?:under|over) ?active', 'asthmatic', 'ostomy', 'narcolepsy', '(?:i have|ive got|i got|got) the sugar(?=$| diabetes| and| so| but)',
  'hypoglyc(?:a)?emi(?:a|c)', 'hyperglyc(?:a)?emi(?:a|c)', 'hole in my heart', 'heart (?:valve|defect)', '(?:bad|weak|dodgy|dicky|funny|wonky) heart(?! (?:jokes?|eyes|for))', '(?:a|my) heart thing(?= |$)', '(?:dodgy|wonky|lazy|sluggish|slow) thyroid', '(?:bad|dodgy|weak|dicky|funny|wonky) ticker', 'ticker (?:isnt|is not|aint|not) (?:great|good|strong|right|what it was)',
  '(?:my) (?:meds|medication|medications|tablets|pills|medicine) (?:make|makes|made|affect|affects|cause|causes|give|gives|mess with|messes with|kill|kills|increase|increases)',
  '(?:on|take|taking) (?:a lot of |lots of |loads of |a bunch of |several |many |multiple |(?:two|three|four|five|\\d) (?:different )?)(?:meds|medications?|tablets|pills)',
  '\\w{2,}(?:triptyline|gabalin|pentin)', 'tramadol', 'codeine', 'morphine', 'hrt', '(?:use|using|need|carry) (?:an |my )?inhaler', 'transplant list', 'leuka?emia', 'lymphoma', 'myeloma',
  '(?:low|high) (?:iron|potassium|b12|ferritin)(?= |$)(?! (?:foods?|diet|recipes?|meals?))', 'vertigo', '(?:recovering|recovery) from (?:a |my )?(?:stroke|heart attack|cancer|chemo|sepsis|pneumonia|long covid|kidney failure)',
  '(?:i have|ive got|i got|diagnosed with|suffer from|suffering from|living with) (?:a |an )?(?:\\w+ ){0,2}(?:disease|disorder|syndrome|condition|deficiency)',
  '(?:blood pressure|cholesterol|thyroid|heart|diabetes|sugar) (?:meds|medication|tablets|pills)', 't1d', 't2d', 'insulin', 'kidneys?(?! beans?)',
  'dialysis', 'renal',
  'liver (?:disease|failure|problems?|enzymes|function|damage)',
  '(?:liver|kidneys?|heart|thyroid|pancreas|lungs?)s? (?:isnt|is not|aint|s not|not) (?:great|good|strong|healthy|working|functioning|right)', '(?:blood )?sugar (?:problems|issues|trouble)', '(?:high|low) blood (?:sugars?|glucose)', '(?:liver|heart|thyroid|pancreas) (?:is|are) (?:fatty|failing|enlarged|damaged|not working|weak|bad)', '(?:liver|kidneys?|heart|thyroid|pancreas|lungs?) (?:isnt|arent|is not|are not|not|doesnt|dont) (?:working|functioning|work)(?: properly| right| well)?',
  '(?:i have|ive got|diagnosed with|with) ms(?= |$)', 'fatty liver', 'cirrhosis',
  // "the price nearly gave me a heart attack" is a figure of speech.
  '(?<!(?:gave|give|giving|gives) me (?:a )?)heart (?:condition|disease|problems?|trouble|failure|attack(?! waiting)|surgery|murmur|issues?|skips|skipping|flutters|fluttering)',
  'arrhythmia', 'irregular heart ?(?:beat|rhythm)?', 'afib', 'atrial fibrillation', 'palpitations', 'pacemaker', 'stents?', '(?:triple|double|quadruple|heart) bypass', 'angina',
  '(?:had|suffered) (?:a |two |three |several |\\d+ )?(?:small |minor |mild |mini |major )?strokes?', 'mini stroke', '(?:a|had a) tia',
  '(?:high|low) (?:blood pressure|bp)', '(?:i have|ive got|i got|suffer from|with) (?:high |low )?bp(?= |$)', 'bp (?:meds|medication|tablets|pills)', 'a fib', 'hep (?:b|c)', 'addisons?', 'cushings?', 'losartan', 'blood pressure (?:is )?(?:through the roof|sky high|really high|too high|dangerously)', 'hypertension',
  'high cholesterol', '(?:cholesterol|blood pressure|bp|sugar|blood sugar|sugars) (?:is|are|s|levels? (?:are|is)|has been|have been|was|been|keeps? (?:going|running)|running|reading|runs?) (?:very |really |too |way too |dangerously )?(?:high|raised|elevated|up|through the roof)(?= |$)(?! (?:intake|in (?:my|the) diet|five|5))', 'blood sugar (?:problems|issues)', 'cancer', 'chemo(?:therapy)?',
  'radiotherapy', 'tumou?r', 'remission', 'epilep(?:sy|tic)', 'seizures?(?! of)', 'pcos', 'polycystic', '(?:under|over) ?active thyroid',
  'hypothyroid(?:ism)?',
  'hyperthyroid(?:ism)?', 'thyroid (?:condition|problems?|issues?|disease|disorder)', 'hashimotos?', 'crohns?', 'colitis', 'ibs', 'irritable bowel',
  'diverticulitis',
  // Migraines are everyday until they are chronic or floor them (WordNet's names leave them out).
  '(?:suffer|suffering|suffered) (?:from|with) (?:\\w+ ){0,2}migraines?', 'chronic migraines?', 'migraines? (?:that|which) (?:last|make me|put me|floor me|leave me)',
  'celiac', 'coeliac', 'gout', 'lupus', 'multiple sclerosis', 'fibromyalgia', 'chronic fatigue', 'autoimmune',
  '(?:rheumatoid |psoriatic |osteo ?)?arthritis', 'osteoporosis', 'osteopenia',
  'asthma', 'copd', 'emphysema', 'sleep apn(?:o)?ea', 'ana?emi(?:a|c)', 'broken out in hives', 'hiv', 'hepatitis', 'pancreatitis', 'gallbladder(?! (?:checked|scanned|tested)| is fine| was fine)', 'gallstones', 'stoma',
  'colostomy', 'ileostomy', '(?:kidney|liver|heart|lung|organ|bone marrow|stem cell) transplant',
  'cystic fibrosis', 'blood clots?', 'dvt', 'pulmonary embolism', 'immunocompromised', 'ckd', 'chf', 'nafld',
  '(?:potassium|sodium|iron|b12|ferritin) (?:is |levels? (?:are|is) )?(?:very |really |too |dangerously )?(?:high|low)(?= |$)', 'sickle cell', 'ha?emophilia', 'parkinsons', 'ulcers?', '(?:thyroid|spleen|ovaries|ovary|uterus|womb|colon|bowel|stomach|kidney|pancreas|gallbladder) (?:was |were |has been |got )?(?:removed|taken out)', 'hysterectomy', 'thyroidectomy', 'a1c', 'hba1c',
  '(?:my|blood) sugars (?:are|have been|were|go|keep|spike|drop|crash)', 'my (?:blood )?(?:sugar|glucose) levels?',
  'cardiac (?:patient|rehab|rehabilitation|arrest|event|surgery)', '(?:heart|cancer|kidney|diabetic|liver|stroke|dialysis) patient(?= |$)',
  '(?:cardiologist|oncologist|endocrinologist|nephrologist|gastroenterologist|hepatologist|rheumatologist)',
  'blood thinners?', 'warfarin', 'metformin', 'ozempic', 'wegovy', 'mounjaro', 'zepbound', 'rybelsus', 'semaglutide', 'tirzepatide', 'saxenda',
  'victoza', 'trulicity', 'jardiance', 'januvia', 'lithium',
  // Brand names visitors know their medicine by: insulins, thyroid, cholesterol, diabetes and epilepsy tablets.
  'lantus', 'novorapid', 'humalog', 'levemir', 'tresiba', 'toujeo', 'fiasp', 'humulin', 'novomix', 'synthroid', 'eltroxin', 'euthyrox', 'lipitor', 'crestor', 'zocor',
  'glucophage', 'keppra', 'lamictal', 'tegretol', 'epilim', 'depakote', 'lamotrigine', 'levetiracetam', 'carbamazepine', 'valproate',
  // Medicines by their families' endings: lisinopril, atenolol, atorvastatin, losartan, sitagliptin, empagliflozin.
  '\\w{3,}(?:pril|olol|statin|sartan|gliptin|gliflozin|glutide|azepam|oxetine|pramine|prazole|dipine|thiazide|semide|xaban|gatran)', 'statins?', 'beta blockers?', 'water (?:pills?|tablets?)', 'endometriosis', 'adenomyosis', '(?:had|suffered|survived) (?:a |an |two |three |several |\\d+ )?(?:small |minor |mild |major |massive )?heart attacks?',
  'diuretics?',
  'levothyroxine', 'thyroxine', 'prednison(?:e|olone)', 'prednisolone', 'steroids', 'sertraline', 'citalopram', 'escitalopram', 'prozac', 'zoloft',
  'lexapro', 'wellbutrin', 'bupropion',
  'venlafaxine', 'mirtazapine', 'antidepressants?', 'ssris?', 'antipsychotics?', 'quetiapine', 'olanzapine', 'seroquel', 'eliquis', 'xarelto',
  'apixaban', 'rivaroxaban', 'clopidogrel',
  'methotrexate', 'humira', 'immunosuppressants?', 'orlistat', 'phentermine', 'insulin pump', 'dexcom',
  '(?:on|taking|take|prescribed) (?:any |some |my |a |regular )?(?:medication|medications|meds|prescription|prescriptions|insulin|steroids|tablets for|pills for)',
  'medication for', '(?:pill|pills|tablets|meds|medication|medicine|injections) for (?:my |the )?(?:blood pressure|heart|cholesterol|thyroid|diabetes|sugar|epilepsy|depression|anxiety|bipolar)',
  '(?:heart|cardiac) scare', 'heart (?:isnt|is not|aint) (?:great|good|strong|healthy|working)', 'borderline (?:type (?:1|2|one|two)|diabetic|diabetes)',
  '(?:weak|weakened|compromised|low) immune system', '(?:tablets|pills|meds) for my(?! (?:headache|hangover|cold|hayfever|hay fever|period|cramps|sore))', 'allergic reactions?',
  'blood sugar (?:is |of |at |was )?(?:\\d+|low|high|dropping|crashing|all over)', 'anaphyla(?:xis|ctic)', 'epipen', 'cgm', '(?:freestyle )?libre (?:sensor|2|3)', 'omnipod', 'resting heart rate (?:is )?1[0-2]\\d(?= |$)',
  'severe(?:ly)? (?:\\w+ )?allerg(?:y|ies|ic)',
  'gastric (?:bypass|sleeve|band)', 'gastrectomy', 'lap band', 'bariatric', 'weight loss surgery', 'bowel (?:surgery|resection|cancer|disease)',
  '(?:ended up|was|been|landed) in (?:the )?(?:hospital|er|a and e|emergency)(?! to visit| visiting| for work| to see)', 'hospitali[sz]ed',
  '(?:cant|cannot) keep (?:anything|water|fluids|food) down', 'panic attacks', '(?:i have|i get|ive had|i had|i suffer from|i suffer) (?:a few |the odd |occasional |some )?fits(?! of)',
  '(?:i have|ive got|i got|diagnosed with|with) af(?= |$)', 'heart (?:op|operation|ops)(?! for (?:my|her|his|their))', '(?:something|stuff|tablets|pills|meds) for my heart',
  'bipolar(?! weather| about)', '(?:presion|tension) (?:alta|baja)', 'insulina', 'hipertension', 'tiroides', '(?:enfermo|enferma) del corazon', '(?:have|got|with) (?:the )?(?:(?:high|low) (?:blood )?pressure|(?:blood )?pressure (?:high|low|problems?))(?= |$)', 'sick (?:of|in|with) (?:the|my) (?:heart|kidneys?|liver|lungs?|sugar|thyroid)(?= |$)', 'schizo(?:phreni(?:a|c)|affective)', 'psychosis', 'psychotic episodes?', '(?:diagnosed with|clinical(?:ly)?|severe(?:ly)?) depress(?:ion|ed)',
);

/**
 * The names WordNet knows (safety-names.ts), for the conditions, injuries and medicines nobody here wrote
 * ("my sciatica", "a hiatus hernia", "on allopurinol"), with their plurals ("gallstones", "migraines").
 */
const named = (names: readonly string[]) =>
  phrases(`(?:${[...names].sort((a, b) => b.length - a.length).join('|')})(?:s|es)?`);
export const CONDITION_NAMED = named([...CONDITION_NAMES, ...MEDICINE_NAMES]);
export const INJURY_NAMED = named(INJURY_NAMES);
/** A word coined the way medicine names conditions ("costochondritis", "lymphoedema", "sarcopenia"), unless it means something else. */
export const CONDITION_COINED = phrases(`(?!(?:${NOT_CONDITIONS.join('|')})(?= |$))[a-z]{3,}(?:${CONDITION_ENDINGS.join('|')})s?`);

/** Signs of immediate danger, whatever the kind: the reply points to emergency help first. */
export const URGENT = phrases(
  'heart (?:is |s )?(?:going|beating|racing|pounding|at) (?:at )?(?:1[4-9]\\d|2\\d\\d)(?: bpm)?(?: \\w+){0,5} (?:sitting|resting|lying|doing nothing|sat|at rest)(?= |$)',
  // A knock to the head and sick or confused since.
  '(?:banged|bumped|smacked|whacked|hit|knocked|cracked) my head(?: \\w+){0,6} (?:being sick|vomiting|throwing up|threw up|been sick|dizzy|confused|drowsy|sleepy|seeing double)',
  '(?:arm|face|leg|side|hand) (?:has |is )?(?:suddenly |just |all of a sudden )(?:gone |went |going )?(?:numb|tingly|weak|droopy)',
  '(?:im|i am) (?:going|dropping|running) low(?= and| fast| right now|$)', 'ketones (?:are |is )?(?:high|rising|up|through the roof)(?: \\w+){0,3} (?:and )?(?:im |i am |i keep )?(?:being sick|vomiting|throwing up|sick)', 'having an? (?:bad |really bad |severe )?hypo',
  '(?:havent|have not|not) (?:taken|had|injected) (?:my |any )?insulin (?:for|in) (?:\\d+|two|three|four|five|a few|several) days',
  'me duele (?:mucho )?el pecho', 'me (?:he )?desmay(?:e|ado)', '(?:j ?ai )?mal a la poitrine', 'dolor (?:en el|de) pecho', 'no puedo respirar', 'je (?:ne )?(?:peux|arrive) pas (?:a )?respirer', 'douleur (?:a la|dans la) poitrine',
  'chest pains?', 'chest (?:hurts|is hurting|really hurts|is killing me)(?! (?:from|after) (?:coughing|bench|the gym|laughing))',
  // A chest that has hurt for a while, and an arm gone heavy or weak: "my chest has been hurting for an hour".
  'chest (?:has been|have been|been|keeps|kept|started|is still|still) (?:really |so |very )?(?:hurting|aching|tight|heavy|painful|sore)(?! (?:from|after|since) (?:coughing|bench|benching|the gym|laughing|chest day|push ?ups|training|my workout))',
  '(?:left |right )?arm (?:feels|is|has gone|went|going|feeling) (?:really |so |very )?(?:heavy|weak|dead)(?! (?:after|from|since) (?:the gym|training|curls|lifting|workout|arm day|push ?ups|sleeping on it))',
  // Insulin in and no food after it: a low on its way.
  '(?:took|taken|had|injected|did) (?:my )?(?:\\w+ )?insulin(?: \\w+){0,4} (?:havent|have not|didnt|did not|not|forgot to|couldnt|cant) (?:eaten|eat|had (?:any )?food|had anything)', '(?:feeling|sensation|pain|pressure|tightness|heaviness) (?:in|on|across) my chest',
  'heart (?:is )?(?:beating |going )?(?:\\w+ ){0,3}(?:irregular|irregularly|out of rhythm)', 'bent backwards', '(?:left arm|jaw) (?:hurts|is hurting|aches|pain)', 'pain (?:in|down) my left arm', 'chest (?:pressure|tightness|heaviness)', 'allergic to (?:\\w+ ){1,2}and (?:i )?(?:think )?(?:i )?(?:just )?(?:ate|had|eaten|swallowed)',
  '(?:sugar|glucose|meter|reading)(?: \\w+){0,3} (?:says|reads|shows|showing|reading) (?:lo|hi)(?= |$)', 'sitting on my chest', '(?:an elephant|a weight|something heavy|a brick) on my chest(?! (?:lifted|off|has lifted|is gone))', 'chest (?:and|or) (?:jaw|arm)', 'having a hypo', '(?:im|i am|going|feel|feeling) hypo(?= |$)', 'sugars? (?:has |have |just |levels? )?(?:dropped|crashed|plummeted|tanked|gone low|went low)(?! (?:carb|fat|calorie|sugar|in|my))', 'hypo (?:right now|now)',
  'sugars? (?:is |s |are |levels? are |level is )?(?:really |very |too |dangerously )?(?:low|dropping|crashing)(?! (?:carb|fat|calorie|sugar|in))',
  'vision (?:went|suddenly went|has gone|is going|going|just went) (?:blurry|blurred|black|dark|funny)',
  'blood pressure(?: \\w+){0,3} (?:1[89]\\d|2\\d\\d) (?:over )?\\d{2,3}', 'looks? deformed', '(?:pain|pressure|tightness|heaviness|crushing) (?:in|across|on) my chest', 'spreading (?:to|down|into) my (?:left )?(?:arm|jaw|neck|back|shoulder)', 'gasping for (?:air|breath)(?! (?:after|during|on|from|at|when|in))',
  '(?:hives|rash)(?: \\w+){0,5} throat', 'just had a (?:seizure|fit|stroke|heart attack)(?! of)', 'pouring (?:blood|with blood)', 'blood (?:is )?(?:pouring|gushing|spurting)',
  'crushing (?:pain|chest)', 'chest (?:is |feels |felt |has been |getting |went )?(?:really |so |very )?(?:sore and |painful and )?(?:tight|heavy|crushing)',
  '(?:cant|cannot) stop (?:shaking|trembling|vomiting|throwing up|being sick|bleeding)(?! (?:my|with|about|laughing|after|when|whenever|every|if))', '(?:cant|cannot|can not) breathe?(?! a word| through (?:my|the) nose| in (?:these|this|skinny|tight)| from (?:laughing|laughter)| laughing| lol| haha)', 'trouble breathing', 'struggling to breathe', '(?:cant|cannot) (?:catch|get) my breath(?! (?:after|when|on|from|during|back|up the|climbing|walking|running))',
  'heart (?:is )?(?:beating|going|thumping) (?:so |really |very |too |way too )?(?:fast|hard|quick|quickly)(?!(?: \\w+){0,5} (?:sprint|workout|run|ran|running|class|gym|cardio|exercise|training|hiit|excited|excitement|nervous|date|coffee|stairs))',
  'asthma attack', 'lips (?:are |have )?(?:turning |gone |going )?(?:blue|purple)',
  'pass(?:ed|ing)? out(?<!(?:when|until|till|unless|before) (?:im|i am|i feel) (?:about to |going to |gonna |nearly |almost )pass(?:ed|ing)? out)(?! from (?:hunger|boredom|excitement|laughing))(?! (?:on|in front of|watching|in) (?:the |my )?(?:sofa|couch|bed|tv|telly|netflix)| after (?:work|a few drinks|the party)| drunk)', 'faint(?:ed|ing)(?! once)(?! from (?:hunger|boredom|excitement|laughing))(?! (?:when|at|after) (?:i )?(?:saw|see|seeing|heard|hearing|read|reading|looked at|looking at|the price|the bill|the cost))',
  'feel(?:ing)? (?:really |very |so )?faint(?! (?:when|if|after|sometimes|whenever|just|thinking|looking|at the|reading))',
  '(?<!(?:hungry|starving|tired|bored|excited|hot|happy) (?:that )?i )(?:going to|gonna|about to|might|could) (?:faint|pass out|collapse|black out)(?<!(?:when|until|till|unless|before) (?:im|i am|i feel|i) (?:\\w+ )?(?:going to|gonna|about to|might|could) (?:faint|pass out|collapse|black out))(?! from (?:hunger|boredom|excitement|laughing))',
  'black(?:ed|ing)? out(?! (?:the|my|a|some|all|those|these|dates|windows|times|days))', 'i (?:just )?collapsed(?! (?:on|onto|into) (?:the |my )?(?:sofa|couch|bed))',
  'hearts? (?:is |s )?(?:racing|pounding)(?! (?:just )?(?:reading|looking|thinking|seeing|at the))(?!(?: \\w+){0,5} (?:sprint|sprints|workout|run|ran|class|cardio|hiit|excited|excitement|date|rollercoaster))', 'having a (?:seizure|stroke|heart attack)(?! of)',
  'numb(?:ness)? in my (?:arm|face)',
  '(?:left |right )?(?:arm|face|leg|side|hand) (?:is |has |went |feels |keeps )?(?:gone |going )?(?:numb|tingly|tingling)',
  'cant feel my (?:left |right )?(?:arm|arms|legs?|face|hands?|feet|side)', '(?:cant|cannot) feel (?:the )?(?:left |right |one )side of my (?:face|body)',
  '(?:drink|drinks) (?:was|were|has been|got|been) spiked', '(?:i|ive|i think i) (?:been|was|got|have been) spiked', '(?:insulin )?pump (?:has )?(?:failed|stopped working|broke|came out)(?= |$)',
  '(?:sugars?|glucose|bg|blood sugar) (?:is |are |s |levels? (?:are|is) )?(?:sky high|through the roof|off the charts)', '(?:face is |face )drooping', 'drooping on one side', 'slurr(?:ed|ing)',
  'words (?:are|arent|are not|keep|wont|dont|re) (?:not )?(?:coming out|come out) (?:wrong|right|properly|funny|jumbled)', 'one side of my (?:face|body)',
  'having an? (?:really |very |bad |severe |really bad )?(?:allergic reaction|anaphylactic)', 'throat (?:feels |is )?(?:getting |going )?(?:tight|closing|swelling|swollen)', 'swell(?:ing|ed)? (?:up )?(?:like a (?:balloon|melon)|(?:really |so |very )?(?:fast|quickly))',
  // Not "my wallet is bleeding" or "a bleeding heart".
  '(?<!(?:wallet|bank|account|budget|finances|pocket|pockets|money|eyes|ears|gums|nose) (?:is |are )?)bleeding(?! money| cash| heart| edge| me dry| disorder| condition| problems?| gums| (?:the |my )?(?:hydraulic |disc )?(?:brakes?|radiators?|lines?))',
  'blood everywhere', 'wont stop bleeding', '(?:vomiting|coughing up|throwing up|threw up|vomited|coughed up) blood', 'blood in my (?:stool|urine|poo|pee|vomit)',
  'seeing double', 'hit my head', '(?:lips|tongue|face|throat|mouth|eyes) (?:is |are |keep |started )?(?:swelling|swollen|puffing up|tingling)(?! from (?:crying|sleeping|sleep|the heat|salt|drinking|a night out|hay ?fever|the dentist))',
  'bone (?:is )?sticking out', 'bent the wrong way', '(?:can|i can) see (?:the |my )?bone',
  'heard (?:it |something |a )?(?:snap|crack|pop)(?!(?: \\w+){0,8} (?:felt|feels|feeling) (?:great|good|amazing|better|fine|so good))', '(?:cant|cannot) move my (?:leg|legs|arm|arms|neck|body)', 'knocked (?:out|unconscious)',
  'worst headache', 'heart (?:is |keeps )?(?:fluttering|flipping|skipping) (?:like mad|constantly|non stop|all day)', '(?:glucose|sugar|cgm|dexcom|libre)(?: \\w+){0,2} (?:beeping|alarming|going off|says|reads|showing) (?:low|lo|high|hi)(?= |$)', 'ketoacidosis', 'dka',
  '(?:cant|cannot|wont|will not) stop (?:a |the |my )?(?:nosebleed|nose bleed|bleeding)', '(?:(?:ive|i|just) )?had a (?:seizure|fit)(?= and| today| just| this| an hour| earlier| last night)',
  'pins and needles (?:down|in|on|all down) (?:my )?(?:left|right|one) (?:side|arm|leg)', 'speech (?:went|is|has gone|going|goes) (?:funny|weird|slurred|strange)(?=$| for| and| suddenly| just now)', 'inhaler (?:isnt|is not|not|doesnt|does not) (?:working|helping)(?! as (?:well|good|much))',
  'hit (?:in|on) the head', '(?:blinding|thunderclap|explosive) headache', 'headache (?:that )?came on (?:suddenly|out of nowhere|all of a sudden)',
  '(?:cant|cannot) see (?:properly )?(?:out of|in|with) (?:one|my left|my right) eye', 'lost (?:the )?sight in (?:one|my left|my right) eye', 'suddenly (?:cant|cannot) see', '(?:took|taken|swallowed) (?:like |about )?[1-9]\\d+ laxatives', 'resting heart rate (?:is )?(?:1[3-9]\\d|2\\d\\d)', 'heart rate (?:is )?(?:1[4-9]\\d|2\\d\\d)(?: \\w+){0,3} (?:at rest|while resting|resting|sitting|lying|sat down|doing nothing)', 'feel like (?:im|i am) dying(?! after| from| of| on| at| doing| in| to| for)',
  '(?:cant|cannot) (?:speak|talk)(?= properly|$| in full sentences)', 'heart (?:feels|is feeling|is acting|is beating|is doing) (?:something )?(?:weird|funny|strange|wrong|irregular|odd)(?! (?:when|whenever|every time) i (?:see|look|think|eat))', '(?:can|could) (?:barely|hardly) (?:breathe|catch my breath)(?! (?:after|in|from|during|when))',
  '(?:sugars?|glucose|blood sugar)(?: \\w+){0,3} (?:high|through the roof|sky high)(?: \\w+){0,4} (?:vomiting|being sick|throwing up|sick all)', '(?:vomiting|being sick|throwing up|been sick)(?: \\w+){0,8} (?:sugars?|glucose)(?: \\w+){0,2} (?:are |is )?(?:high|sky high|through the roof)',
  'vision (?:is |went |has gone |going |is going )(?:black|dark)', 'lost (?:my )?vision', 'having an? (?:really bad |bad )?panic attack',
  'throat (?:\\w+ ){0,3}closing',
  '(?:stung|ate|eaten|had|swallowed)(?: \\w+){0,5} (?:and )?(?:im|i am) (?:really |very |severely )?allergic', 'accidentally ate',
  '(?:weird|wrong|odd|funny) angle', 'bone (?:is )?(?:sticking|poking) out', 'sudden (?:severe |bad )?headache',
  'dizzy and (?:confused|disoriented|shaking|shaky|faint)', '(?:confused|disoriented) and (?:dizzy|shaking|shaky|drowsy|sleepy|faint)', 'dizzy and (?:i )?(?:cant|cannot) (?:stand|stand up|walk|see)',
  'heart (?:keeps |is |has )?(?:stopping|stopped)(?= and| for| beating|$)', 'heart (?:feels like|is) (?:its |it is )?(?:going to|gonna|about to) (?:explode|burst|stop|beat out)(?! with)',
  '(?:i )?(?:cant|cannot) move(?=$| at all)', '(?:i )?(?:cant|cannot) get up(?=$| off the floor)',
  // A blood sugar far too low (in mg/dL or mmol/L, "2.8" read as "2 8") or far too high.
  '(?:blood )?(?:sugar|glucose|bg|bgl)(?: (?!intake|cravings?|grams)\\w+){0,3} (?:is|of|at|was|says|reads|shows|showing|read|to) (?:only |just |about |over |above |under |below )?(?:[1-5]\\d|[1-3] \\d|[3-9]\\d\\d|[1-3])(?= |$)(?! ?(?:g|grams|gr|teaspoons|tsp|a day|per day))',
  'blood sugar (?:is |of |at )?(?:very low|really low|crashing|dropping)',
);

/** A stroke's signs: an arm that will not move beside them is a stroke before it is an injury. */
export const STROKE = /slurr|drooping|one side of my (?:face|body)|side of my face|words (?:are|arent|are not|keep|wont|dont|re) (?:not )?(?:coming out|come out)/u;

/** Too much of a medicine, said without wanting to die: poisoning first, whatever the pills were for. */
export const OVERDOSE = phrases(
  `(?:took|taken|swallowed|had|injected|given myself) (?:way |far |a few |two |a couple )?too (?:many|much) (?:of )?(?:my )?(?:\\w+ ){0,3}(?:pills|tablets|meds|medication|insulin|paracetamol|ibuprofen)`,
  '(?:double|doubled|tripled) (?:my |the )?(?:dose|dosage)', '(?:took|taken|had|injected|gave myself|given myself) (?:a )?(?:double|triple|twice) (?:my |the |a )?(?:\\w+ )?(?:dose|dosage|insulin|pills|meds|medication|tablets)',
  '(?:took|taken|swallowed) (?:like |about |around |maybe |over |all )?(?:[6-9]|[1-9]\\d+) (?:of )?(?:my |the )(?:\\w+ ){0,3}(?:pills|tablets|meds)', 'took an extra (?:dose|pill|tablet|injection)', '(?:accidentally|mistakenly) (?:took|taken|had|injected) (?:two|2|three|3|double|an extra|extra|too many)', '(?:took|taken|had) (?:two|2|three|3) doses',
  '(?:took|taken|had|injected) (?:my )?(?:\\w+ ){0,2}(?:insulin|pills|tablets|meds|medication|dose) twice', '(?:took|taken|had|injected) my (?:\\w+ )?(?:warfarin|metformin|insulin|lithium|levothyroxine|\\w+(?:pril|olol|statin|sartan|dipine|xaban)) twice',
  '(?:insulin|pills|tablets|meds|medication|dose)(?: \\w+){0,3} (?:by mistake|accidentally|by accident)', '(?:took|taken|had|swallowed) (?:way |a lot |much )?more than i should(?: have)?(?: \\w+){0,2} (?:by accident|accidentally|by mistake)',
  '(?:pills|tablets|meds|insulin|dose|medication)(?: \\w+){0,3} (?:took|taken|had|injected) (?:them|it) (?:all )?again(?= |$)',
  // A whole pack of anything taken at once: "a whole box of laxatives", "an entire bottle of my sleeping pills".
  '(?:took|taken|swallowed|had|downed|necked) (?:a |an |the )?(?:whole|entire|full) (?:bottle|box|pack|packet|strip|tub|blister) of (?:my |the )?(?:\\w+ ){0,2}(?:pills|tablets|meds|medication|laxatives|diet pills|capsules|\\w+(?:pam|pine|oxetine|triptyline|olol|pril))',
);

/** Signs of feeling unwell; several at once, or two beside a condition, may be danger now. */
export const SYMPTOMS = /(?:^| )(?:dizzy|confused|disoriented|shaky|shaking|sweaty|sweating|clammy|wheezing|faint|light ?headed|racing|pounding|numb|tingling|blurry|vomiting|throwing up|cramping|sleepy|drowsy|pale|fluttering|breathing (?:fast|quickly|so fast|really fast)|heart keeps (?:skipping|fluttering|jumping|missing beats))(?= |$)/gu;

/** In a pregnancy, signs that need a midwife or emergency help now. */
export const URGENT_IN_PREGNANCY = phrases(
  '(?:bad|severe|sharp|really bad|terrible|awful|stabbing|agonising|agonizing) pains? (?:low |low down |down low )?(?:in|on) my (?:belly|stomach|tummy|side|abdomen|pelvis|lower back)',
  'bleeding', 'spotting', 'labou?r', '(?:no|less|reduced|not much|hardly any) movement', '(?:havent|have not|not|hasnt) felt (?:any |much )?(?:movement|movements|kicks|kicking)', '(?:havent|have not|not) felt (?:the )?baby (?:move|kick)', 'cramps',
  'cramping', 'contractions', 'fever', 'high temperature', 'flashing lights', 'seeing (?:spots|stars|flashes)', '(?:belly|stomach|tummy|bump) (?:hurts|is hurting|is killing me)(?: really| so)? (?:bad|badly|a lot)', '(?:hit|kicked|punched|fell) (?:in|on) (?:the|my) (?:stomach|belly|bump|tummy)', '(?:cant|cannot) feel (?:the |my )?baby (?:move|moving|kick|kicking)', 'movements? (?:have |has |are |is )?(?:slowed|stopped|reduced|changed|decreased|less)', 'fell(?! asleep| off the wagon| behind| in love| for)', 'had a fall', 'car (?:crash|accident)', 'waters? (?:just |might have |may have |could have |have |has |think )?(?:broke|broken|gone|went|burst)',
  'baby (?:has |is )?(?:stopped|isnt|is not|hasnt|not) (?:moving|kicking)', 'baby (?:is |s )?(?:moving|kicking) (?:much |a lot |way )?less', 'baby (?:hasnt|has not|hadnt|didnt|did not) (?:moved|kicked)',
  '(?:bad|severe|sharp|really bad|terrible|awful|horrible|agonising|agonizing) pains? (?:on|in) (?:one side of )?my (?:belly|stomach|tummy|side|abdomen|pelvis|lower back)',
  'blurr(?:y|ed) vision', 'vision (?:is |went |has gone |goes )?(?:blurry|blurred|dark|funny)', 'seeing spots',
  '(?:severe|terrible|awful|really bad|bad|worst|pounding) (?:headache|migraine)',
  'face (?:is )?(?:swelling|swollen|puffy)', '(?:face|hands)(?: and (?:my )?(?:face|hands))? (?:have |has |are |is )?(?:puffed|swelled|swollen|swelling|puffy)(?: up)?(?= |$)', 'hands (?:and face )?(?:are )?(?:swelling|swollen|puffy)',
  '(?:swelled|swollen|swelling|swelled up|puffed up) (?:up )?(?:suddenly|really fast|overnight)',
  '(?:severe|terrible|awful|really bad|bad|sharp) (?:stomach|abdominal|belly|tummy|pelvic) pains?', 'leaking (?:fluid|water)',
);

/** Weeks a pregnancy may have run (12 to 42), said alone: "32 weeks and my vision is blurry". Only beside a warning sign. */
export const WEEKS_ALONG = /(?:^| )(?:1[2-9]|[23]\d|4[0-2]) (?:weeks?|wks)(?! (?:into|in|ago|of|since|post|out|off|clean|sober|left|to go|until|till|without|on|training))(?= |$)/u;

/** Happening now: beside one sign of feeling unwell, a condition, a pregnancy or a restriction is danger now. */
export const NOW = phrases('right now', 'just now', 'at the moment', 'this minute', 'as we speak', 'as i type', 'tonight', '(?:and |but )?now(?! that| and then| on| then)', 'since this morning',
  '(?:a few|few|ten|five|twenty|thirty|\\d+) (?:mins?|minutes?) ago', '(?:an|one|two|\\d+) hours? ago', 'keeps? getting worse', 'getting worse');

/** A sign that comes and goes is not danger now: "I get dizzy sometimes when I stand up". */
export const HABITUAL = phrases('sometimes', 'always', 'often', 'usually', 'a lot', 'every time', 'whenever', 'when i', 'if i', 'tends? to', 'at times', 'now and then', 'occasionally');

/** Injured just now: an hour ago, right now, "I just fell". */
export const URGENT_INJURY_NOW = phrases(
  'just now', 'right now', '(?:an|one|two|\\d+) hours?(?: ago)?', '(?:a few|few|ten|five|twenty|thirty|\\d+) (?:mins?|minutes?) ago', 'for hours', '(?:and )?now (?:its|it is|i cant|i can not|i cannot)', 'just (?:been |got )?in (?:a|an) (?:\\w+ )?(?:crash|accident)',
  '(?:i )?just (?:fell|broke|dislocated|did|hurt|twisted|snapped|heard|crashed|hit|landed|tore|dropped|fallen|came off|come off|got hit|been hit|popped|broken|fractured|torn)',
  '(?:it )?(?:just happened|happened (?:just now|an hour ago|this morning|a few minutes ago))', '\\w+ just (?:popped|snapped|went|came) (?:out|pop)',
);

/** The water's under the bridge: "sprained my ankle last summer but it's totally fine now". */
export const HEALED = phrases(
  '(?:fully |totally |completely |all )(?:healed|recovered)', 'healed (?:now|up|fine|well)',
  '(?:its|it is|is|are|was|s|im|i am|all|been|totally|completely) (?:fine|good|ok|okay|better|sorted) (?:now|since|for ages|for years|these days)',
  '(?:totally|completely|perfectly) fine now', '(?:but|and) (?:im|i was|it was|all) (?:fine|ok|okay|alright)(?=$| now| since| after)', '(?:fine|all good|good as new|no problems?|no issues?) now', 'been fine for', 'no longer (?:a problem|an issue|hurts|bothers me)',
  '(?:doesnt|does not) (?:hurt|bother me) (?:anymore|now)',
);
/** ...unless it is still with them. */
export const STILL = phrases('still', 'again', 'flares? up', 'keeps', 'recurring', 'comes back');

/**
 * "my heart's racing", "my back's gone", "baby's not moving": normalized text loses the apostrophe, leaving
 * "hearts racing". For the words a visitor says that of, the "s" is read back as "is" or "has" so every family
 * written with "is" hears it; plurals read the same way ("my knees swollen") lose nothing.
 */
const CONTRACTED = new RegExp(
  '(?<=^| )(heart|chest|throat|face|vision|sight|speech|breathing|sugar|glucose|pressure|bp|cholesterol|thyroid|kidney|liver|back|neck|knee|ankle|wrist|shoulder|hip|' +
    'head|stomach|tummy|belly|bump|baby|temperature|fever|bleeding|weight|bmi|period|hair|heartbeat|ticker)s ' +
    '(?=(been|gone|got)(?= |$)|(?:not|really|so|very|too|all|completely|totally|just|still|always|never|a bit|racing|pounding|tight|closing|drooping|swollen|swelling|' +
    'broken|dislocated|sore|bad|weak|low|high|under ?active|over ?active|off|blurry|funny|weird|numb|killing|hurting|bleeding|moving|falling|stopped|dropping|crashing|' +
    'skipping|fluttering|beating|burning|spinning|agony)(?= |$))',
  'gu',
);
export function uncontracted(said: string): string {
  return said.replace(CONTRACTED, (_, noun: string, perfect?: string) => `${noun} ${perfect ? 'has' : 'is'} `);
}

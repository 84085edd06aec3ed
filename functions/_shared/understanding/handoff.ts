/**
 * Messages that should reach a human coach: an explicit request for one, or frustration with the bot. (A
 * health or safety matter reaches a person too, by its own route: safety.ts.)
 */
import { fillers, phrases } from './phrases.ts';
import type { HandoffReason } from './types.ts';

export interface HandoffSignal {
  reason: HandoffReason;
}

// --- Asking for a human -----------------------------------------------------------------------------------

const DETERMINER = fillers('a|an|the|some|your|one of your|real|actual|live|proper|human|member of|of your');
/** People who can only be reached by a handoff. */
const HUMAN = 'humans?|person|people|someone|somebody|some one|agents?|representatives?|rep|operators?|staff|staff member|team member|manager|supervisor|customer service|customer support|support team|your team|real person|real human|live person';
/** People a plan also includes ("do I get to talk to a coach?"), so they count only when requested. */
const COACH = 'coach|coaches|nutritionist|dietitian|dietician|expert|trainer|advisor|consultant';
const TALK = '(?:talk|speak|chat|connect me|transfer me|put me through|pass me|hand me over|get me through)';

const ASKED_FOR_HUMAN = phrases(
  `${TALK} (?:to|with) ${DETERMINER}(?:${HUMAN})`,
  `(?:can i|could i|may i|i want to|i wanna|i would like to|id like to|i need to|let me|please|i would rather|id rather|rather|can you|could you|pls) (?:please )?${TALK} (?:to|with) ${DETERMINER}(?:${COACH})(?! (?:every|each|weekly|daily|monthly|regularly|once|twice|often|per|on|in|during|if|when|after|as|about (?:the|my) plan))`,
  `(?:${HUMAN}) (?:i|we) (?:can|could) (?:talk|speak|chat) (?:to|with)`,
  '(?:want|need|get|get me|give me|find me) (?:a |an |to (?:talk|speak) to a )?(?:human|real person|live person|agent|representative|operator)(?! (?:body|bodies|being|beings|nature))',
  'customer (?:service|support|care)',
  'live (?:agent|person|chat)',
  'call (?:someone|somebody|a person|a human|you|your team|the team|a coach|your office)',
  '(?:number|phone number|phone) (?:i|we) can (?:call|ring)',
  '(?:can|could|will) (?:someone|somebody|you|a coach|a person) (?:call|phone|ring) me',
  'give me a (?:call|ring)',
  'call me back',
);

/** A message that is nothing but the request: "agent", "human please", "a real person". */
const ONLY_HUMAN =
  /^(?:(?:please|pls|plz|i want|i need|can i get|get me|give me) )?(?:a |an )?(?:human|humans|real person|person|agent|live agent|representative|rep|operator|customer service|someone real)(?: (?:please|pls|plz|now|asap))?$/u;

// --- Frustration ------------------------------------------------------------------------------------------

const INSULT = 'useless|stupid|dumb|pointless|ridiculous|annoying|rubbish|garbage|trash|terrible|awful|crap|crappy|broken|a joke';
const AT_BOT = 'this|thats|that is|you|youre|you are|ur|bot|chatbot|robot|machine|chat|thing|app|questions|this chat|this bot|ai';
const FRUSTRATION = phrases(
  `(?:${AT_BOT}) ${fillers('is|are|so|really|such|totally|completely|absolutely|just|fucking|freaking|bloody|pretty|very|a|an|being|getting', 3)}(?:${INSULT})`,
  `(?:${INSULT}) (?:bot|chatbot|robot|machine|app|thing|questions|chat|ai)`,
  'wtf',
  'wth',
  'ffs',
  'fuck (?:this|that|you|off|sake)',
  'fucking (?:bot|hell|thing|useless)',
  'screw (?:this|you|it)',
  'shut up',
  'stop asking',
  'you suck',
  'this sucks',
  '(?:you|youre|you are|ur) (?:not|never) (?:listening|reading|understanding|helping)',
  'not listening',
  'you (?:dont|do not|never) (?:listen|understand|get it|get me|read)',
  'i (?:already|just) (?:told|said|answered|gave|typed) (?:you|that|this|it)',
  'how many times',
  'are you (?:even )?(?:listening|reading|serious|kidding)',
  'what is wrong with you',
  'whats wrong with you',
  '(?:this is|thats|what) a waste of (?:my )?time',
  'waste of my time',
  'hate this (?:bot|chat|thing|app)',
);

/** "?!?!", "!!!?" or a message of nothing but "???": punctuation as exasperation, not as a question. */
function exasperated(raw: string): boolean {
  for (const [run] of raw.matchAll(/[?!]{3,}/g)) {
    if (run.includes('?') && run.includes('!')) return true;
  }
  return /^[\s?!.]*$/.test(raw) && (raw.match(/[?!]/g)?.length ?? 0) >= 3;
}

/**
 * An explicit handoff signal in the message, or null. The caller decides what a repeated failure to answer
 * means (`recent.frustrationCount`); this reads only the words.
 */
export function handoffSignal(said: string, raw: string): HandoffSignal | null {
  if (ASKED_FOR_HUMAN.test(said) || ONLY_HUMAN.test(said)) return { reason: 'asked_for_human' };
  if (FRUSTRATION.test(said) || exasperated(raw)) return { reason: 'frustration' };
  return null;
}

/**
 * What the bot says in its own words: one text per key, the owner's row in `bot_texts` when there is one,
 * otherwise the built-in default of the bot's language. The defaults name no business and no field, so a bot
 * with no texts still talks well; owners override what is theirs to say (an acknowledgement of one option,
 * their guarantee, their hand-off promise).
 *
 * A text may hold placeholders: `{name}` is replaced by its value, `{, name}` by ", " and the value when
 * there is one (and by nothing otherwise), so "Welcome back{, name}!" reads well with and without a name.
 * Deterministic on purpose: the same answer always gets the same reply, so retries, tests and transcripts agree.
 */
export type Language = 'en' | 'es';
export type Vars = Record<string, string | number | null | undefined>;

const EN: Record<string, string> = {
  greeting: "Hi! I'm here to help you find the right plan.",
  'welcome_back.fresh': "Welcome back{, name}! Let's get started.",
  'welcome_back.resuming': "Welcome back{, name}! Let's pick up where we left off.",
  'welcome_back.complete': "Welcome back{, name}! Here's the plan I recommended for you:",
  'ack.entity.person_name': 'Great to have you here, {value}!',
  'ack.type.text': 'Thanks — got it.',
  'ack.type.number': 'Got it, thanks.',
  'ack.type.choice': 'Got it — {value}.',
  'ack.type.scale': 'Noted — {value} out of {max}.',
  'ack.type.yes_no': 'Got it, thanks.',
  'ack.also': "I've also noted your {fields}.",
  'ack.only_others': "Thanks — I've noted your {fields}.",
  'list.and': 'and',
  'list.or': 'or',
  // A comma before the last "or" keeps labels that contain "and" readable: "A, B, or C".
  'list.serial': ',',
  'reask.choice': 'Could you pick one of: {options}?',
  'reask.yes_no': 'A simple yes or no is fine.',
  'reask.scale': 'Please pick a number from {min} to {max}.',
  'reask.number': 'Please enter a whole number{ range}.',
  'reask.age': 'Just your age in years, please — a whole number{ range}.',
  'reask.person_name': "I didn't catch a name there — just your first name is fine.",
  'reask.text': 'Could you tell me in a few words?',
  'reask.too_long': 'Could you keep it under {limit} characters?',
  'reask.name_too_long': "That's a bit long for a name — {limit} characters at most, please.",
  'range.between': 'from {min} to {max}',
  'range.at_least': 'of at least {min}',
  'range.at_most': 'of at most {max}',
  completion: "Thanks{, name} — that's everything I need. Here's the plan I'd recommend:",
  after_completion: 'Your plan is just above{, name} — feel free to ask me anything about it.',
  'plan.why': 'Based on what you told me, {plan} is the best fit for you.',
  'plan.objection.price': 'You mentioned cost: this one is {price}, and {alternative} is there if you want something lighter.',
  'plan.objection.price.no_alternative': 'You mentioned cost, so to be clear: it is {price}, and you can cancel any time.',
  plan_unavailable: 'Thanks! A person from our team will follow up with the right option for you.',
  'objection.price': 'Totally fair to think about cost.',
  'objection.time': 'Completely understand — most people who come to us are short on time.',
  'objection.doubt': "It's healthy to be a little skeptical — you should know what you're signing up for.",
  'objection.tried_before': "I hear you — a lot of people come to us after trying other things first, so you're not alone.",
  'objection.not_now': 'No rush at all — you can pick this up whenever suits you.',
  'objection.price.query': 'discounts or a cheaper option',
  'objection.time.query': 'busy schedule little time',
  'objection.tried_before.query': 'tried before and it did not work',
  'objection.doubt.query': 'results success story review',
  'objection.not_now.query': 'start later pause',
  'handoff.asked_for_human': "Of course — I'm bringing in a person from our team.",
  'handoff.frustration': "Sorry this hasn't been helpful — I'm bringing in a person from our team to take it from here.",
  'handoff.high_stakes':
    "Thank you for telling me — that's important, and it deserves a real person rather than an automated reply. I'm bringing in someone from our team, and please also talk to your doctor.",
  'handoff.urgent':
    "If you're in danger right now or might hurt yourself, please call your local emergency number or a crisis line straight away.",
  handoff: 'A person from our team will reply right here in this chat as soon as possible.',
  no_answer: "I don't have a good answer to that one — I can bring in a person from our team if you like.",
  resume: 'Now, back to you: {question}',
  handed_back: "Thanks for waiting — I'm back to help.",
};

const ES: Record<string, string> = {
  greeting: '¡Hola! Estoy aquí para ayudarte a encontrar el plan adecuado.',
  'welcome_back.fresh': '¡Hola de nuevo{, name}! Empecemos.',
  'welcome_back.resuming': '¡Hola de nuevo{, name}! Sigamos donde lo dejamos.',
  'welcome_back.complete': '¡Hola de nuevo{, name}! Este es el plan que te recomendé:',
  'ack.entity.person_name': '¡Encantado de tenerte aquí, {value}!',
  'ack.type.text': 'Gracias, anotado.',
  'ack.type.number': 'Perfecto, gracias.',
  'ack.type.choice': 'Entendido: {value}.',
  'ack.type.scale': 'Anotado: {value} de {max}.',
  'ack.type.yes_no': 'Perfecto, gracias.',
  'ack.also': 'También he anotado tu {fields}.',
  'ack.only_others': 'Gracias, he anotado tu {fields}.',
  'list.and': 'y',
  'list.or': 'o',
  'list.serial': '',
  'reask.choice': '¿Puedes elegir una de estas opciones: {options}?',
  'reask.yes_no': 'Basta con un sí o un no.',
  'reask.scale': 'Elige un número del {min} al {max}, por favor.',
  'reask.number': 'Escribe un número entero{ range}, por favor.',
  'reask.age': 'Solo tu edad en años, por favor: un número entero{ range}.',
  'reask.person_name': 'No he entendido tu nombre; con tu nombre de pila basta.',
  'reask.text': '¿Me lo cuentas en pocas palabras?',
  'reask.too_long': '¿Puedes resumirlo en menos de {limit} caracteres?',
  'reask.name_too_long': 'Es un poco largo para un nombre: {limit} caracteres como máximo, por favor.',
  'range.between': 'del {min} al {max}',
  'range.at_least': 'de al menos {min}',
  'range.at_most': 'de como máximo {max}',
  completion: 'Gracias{, name}, es todo lo que necesito. Este es el plan que te recomiendo:',
  after_completion: 'Tu plan está justo arriba{, name}; pregúntame lo que quieras sobre él.',
  'plan.why': 'Por lo que me has contado, {plan} es lo que mejor encaja contigo.',
  'plan.objection.price': 'Mencionaste el precio: {price}, y tienes {alternative} si prefieres algo más ligero.',
  'plan.objection.price.no_alternative': 'Mencionaste el precio, así que para que quede claro: son {price}.',
  plan_unavailable: '¡Gracias! Una persona de nuestro equipo te escribirá con la opción adecuada para ti.',
  'objection.price': 'Es lógico pensar en el precio.',
  'objection.time': 'Lo entiendo perfectamente: casi todos los que nos escriben andan cortos de tiempo.',
  'objection.doubt': 'Es sano tener dudas: debes saber bien a qué te apuntas.',
  'objection.tried_before': 'Te entiendo: mucha gente llega después de haber probado otras cosas, no eres la única persona.',
  'objection.not_now': 'Sin prisa: puedes retomarlo cuando te venga bien.',
  'objection.price.query': 'descuentos u opción más barata',
  'objection.time.query': 'poco tiempo agenda ocupada',
  'objection.tried_before.query': 'ya lo probé y no funcionó',
  'objection.doubt.query': 'resultados opiniones casos de éxito',
  'objection.not_now.query': 'empezar más tarde pausar',
  'handoff.asked_for_human': 'Por supuesto: aviso a una persona de nuestro equipo.',
  'handoff.frustration': 'Siento no haberte ayudado: aviso a una persona de nuestro equipo para que siga contigo.',
  'handoff.high_stakes':
    'Gracias por contármelo: es importante y merece una persona real, no una respuesta automática. Aviso a alguien de nuestro equipo, y por favor habla también con tu médico.',
  'handoff.urgent':
    'Si estás en peligro ahora mismo o podrías hacerte daño, llama enseguida al número de emergencias de tu país o a una línea de crisis.',
  handoff: 'Una persona de nuestro equipo te responderá aquí mismo lo antes posible.',
  no_answer: 'No tengo una buena respuesta para eso; si quieres, aviso a una persona de nuestro equipo.',
  resume: 'Y volviendo a ti: {question}',
  handed_back: 'Gracias por esperar: sigo yo contigo.',
};

export const DEFAULT_TEXTS: Record<Language, Record<string, string>> = { en: EN, es: ES };

export interface Words {
  readonly language: Language;
  /** The first of the keys that has a text (the owner's, then the default), with its placeholders filled. */
  say(keys: string | string[], vars?: Vars): string;
  /** Whether the owner or the defaults have a text for this key. */
  has(key: string): boolean;
  /** "a, b and c" in the bot's language. */
  list(items: string[], joiner?: 'and' | 'or'): string;
  /** Fills the placeholders of an owner's template (a plan rule's why). */
  fill(text: string, vars: Vars): string;
}

export function wordsFor(language: string, texts: Record<string, string> = {}): Words {
  const lang: Language = language === 'es' ? 'es' : 'en';
  const defaults = DEFAULT_TEXTS[lang];
  const find = (key: string) => texts[key]?.trim() || defaults[key];
  const words: Words = {
    language: lang,
    has: (key) => find(key) !== undefined,
    say(keys, vars = {}) {
      for (const key of Array.isArray(keys) ? keys : [keys]) {
        const text = find(key);
        if (text !== undefined) return fill(text, vars);
      }
      return '';
    },
    fill,
    list(items, joiner = 'and') {
      if (items.length <= 1) return items.join('');
      const serial = joiner === 'or' && items.length > 2 ? words.say('list.serial') : '';
      return `${items.slice(0, -1).join(', ')}${serial} ${words.say(`list.${joiner}`)} ${items.at(-1)}`;
    },
  };
  return words;
}

/** `{key}` becomes the value, `{, key}` a prefix and the value; both vanish when the value is empty. */
export function fill(text: string, vars: Vars): string {
  return text
    .replace(/\{([^{}a-z]*)([a-z][a-z0-9_]*)\}/g, (_whole, prefix: string, key: string) => {
      const value = vars[key];
      return value === null || value === undefined || value === '' ? '' : `${prefix}${value}`;
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}

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
  'welcome_back.message': 'Welcome back{, name}!',
  // A returning visitor greeted by what mattered last time (their conversation's summary), then where things stand.
  'welcome_back.chosen': 'Welcome back{, name}: last time you went for {plan}.',
  'welcome_back.choosing': 'Welcome back{, name}: last time you were choosing between {plans}.',
  'welcome_back.open_question': 'Welcome back{, name}: last time you asked "{question}".',
  'welcome_back.objection': 'Welcome back{, name}: last time you were thinking about {objection}.',
  'welcome_back.recommended': 'Welcome back{, name}: last time I recommended {plan}.',
  'welcome_back.topics': 'Welcome back{, name}: last time you asked about {topics}.',
  'welcome_back.then.fresh': "Let's get started.",
  'welcome_back.then.resuming': "Let's pick up where we left off.",
  'welcome_back.then.complete': "Here's that plan again:",
  'objection.name.price': 'the price',
  'objection.name.time': 'the time it takes',
  'objection.name.doubt': 'whether it works',
  'objection.name.tried_before': 'what you tried before',
  'objection.name.not_now': 'the timing',
  // A visitor who writes briefly gets a brief acknowledgement.
  'ack.brief': 'Got it.',
  'ack.entity.person_name': 'Great to have you here, {value}!',
  'ack.type.text': 'Thanks — got it.',
  'ack.type.number': 'Got it, thanks.',
  'ack.type.choice': 'Got it — {value}.',
  'ack.type.scale': 'Noted — {value} out of {max}.',
  'ack.type.yes_no': 'Got it, thanks.',
  // What one message filled, in one sentence: "Got it — Ana, age 31, goal: lose fat."
  confirm: 'Got it — {items}.',
  'confirm.corrected': 'Thanks for putting me right — {items}.',
  'confirm.entity.person_name': '{value}',
  'confirm.entity.age': 'age {value}',
  'confirm.type.choice': '{label}: {value}',
  'confirm.type.scale': '{label} {value} of {max}',
  'confirm.type.number': '{label}: {value}',
  'confirm.type.yes_no': '{label}: {value}',
  'confirm.type.text': 'your {label}',
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
  'objection.not_now': "No rush at all — I've kept your answers, so you can come back any time and pick up right where you left off.",
  'objection.price.query': 'discounts or a cheaper option',
  'objection.time.query': 'busy schedule little time',
  'objection.tried_before.query': 'tried before and it did not work',
  'objection.doubt.query': 'results success story review',
  'objection.not_now.query': 'start later pause',
  'handoff.asked_for_human': "Of course — I'm bringing in a person from our team.",
  'handoff.frustration': "Sorry this hasn't been helpful — I'm bringing in a person from our team to take it from here.",
  handoff: 'A person from our team will reply right here in this chat as soon as possible.',
  // Safety first: a kind word for what the visitor shared, help when they may be in danger, a person.
  'safety.self_harm': "I'm really sorry you're going through this, and I'm glad you told me. You deserve support from a real person.",
  'safety.eating_disorder':
    "Thank you for trusting me with that. Your health comes first, so I won't suggest a diet here: it's worth talking to your doctor or an eating-disorder helpline, and a real person from our team will reach out.",
  'safety.pregnancy':
    'Thank you for telling me. Eating during pregnancy, or while breastfeeding, needs a professional who knows you, so please check any plan with your doctor or midwife. A real person from our team will take it from here.',
  'safety.injury':
    "Sorry to hear about your injury. Please follow your doctor's or physio's advice on what you can do while you recover; a real person from our team will take it from here.",
  'safety.medical':
    "Thank you for telling me — that's important, and it deserves a real person rather than an automated reply. Please talk to your doctor before changing how you eat.",
  'safety.urgent':
    "If you're in danger right now or thinking about hurting yourself, please call your local emergency number straight away, or a crisis line: 988 in the US and Canada, 116 123 (Samaritans) in the UK and Ireland. You're not alone.",
  'safety.urgent.medical': 'If this is happening right now, please call your local emergency number straight away.',
  'safety.handoff': "I've let a person from our team know, and they'll reply right here as soon as they can.",
  'disclaimer.health': "This is general information, not medical advice: please check with your doctor about anything specific to your health.",
  no_answer: "I don't have a good answer to that one — I can bring in a person from our team if you like.",
  resume: 'Now, back to you: {question}',
  'resume.not_now': "Whenever you're ready: {question}",
  handed_back: "Thanks for waiting — I'm back to help.",
  'resume.handed_back': 'So, where were we? {question}',
};

const ES: Record<string, string> = {
  greeting: '¡Hola! Estoy aquí para ayudarte a encontrar el plan adecuado.',
  'welcome_back.fresh': '¡Hola de nuevo{, name}! Empecemos.',
  'welcome_back.resuming': '¡Hola de nuevo{, name}! Sigamos donde lo dejamos.',
  'welcome_back.complete': '¡Hola de nuevo{, name}! Este es el plan que te recomendé:',
  'welcome_back.message': '¡Hola de nuevo{, name}!',
  'welcome_back.chosen': '¡Hola de nuevo{, name}! La última vez elegiste {plan}.',
  'welcome_back.choosing': '¡Hola de nuevo{, name}! La última vez dudabas entre {plans}.',
  'welcome_back.open_question': '¡Hola de nuevo{, name}! La última vez preguntaste «{question}».',
  'welcome_back.objection': '¡Hola de nuevo{, name}! La última vez te preocupaba {objection}.',
  'welcome_back.recommended': '¡Hola de nuevo{, name}! La última vez te recomendé {plan}.',
  'welcome_back.topics': '¡Hola de nuevo{, name}! La última vez preguntaste por {topics}.',
  'welcome_back.then.fresh': 'Empecemos.',
  'welcome_back.then.resuming': 'Sigamos donde lo dejamos.',
  'welcome_back.then.complete': 'Aquí tienes de nuevo ese plan:',
  'objection.name.price': 'el precio',
  'objection.name.time': 'el tiempo que lleva',
  'objection.name.doubt': 'si funciona',
  'objection.name.tried_before': 'lo que ya probaste',
  'objection.name.not_now': 'el momento',
  'ack.brief': 'Anotado.',
  'ack.entity.person_name': '¡Encantado de tenerte aquí, {value}!',
  'ack.type.text': 'Gracias, anotado.',
  'ack.type.number': 'Perfecto, gracias.',
  'ack.type.choice': 'Entendido: {value}.',
  'ack.type.scale': 'Anotado: {value} de {max}.',
  'ack.type.yes_no': 'Perfecto, gracias.',
  confirm: 'Entendido: {items}.',
  'confirm.corrected': 'Gracias por corregirme: {items}.',
  'confirm.entity.person_name': '{value}',
  'confirm.entity.age': '{value} años',
  'confirm.type.choice': '{label}: {value}',
  'confirm.type.scale': '{label} {value} de {max}',
  'confirm.type.number': '{label}: {value}',
  'confirm.type.yes_no': '{label}: {value}',
  'confirm.type.text': 'tu {label}',
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
  'objection.not_now': 'Sin prisa: he guardado tus respuestas, así que puedes volver cuando quieras y seguir donde lo dejaste.',
  'objection.price.query': 'descuentos u opción más barata',
  'objection.time.query': 'poco tiempo agenda ocupada',
  'objection.tried_before.query': 'ya lo probé y no funcionó',
  'objection.doubt.query': 'resultados opiniones casos de éxito',
  'objection.not_now.query': 'empezar más tarde pausar',
  'handoff.asked_for_human': 'Por supuesto: aviso a una persona de nuestro equipo.',
  'handoff.frustration': 'Siento no haberte ayudado: aviso a una persona de nuestro equipo para que siga contigo.',
  handoff: 'Una persona de nuestro equipo te responderá aquí mismo lo antes posible.',
  'safety.self_harm': 'Siento mucho que estés pasando por esto, y me alegra que me lo hayas contado. Mereces el apoyo de una persona real.',
  'safety.eating_disorder':
    'Gracias por confiarme algo así. Tu salud va primero, así que no te propondré una dieta: vale la pena hablar con tu médico o con una línea de ayuda de trastornos alimentarios, y una persona de nuestro equipo se pondrá en contacto contigo.',
  'safety.pregnancy':
    'Gracias por contármelo. La alimentación durante el embarazo o la lactancia necesita a un profesional que te conozca: consulta cualquier plan con tu médico o matrona. Una persona de nuestro equipo seguirá contigo.',
  'safety.injury':
    'Siento lo de tu lesión. Sigue los consejos de tu médico o fisioterapeuta sobre lo que puedes hacer mientras te recuperas; una persona de nuestro equipo seguirá contigo.',
  'safety.medical':
    'Gracias por contármelo: es importante y merece una persona real, no una respuesta automática. Habla con tu médico antes de cambiar tu alimentación.',
  'safety.urgent':
    'Si estás en peligro ahora mismo o piensas en hacerte daño, llama enseguida al número de emergencias de tu país (112 en Europa) o a una línea de crisis (024 en España). No estás solo.',
  'safety.urgent.medical': 'Si te está pasando ahora mismo, llama enseguida al número de emergencias de tu país.',
  'safety.handoff': 'He avisado a una persona de nuestro equipo y te responderá aquí mismo lo antes posible.',
  'disclaimer.health': 'Es información general, no consejo médico: consulta con tu médico cualquier cosa sobre tu salud.',
  no_answer: 'No tengo una buena respuesta para eso; si quieres, aviso a una persona de nuestro equipo.',
  resume: 'Y volviendo a ti: {question}',
  'resume.not_now': 'Cuando quieras: {question}',
  handed_back: 'Gracias por esperar: sigo yo contigo.',
  'resume.handed_back': 'Bueno, ¿por dónde íbamos? {question}',
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

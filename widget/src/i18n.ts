/**
 * The widget's own words (the bot's questions and answers come from the server, in the owner's language).
 * English and Spanish ship; a language is chosen by `data-lang`, else by the visitor's browser, else English.
 * To add one: copy `en`, translate every value, add it to `STRINGS`.
 */
export const en = {
  closeChat: 'Close chat',
  chat: 'Chat',
  subtitle: 'Replies in seconds',
  startOver: 'Start over',
  conversation: 'Conversation',
  message: 'Message',
  typeMessage: 'Type your message…',
  orType: 'Or type your answer…',
  send: 'Send',
  sending: 'Sending…',
  waitingNetwork: 'Waiting for the network…',
  notSent: 'Not sent',
  youSaid: 'You said:',
  coachSaid: 'Coach said:',
  human: 'Coach (human)',
  typing: 'The coach is typing',
  suggested: 'Suggested answers',
  yes: 'Yes',
  no: 'No',
  recommended: 'Recommended for you',
  tryAgain: 'Try again',
  offline: 'You are offline. Your message will be sent when the connection is back.',
  errRate: 'You are sending messages a little fast. Please wait a moment and try again.',
  errInvalid: 'That message could not be sent. Please try rewording it.',
  errUnavailable: 'This chat is not available right now.',
  errUnreachable: 'We could not reach the coach. Check your connection and try again.',
  perDay: 'per day',
  perWeek: 'per week',
  perMonth: 'per month',
  perYear: 'per year',
  oneTime: 'one-time',
};
export type Strings = typeof en;

export const es: Strings = {
  closeChat: 'Cerrar chat',
  chat: 'Chat',
  subtitle: 'Responde en segundos',
  startOver: 'Empezar de nuevo',
  conversation: 'Conversación',
  message: 'Mensaje',
  typeMessage: 'Escribe tu mensaje…',
  orType: 'O escribe tu respuesta…',
  send: 'Enviar',
  sending: 'Enviando…',
  waitingNetwork: 'Esperando conexión…',
  notSent: 'No enviado',
  youSaid: 'Dijiste:',
  coachSaid: 'El coach dijo:',
  human: 'Coach (persona)',
  typing: 'El coach está escribiendo',
  suggested: 'Respuestas sugeridas',
  yes: 'Sí',
  no: 'No',
  recommended: 'Recomendado para ti',
  tryAgain: 'Reintentar',
  offline: 'Estás sin conexión. Tu mensaje se enviará cuando vuelva la conexión.',
  errRate: 'Estás enviando mensajes muy rápido. Espera un momento y vuelve a intentarlo.',
  errInvalid: 'No se pudo enviar ese mensaje. Prueba a escribirlo de otra forma.',
  errUnavailable: 'Este chat no está disponible ahora mismo.',
  errUnreachable: 'No pudimos contactar con el coach. Revisa tu conexión y vuelve a intentarlo.',
  perDay: 'al día',
  perWeek: 'a la semana',
  perMonth: 'al mes',
  perYear: 'al año',
  oneTime: 'pago único',
};

export const STRINGS = { en, es } as const;
export type Lang = keyof typeof STRINGS;
/** Kept apart from the tables so the loader, which only labels the launcher, does not carry them. */
export const LANGS: readonly Lang[] = ['en', 'es'];
export const LAUNCHER_WORDS: Record<Lang, [open: string, close: string]> = {
  en: ['Open chat', 'Close chat'],
  es: ['Abrir chat', 'Cerrar chat'],
};

/** `data-lang` if we ship it, else the first browser language we ship, else English. */
export function pickLanguage(requested: string | undefined, preferred: readonly string[] = []): Lang {
  for (const tag of [requested, ...preferred]) {
    const base = tag?.trim().toLowerCase().split(/[-_]/)[0] as Lang | undefined;
    if (base && LANGS.includes(base)) return base;
  }
  return 'en';
}

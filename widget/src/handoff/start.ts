/**
 * The handoff chunk (dist/signpost-handoff.js): what the widget does while a person holds the conversation.
 * The app loads it when a conversation goes to a person, or at once when this browser's last visit left one
 * with a person (`handoff` in storage), so that nobody who never asks for a human downloads it:
 *   - the notice in the panel: when a reply usually comes, or that the team is away and when it is back;
 *   - no reply within the bot's wait, or outside its hours: a form for an email address or a phone number,
 *     stored through /profile/contact with the consent sentence shown, then thanks that say how;
 *   - checking for replies with backoff while the panel is closed too (slower while the page is hidden);
 *   - the launcher's unread badge for what arrived while the panel was closed.
 */
import type { FunctionComponent } from 'preact';
import type { HandoffSettings } from '../../../functions/_shared/contracts.ts';
import type { Api } from '../api.ts';
import { fetchBot } from '../appearance.ts';
import { uuid } from '../ids.ts';
import { coachesAvailable, nextOpening } from '../coach-hours.ts';
import type { Model } from '../model.ts';
import type { AppContext } from '../shell.ts';
import type { HandoffLib } from './lib.ts';
import { noticeFor } from './notice.ts';
import { createPoller } from './poller.ts';
import { css } from './styles.ts';
import { createBadge, lastFromOthers, unreadCount } from './unread.ts';
import { type Contact, createView, type Sent } from './view.ts';
import { backText, HANDOFF_WORDS, waitText } from './words.ts';

/** `bots.handoff_wait_seconds`' default, for when the bot's settings could not be read. */
const DEFAULT_WAIT_SECONDS = 300;

export interface HandoffDeps extends HandoffLib {
  model: Model;
  api: Api;
  /** What the loader made: the launcher gets the badge; the language, the storage, the CSS. */
  context: Pick<AppContext, 'config' | 'storage' | 'launcher' | 'lang' | 'addStyle'>;
  /** For the bot's handoff settings (the appearance request) and the contact details. */
  fetch: typeof fetch;
  doc?: Document;
  now?: () => number;
}

export interface HandoffHandle {
  /** The notice, rendered by the panel above the composer. */
  View: FunctionComponent;
  stop(): void;
}

export type StartHandoff = (deps: HandoffDeps) => HandoffHandle;

type Left = { kind: 'email' | 'phone'; value: string | null };

export const startHandoff: StartHandoff = (deps) => {
  const { model, context, doc = document, now = Date.now } = deps;
  const { config, storage, lang } = context;
  const { signal, computed, effect } = deps;
  const words = HANDOFF_WORDS[lang];
  const removeStyle = context.addStyle(css);

  // Read once when the chunk starts (the browser may answer from its cache). Nothing is said until they are
  // known, so the wait shown never changes under the visitor's eyes; if they cannot be read, the defaults apply.
  const settings = signal<HandoffSettings | null>(null);
  const known = signal(false);
  void fetchBot(deps.fetch, config.url, config.anonKey, config.botId).then((bot) => {
    settings.value = bot?.handoff ?? null;
    known.value = true;
  });
  const held = computed(() => model.status.value === 'handoff');
  const stored = storage.get('contact');
  const left = signal<Left | null>(stored === 'email' || stored === 'phone' ? { kind: stored, value: null } : null);

  // The bot's wait, counted from when the visitor asked: kept in storage, so that a reload keeps it and the
  // app knows to load this chunk again at once.
  const waited = signal(false);
  const stopWait = effect(() => {
    waited.value = false;
    if (!held.value) return;
    if (!storage.get('handoff')) storage.set('handoff', String(now()));
    const remaining = Number(storage.get('handoff') || now()) + (settings.value?.wait_seconds ?? DEFAULT_WAIT_SECONDS) * 1000 - now();
    if (remaining <= 0) return void (waited.value = true);
    const timer = setTimeout(() => (waited.value = true), remaining);
    return () => clearTimeout(timer);
  });
  const hours = () => settings.value ?? undefined;
  const available = computed(() => held.value && coachesAvailable(hours(), new Date(now())));
  const notice = computed(() => !known.value ? 'none' :
    noticeFor({ held: held.value, messages: model.messages.value, contactLeft: !!left.value, available: available.value, waited: waited.value }));
  const line = computed(() => {
    switch (notice.value) {
      case 'wait':
        return words.wait(waitText(lang, settings.value?.wait_seconds ?? DEFAULT_WAIT_SECONDS));
      case 'away': {
        const back = nextOpening(hours(), new Date(now()));
        return `${words.away(back && backText(lang, back, new Date(now())))} ${words.ask}`;
      }
      case 'late':
        return `${words.late} ${words.ask}`;
      case 'thanks':
        return words.thanks(left.value!.kind, left.value!.value);
      default:
        return '';
    }
  });
  const who = computed(() => model.botName.value ?? words.team);

  async function submit(contact: Contact): Promise<Sent> {
    const token = storage.get('visitor_token');
    if (!token) return 'failed';
    const result = await deps.api.contact({ bot_id: config.botId, visitor_token: token, ...contact, consent: words.consent(who.peek()) });
    if (result.error) return result.error.status === 400 ? 'invalid' : 'failed';
    const kind = 'email' in contact ? 'email' : 'phone';
    storage.set('contact', kind); // how, never the address itself: the page's other scripts can read storage
    left.value = { kind, value: 'email' in contact ? contact.email : contact.phone };
    return 'sent';
  }

  // Handed back (or a new conversation): a later handoff is a new wait and asks for contact details again.
  const stopForget = effect(() => {
    if (held.value || model.phase.value !== 'ready') return;
    storage.remove('handoff');
    storage.remove('contact');
    left.value = null;
  });

  // Read: what was on screen while the panel was open. An id not in this conversation (a first handoff, a
  // restart) makes everything shown so far read.
  const readId = signal(storage.get('read'));
  const stopRead = effect(() => {
    const messages = model.messages.value;
    const last = lastFromOthers(messages);
    if (!last || last === readId.peek()) return;
    if (model.open.value || !messages.some((m) => m.id === readId.peek())) {
      readId.value = last;
      storage.set('read', last);
    }
  });
  const badge = createBadge(context.launcher, words.unread);
  const stopBadge = effect(() => badge.show(model.open.value ? 0 : unreadCount(model.messages.value, readId.value)));

  // One read of the conversation (`poll` writes nothing); true when it brought something new.
  async function check(): Promise<boolean> {
    const token = storage.get('visitor_token');
    const phase = model.phase.peek();
    // Before the first open (idle) or between turns (ready); a turn on its way answers with fresher state.
    if (!token || (phase !== 'idle' && phase !== 'ready')) return false;
    const before = model.messages.peek();
    const sent = { id: uuid(), input: { type: 'poll' as const } };
    const result = await deps.api.chat({ bot_id: config.botId, visitor_token: token, client_message_id: sent.id, input: sent.input });
    // Only if nothing happened meanwhile: a turn of the visitor's own is newer than this read.
    if (!result.data || model.phase.peek() !== phase || model.messages.peek() !== before) return false;
    model.show(sent, result.data);
    return model.messages.peek() !== before;
  }
  const poller = createPoller({ active: () => held.peek(), watched: () => model.open.peek(), check, doc });
  // After a reload the conversation's state is not known until asked: ask now, even with the panel closed.
  if (model.phase.peek() === 'idle') void poller.now();
  // Anything new (a reply, the visitor's own message): check again soon.
  const stopPolling = effect(() => {
    void model.messages.value;
    if (held.value) poller.wake();
  });

  return {
    View: createView({ lib: deps, words, send: model.strings.send, notice, line, who, submit }),
    stop() {
      for (const stop of [stopWait, stopForget, stopRead, stopBadge, stopPolling]) stop();
      poller.stop();
      badge.remove();
      removeStyle();
    },
  };
};

import type { ReadonlySignal } from '@preact/signals';
import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import { linkify } from '../links.ts';
import type { Message, Model } from '../model.ts';
import { keepInView } from './keep-in-view.ts';
import { PlanCard } from './PlanCard.tsx';
import { Picture } from './Picture.tsx';
import { Unavailable } from './StatusLine.tsx';

/** Text as text nodes and https links as <a> elements: markup from anyone shows literally. */
function Text({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, i) =>
        typeof part === 'string' ? part : <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">{part.text}</a>,
      )}
    </>
  );
}

/**
 * One message. Rendered again only when its own message object changes (model/answers.ts keeps the objects
 * of unchanged messages), so a new message renders one bubble, not the list.
 */
class Item extends Component<{ message: Message; model: Model }> {
  override shouldComponentUpdate(next: { message: Message }) {
    return next.message !== this.props.message;
  }

  override render({ message, model }: { message: Message; model: Model }) {
    const { strings } = model;
    const mine = message.sender === 'client';
    const human = message.sender === 'human_coach';
    // Classes: `msg` and the sender (client, ai, human_coach), and the delivery state if any (pending, failed).
    // The message that carries a plan usually just restates the card ("<title>: <why>"): show the card alone then.
    const text = message.plan && message.text.includes(message.plan.why) ? '' : message.text;
    const author = message.author;
    return (
      <div class={`msg ${message.sender} ${message.delivery ?? ''}`}>
        {human
          ? <span class="who"><Picture url={author?.avatar_url} name={author?.name ?? null} />{author?.name || strings.human}</span>
          : <span class="sr">{mine ? strings.youSaid : strings.coachSaid}</span>}
        {text && <div class="bubble"><Text text={text} /></div>}
        {message.plan && <PlanCard card={message.plan} model={model} id={`plan-${message.id}`} />}
        {message.delivery && <Delivery model={model} failed={message.delivery === 'failed'} />}
      </div>
    );
  }
}

/** Under a visitor's message that is not answered yet; only this line follows the network state. */
const Delivery = ({ model, failed }: { model: Model; failed: boolean }) => (
  <span class="meta">{failed ? model.strings.notSent : model.phase.value === 'offline' ? model.strings.waitingNetwork : model.strings.sending}</span>
);

/** The reply being written. Renders twice a reply (it appears, it goes); every piece in between only changes its text node. */
const Draft = ({ model }: { model: Model }) => (model.streaming.value ? <Streaming text={model.draft} /> : null);

/**
 * A ref callback made once per component: Preact calls it with the element when it is mounted and with null
 * when it goes, so `start` runs once and what it returns runs on the way out.
 */
const useMounted = <T extends Element>(start: (element: T) => () => void) =>
  useMemo(() => {
    let stop: (() => void) | undefined;
    return (element: T | null) => {
      stop?.();
      stop = element ? start(element) : undefined;
    };
  }, []);

function Streaming({ text }: { text: ReadonlySignal<string | null> }) {
  // While it streams, the log is busy: a screen reader reads the reply once, complete, not word by word.
  const busy = useMounted<HTMLDivElement>((row) => {
    const log = row.parentElement!;
    log.setAttribute('aria-busy', 'true');
    return () => log.setAttribute('aria-busy', 'false');
  });
  return (
    <div class="msg streaming" ref={busy}>
      <div class="bubble">{text}</div>
    </div>
  );
}

const Typing = ({ model }: { model: Model }) =>
  model.waiting.value && !model.streaming.value ? (
    <div class="msg typing-row">
      <div class="bubble typing" aria-hidden="true"><i /><i /><i /></div>
      <span class="sr">{model.strings.typing}</span>
    </div>
  ) : null;

/**
 * The conversation, newest at the bottom, announced politely to screen readers as it grows. The list renders
 * when a message is added, changed or removed; the streamed draft, the typing dots and the delivery lines
 * follow their own signals.
 */
export function MessageList({ model }: { model: Model }) {
  const messages = model.messages.value;
  const plan = model.plan.value;
  // The plan normally rides on its message; show it on its own only if no message carries it.
  const orphanPlan = plan && !messages.some((m) => m.plan?.code === plan.code) ? plan : null;
  const log = useMounted(keepInView);

  return (
    <div class="log" ref={log} role="log" aria-live="polite" aria-label={model.strings.conversation} aria-busy="false" tabIndex={0}>
      <Unavailable model={model} />
      {messages.map((message) => <Item key={message.id} message={message} model={model} />)}
      {orphanPlan && (
        <div class="msg">
          <PlanCard card={orphanPlan} model={model} id="plan" />
        </div>
      )}
      <Draft model={model} />
      <Typing model={model} />
    </div>
  );
}

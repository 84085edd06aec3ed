import { useLayoutEffect, useRef } from 'preact/hooks';
import { linkify } from '../links.ts';
import type { Message, Model } from '../model.ts';
import { PlanCard } from './PlanCard.tsx';

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

function Item({ message, model }: { message: Message; model: Model }) {
  const { strings } = model;
  const mine = message.sender === 'client';
  const human = message.sender === 'human_coach';
  // The message that carries a plan usually just restates the card ("<title>: <why>"): show the card alone then.
  const text = message.plan && message.text.includes(message.plan.why) ? '' : message.text;
  const delivery = message.delivery === 'failed' ? strings.notSent : model.phase.value === 'offline' ? strings.waitingNetwork : strings.sending;
  return (
    <div class={`msg${mine ? ' client' : ''}${human ? ' human' : ''}${message.delivery ? ` ${message.delivery}` : ''}`} data-id={message.id}>
      {human ? <span class="who">{strings.human}</span> : <span class="sr">{mine ? strings.youSaid : strings.coachSaid}</span>}
      {text && <div class="bubble"><Text text={text} /></div>}
      {message.plan && <PlanCard card={message.plan} model={model} />}
      {message.delivery && <span class="meta">{delivery}</span>}
    </div>
  );
}

/**
 * The conversation, newest at the bottom, announced politely to screen readers as it grows. While a reply
 * streams in, the log is marked busy so it is read once, complete, rather than word by word.
 */
export function MessageList({ model }: { model: Model }) {
  const list = useRef<HTMLDivElement>(null);
  const messages = model.messages.value;
  const waiting = model.waiting.value;
  const draft = model.draft.value;
  const plan = model.plan.value;
  // The plan normally rides on its message; show it on its own only if no message carries it.
  const orphanPlan = plan && !messages.some((m) => m.plan?.code === plan.code) ? plan : null;

  useLayoutEffect(() => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [messages, waiting, draft]);

  return (
    <div class="log" ref={list} role="log" aria-live="polite" aria-label={model.strings.conversation} aria-busy={draft !== null} tabIndex={0}>
      {messages.map((message) => <Item key={message.id} message={message} model={model} />)}
      {orphanPlan && (
        <div class="msg">
          <PlanCard card={orphanPlan} model={model} />
        </div>
      )}
      {draft !== null && (
        <div class="msg streaming">
          <div class="bubble"><Text text={draft} /></div>
        </div>
      )}
      {waiting && draft === null && (
        <div class="msg typing-row">
          <div class="bubble typing" aria-hidden="true"><i /><i /><i /></div>
          <span class="sr">{model.strings.typing}</span>
        </div>
      )}
    </div>
  );
}

import { linkify } from '../links.ts';
import type { Message, Model } from '../model.ts';
import { watch } from '../watch.ts';
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

const Item = watch(({ message, model }: { message: Message; model: Model }) => {
  const { strings } = model;
  const mine = message.sender === 'client';
  const human = message.sender === 'human_coach';
  // The message that carries a plan usually just restates the card ("<title>: <why>"): show the card alone then.
  const text = message.plan && message.text.includes(message.plan.why) ? '' : message.text;
  return (
    <div class={`msg${mine ? ' client' : ''}${human ? ' human' : ''}${message.delivery ? ` ${message.delivery}` : ''}`} data-id={message.id}>
      {human ? <span class="who">{strings.human}</span> : <span class="sr">{mine ? strings.youSaid : strings.coachSaid}</span>}
      {text && <div class="bubble"><Text text={text} /></div>}
      {message.plan && <PlanCard card={message.plan} model={model} id={`plan-${message.id}`} />}
      {message.delivery && (
        <span class="meta">
          {message.delivery === 'failed' ? strings.notSent : model.phase.value === 'offline' ? strings.waitingNetwork : strings.sending}
        </span>
      )}
    </div>
  );
});

/**
 * The conversation, newest at the bottom, announced politely to screen readers as it grows. While a reply
 * streams in, the log is marked busy so it is read once, complete, rather than word by word.
 */
export const MessageList = watch(({ model }: { model: Model }) => {
  const messages = model.messages.value;
  const waiting = model.waiting.value;
  const draft = model.draft.value;
  const plan = model.plan.value;
  // The plan normally rides on its message; show it on its own only if no message carries it.
  const orphanPlan = plan && !messages.some((m) => m.plan?.code === plan.code) ? plan : null;

  // Called with the log after each render of the list (a message, the draft, the typing indicator, or the panel
  // opening again): the newest is in view.
  const scroll = (log: HTMLDivElement | null) => {
    if (log) log.scrollTop = log.scrollHeight;
  };

  return (
    <div class="log" ref={scroll} role="log" aria-live="polite" aria-label={model.strings.conversation} aria-busy={draft !== null} tabIndex={0}>
      {messages.map((message) => <Item key={message.id} message={message} model={model} />)}
      {orphanPlan && (
        <div class="msg">
          <PlanCard card={orphanPlan} model={model} id="plan" />
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
});

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Message, Model } from '../model.ts';
import { PlanCard } from './PlanCard.tsx';

const DELIVERY = { pending: 'Sending…', failed: 'Not sent' } as const;

function Item({ message, model }: { message: Message; model: Model }) {
  const mine = message.sender === 'client';
  // The message that carries a plan usually just restates the card ("<title>: <why>"): show the card alone then.
  const text = message.plan && message.text.includes(message.plan.why) ? '' : message.text;
  return (
    <div class={`msg${mine ? ' client' : ''}${message.delivery ? ` ${message.delivery}` : ''}`} data-id={message.id}>
      <span class="sr">{mine ? 'You said:' : 'Coach said:'}</span>
      {/* Text only: Preact puts it in a text node, so markup from anyone shows literally. */}
      {text && <div class="bubble">{text}</div>}
      {message.plan && <PlanCard card={message.plan} onCta={model.ctaClicked} />}
      {message.delivery && <span class="meta">{DELIVERY[message.delivery]}</span>}
    </div>
  );
}

/** The conversation, newest at the bottom, announced politely to screen readers as it grows. */
export function MessageList({ model }: { model: Model }) {
  const list = useRef<HTMLDivElement>(null);
  const messages = model.messages.value;
  const waiting = model.waiting.value;
  const plan = model.plan.value;
  // The plan normally rides on its message; show it on its own only if no message carries it.
  const orphanPlan = plan && !messages.some((m) => m.plan?.code === plan.code) ? plan : null;

  useLayoutEffect(() => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [messages, waiting]);

  return (
    <div class="log" ref={list} role="log" aria-live="polite" aria-label="Conversation">
      {messages.map((message) => <Item key={message.id} message={message} model={model} />)}
      {orphanPlan && (
        <div class="msg">
          <PlanCard card={orphanPlan} onCta={model.ctaClicked} />
        </div>
      )}
      {waiting && (
        <div class="msg typing-row">
          <div class="bubble typing" aria-hidden="true"><i /><i /><i /></div>
          <span class="sr">The coach is typing</span>
        </div>
      )}
    </div>
  );
}

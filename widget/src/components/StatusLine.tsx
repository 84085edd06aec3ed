import { contactLink } from '../contact.ts';
import type { Model } from '../model.ts';

/** The owner's fallback contact as a link, when the bot has one: the way to them when the chat cannot be. */
function Reach({ model }: { model: Model }) {
  const contact = contactLink(model.fallbackContact.value);
  return contact && (
    <span class="reach">
      {model.strings.reachUs} <a href={contact.href} target="_blank" rel="noopener noreferrer">{contact.text}</a>
    </span>
  );
}

/**
 * Below the conversation. Offline: a calm note (the messages wait). Failed: one plain sentence, a way to try
 * again and, when the coach cannot be reached, the owner's own contact. A failure before anything could be
 * shown takes the conversation's place instead (Unavailable).
 */
export function StatusLine({ model }: { model: Model }) {
  const { strings } = model;
  if (model.phase.value === 'offline') {
    return <div class="notice" role="status">{strings.offline}</div>;
  }
  if (!model.error.value || model.messages.value.length === 0) return null;
  return (
    <div class="alert" role="alert">
      <span>{model.error.value}{model.problem.value === 'unreachable' && <Reach model={model} />}</span>
      <button type="button" onClick={model.retry}>{strings.tryAgain}</button>
    </div>
  );
}

/**
 * The conversation's place when not even its start could be loaded: never an empty panel. A friendly word,
 * Try again, and the owner's fallback contact when it is known (it comes with the bot's appearance, so it is
 * missing when that request failed too). A site the bot does not allow gets no Try again: it would fail again.
 */
export function Unavailable({ model }: { model: Model }) {
  const problem = model.problem.value;
  if (model.phase.value !== 'failed' || !problem || model.messages.value.length > 0) return null;
  return (
    <div class="down" role="alert">
      <p class="down-title">{model.error.value}</p>
      {problem !== 'not_allowed' && <button type="button" class="retry" onClick={model.retry}>{model.strings.tryAgain}</button>}
      <Reach model={model} />
    </div>
  );
}

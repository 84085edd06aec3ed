import type { Model } from '../model.ts';
import { watch } from '../watch.ts';
import { Composer } from './Composer.tsx';
import { CloseIcon, CoachIcon } from './icons.tsx';
import { MessageList } from './MessageList.tsx';

const FOCUSABLE = 'button:not([disabled]),input:not([disabled]),a[href],[tabindex]:not([tabindex="-1"])';

/**
 * The chat window: header with Start over and Close, the conversation, a status line, the composer.
 *
 * A modal dialog (aria-modal="true") with focus kept inside while it is open: on a phone it covers the page,
 * and on a desktop a keyboard or screen-reader user is in the chat until they close it (Esc, Close, or the
 * launcher), when focus returns to the launcher. Pointer users can still use the page around it.
 *
 * A message going back and forth re-renders only the list, the composer and the Start over button, never the
 * frame around them: each component is `watch`ed (watch.ts) and re-renders on the signals it reads itself, so
 * what changes often is read in small components (Name, Restart, StatusLine), not here.
 */
export const Panel = watch(({ model, focus, onClose }: { model: Model; focus: { current: boolean }; onClose: () => void }) => {
  const { strings } = model;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const panel = event.currentTarget as HTMLElement;
    const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    const first = items[0];
    const last = items[items.length - 1];
    const active = (panel.getRootNode() as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !panel.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <div id="signpost-panel" class="panel" role="dialog" aria-modal="true" aria-labelledby="signpost-title" hidden={!model.open.value} onKeyDown={onKeyDown}>
      <div class="head">
        <div class="avatar" aria-hidden="true"><CoachIcon /></div>
        <div class="title">
          <h2 id="signpost-title"><Name model={model} /></h2>
          <span>{strings.subtitle}</span>
        </div>
        <Restart model={model} />
        <button type="button" class="icon" aria-label={strings.closeChat} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <MessageList model={model} />
      <StatusLine model={model} />
      <Composer model={model} focus={focus} />
    </div>
  );
});

const Name = watch(({ model }: { model: Model }) => model.botName.value ?? model.strings.chat);

const Restart = watch(({ model }: { model: Model }) => (
  <button type="button" onClick={model.restart} disabled={model.waiting.value || model.messages.value.length === 0}>
    {model.strings.startOver}
  </button>
));

/** Offline: a calm note (the messages wait). Failed: one plain sentence and a way to try again. */
const StatusLine = watch(({ model }: { model: Model }) => {
  if (model.phase.value === 'offline') {
    return <div class="notice" role="status"><span>{model.strings.offline}</span></div>;
  }
  if (!model.error.value) return null;
  return (
    <div class="alert" role="alert">
      <span>{model.error.value}</span>
      <button type="button" onClick={model.retry}>{model.strings.tryAgain}</button>
    </div>
  );
});

import { useComputed } from '@preact/signals';
import type { Model } from '../model.ts';
import { Composer } from './Composer.tsx';
import { CloseIcon, CoachIcon } from './icons.tsx';
import { MessageList } from './MessageList.tsx';

/**
 * The chat window: header with Start over and Close, the conversation, an error line, the composer. The
 * panel and its header bind signals straight to DOM properties, so a message going back and forth re-renders
 * only the list and the composer, never the frame around them.
 */
export function Panel({ model, title, onClose }: { model: Model; title: string; onClose: () => void }) {
  const hidden = useComputed(() => !model.open.value);
  const cannotRestart = useComputed(() => model.waiting.value || model.messages.value.length === 0);
  return (
    <div
      id="signpost-panel"
      class="panel"
      role="dialog"
      aria-label={title}
      hidden={hidden}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="head">
        <div class="avatar"><CoachIcon /></div>
        <div class="title">
          <strong>{title}</strong>
          <span>Replies in seconds</span>
        </div>
        <button type="button" onClick={model.restart} disabled={cannotRestart}>
          Start over
        </button>
        <button type="button" class="icon" aria-label="Close chat" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <MessageList model={model} />
      <ErrorLine model={model} />
      <Composer model={model} />
    </div>
  );
}

/** One plain sentence and a way to try again. */
function ErrorLine({ model }: { model: Model }) {
  if (!model.error.value) return null;
  return (
    <div class="alert" role="alert">
      <span>{model.error}</span>
      <button type="button" onClick={model.retry}>Try again</button>
    </div>
  );
}

import type { Ref } from 'preact';
import type { Model } from '../model.ts';
import { ChatIcon, CloseIcon } from './icons.tsx';

/** The round button that opens and closes the panel; focus comes back here when the panel closes. */
export function Launcher({ model, buttonRef, onClose }: { model: Model; buttonRef: Ref<HTMLButtonElement>; onClose: () => void }) {
  const open = model.open.value;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="launcher"
      aria-label={open ? 'Close chat' : 'Open chat'}
      aria-expanded={open}
      aria-controls="signpost-panel"
      onClick={() => (open ? onClose() : model.openPanel())}
    >
      {open ? <CloseIcon /> : <ChatIcon />}
    </button>
  );
}

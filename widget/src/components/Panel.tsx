import type { ReadonlySignal } from '@preact/signals';
import { createElement, type FunctionComponent } from 'preact';
import type { Model } from '../model.ts';
import { Composer } from './Composer.tsx';
import { Header } from './Header.tsx';
import { MessageList } from './MessageList.tsx';
import { StatusLine } from './StatusLine.tsx';

const FOCUSABLE = 'button:not([disabled]),input:not([disabled]),a[href],[tabindex]:not([tabindex="-1"])';

/**
 * The chat window: header with Start over and Close, the conversation, a status line, the composer.
 *
 * A modal dialog (aria-modal="true") with focus kept inside while it is open: on a phone it covers the page,
 * and on a desktop a keyboard or screen-reader user is in the chat until they close it (Esc, Close, or the
 * launcher), when focus returns to the launcher. Pointer users can still use the page around it.
 *
 * Each part re-renders on the signals it reads itself (@preact/signals tracks `.value` per component), and the
 * panel reads only `open`: a message going back and forth never renders the frame around the conversation.
 * Signals are read as `.value` or bound as text (`{signal}`), never bound to an element's attribute: the
 * library's attribute binding breaks on a page that pollutes Object.prototype (see docs/widget.md).
 */
type Props = { model: Model; focus: { current: boolean }; onClose: () => void; addon?: ReadonlySignal<FunctionComponent | null> | undefined };

export function Panel({ model, focus, onClose, addon }: Props) {
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
      <Header model={model} onClose={onClose} />
      <MessageList model={model} />
      <StatusLine model={model} />
      {addon?.value && createElement(addon.value, null)}
      <Composer model={model} focus={focus} />
    </div>
  );
}

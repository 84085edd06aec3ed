import { useRef } from 'preact/hooks';
import type { Prompt } from '../../../functions/_shared/contracts.ts';
import type { Model } from '../model.ts';
import { SendIcon } from './icons.tsx';

/** The buttons a question offers; typing stays possible for every kind (and for off-script questions). */
function choices(prompt: Prompt, model: Model): { value: string; label: string }[] {
  if (prompt.kind === 'single_choice') return prompt.options;
  if (prompt.kind === 'yes_no') {
    return prompt.options.length ? prompt.options : [{ value: 'yes', label: model.strings.yes }, { value: 'no', label: model.strings.no }];
  }
  if (prompt.kind === 'scale') {
    const min = prompt.min ?? 1;
    const max = prompt.max ?? 10;
    return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => ({ value: String(min + i), label: String(min + i) }));
  }
  return [];
}

type Props = { model: Model; focus: { current: boolean } };

/** Quick replies for the pending question, and the text field. Renders when the question, the phase or `open` changes. */
export function Composer({ model, focus }: Props) {
  const { strings } = model;
  const open = model.open.value;
  const prompt = model.prompt.value;
  const buttons = prompt && model.phase.value === 'ready' ? choices(prompt, model) : [];
  const input = useRef<HTMLInputElement | null>(null);
  const wasOpen = useRef(false);

  // Called with the input once it is in the DOM after each render: focus moves in when the panel has just opened.
  const attach = (field: HTMLInputElement | null) => {
    if (!field) return;
    input.current = field;
    if (open && !wasOpen.current && focus.current) field.focus();
    wasOpen.current = open;
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const field = input.current;
    if (field && model.sendText(field.value)) field.value = '';
  };
  const choose = (value: string, label: string) => {
    // The clicked button disappears while the answer is on its way: keep focus in the composer.
    if (model.sendChoice(value, label)) input.current?.focus();
  };

  return (
    <div class="foot">
      {buttons.length > 0 && (
        <div
          class={`replies${prompt?.kind === 'scale' ? ' scale' : ''}`}
          role="group"
          aria-label={strings.suggested}
          style={prompt?.kind === 'scale' ? `--n:${Math.min(buttons.length, 10)}` : undefined}
        >
          {buttons.map((option) => (
            <button key={option.value} type="button" onClick={() => choose(option.value, option.label)}>
              {option.label}
            </button>
          ))}
        </div>
      )}
      <form class="form" onSubmit={submit}>
        {/* Always a text field: a number question gets the numeric keyboard, yet a side question can still be typed. */}
        <input
          ref={attach}
          type="text"
          inputMode={prompt?.kind === 'number' ? 'numeric' : 'text'}
          enterKeyHint="send"
          dir="auto"
          autocomplete="off"
          maxLength={2000}
          aria-label={strings.message}
          placeholder={prompt?.placeholder ?? (buttons.length ? strings.orType : strings.typeMessage)}
        />
        <button class="send" type="submit" aria-label={strings.send} disabled={!model.canType.value}>
          <SendIcon />
        </button>
      </form>
    </div>
  );
}

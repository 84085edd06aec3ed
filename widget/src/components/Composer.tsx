import { useEffect, useRef } from 'preact/hooks';
import type { Prompt } from '../../../functions/_shared/contracts.ts';
import type { Model } from '../model.ts';
import { SendIcon } from './icons.tsx';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The buttons a question offers; typing stays possible for every kind (and for off-script questions). */
function choices(prompt: Prompt): { value: string; label: string }[] {
  if (prompt.kind === 'single_choice') return prompt.options;
  if (prompt.kind === 'yes_no') return prompt.options.length ? prompt.options : YES_NO;
  if (prompt.kind === 'scale') {
    const min = prompt.min ?? 1;
    const max = prompt.max ?? 10;
    return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => ({ value: String(min + i), label: String(min + i) }));
  }
  return [];
}

export function Composer({ model }: { model: Model }) {
  const input = useRef<HTMLInputElement>(null);
  const open = model.open.value;
  const prompt = model.prompt.value;
  const buttons = prompt && model.phase.value === 'ready' ? choices(prompt) : [];
  const number = prompt?.kind === 'number';

  useEffect(() => {
    // Effects run after paint: by then the visitor may have closed the panel again.
    if (open && model.open.peek()) input.current?.focus();
  }, [open]);

  const submit = (event: Event) => {
    event.preventDefault();
    const field = input.current;
    if (field && model.sendText(field.value)) field.value = '';
  };
  const choose = (value: string, label: string) => {
    // The clicked button disappears while the answer is on its way: keep focus in the composer.
    if (model.sendChoice(value, label)) input.current?.focus();
  };

  const common = {
    ref: input,
    autocomplete: 'off',
    'aria-label': 'Message',
    placeholder: prompt?.placeholder ?? (buttons.length ? 'Or type your answer…' : 'Type your message…'),
  };

  return (
    <div class="foot">
      {buttons.length > 0 && (
        <div
          class={`replies${prompt?.kind === 'scale' ? ' scale' : ''}`}
          role="group"
          aria-label="Suggested answers"
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
        {number ? (
          <input
            {...common}
            type="number"
            inputMode="numeric"
            step={1}
            min={prompt.min ?? undefined}
            max={prompt.max ?? undefined}
          />
        ) : (
          <input {...common} type="text" maxLength={2000} />
        )}
        <button class="send" type="submit" aria-label="Send" disabled={!model.canSend.value}>
          <SendIcon />
        </button>
      </form>
    </div>
  );
}

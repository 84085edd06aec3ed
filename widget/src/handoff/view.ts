/**
 * The panel's handoff notice, above the composer: one sentence saying what happens next and, when no one
 * can answer in time, a form for an email address or a phone number with the sentence the visitor agrees to
 * by sending it. Written with `h()` calls rather than JSX because the handoff chunk has no Preact of its own
 * (see lib.ts). Checked as typed: a problem is shown once the visitor leaves the field or sends, and from then
 * on goes away as soon as the text is right.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { parseContact } from '../coach-hours.ts';
import type { HandoffLib } from './lib.ts';
import type { Notice } from './notice.ts';
import type { HandoffWords } from './words.ts';

export type Contact = { email: string } | { phone: string };
export type Sent = 'sent' | 'invalid' | 'failed';

export interface ViewDeps {
  lib: HandoffLib;
  words: HandoffWords;
  /** The app's word for Send. */
  send: string;
  notice: ReadonlySignal<Notice>;
  /** The sentence of the notice (wait, away, late or thanks). */
  line: ReadonlySignal<string>;
  /** Who may contact the visitor: the bot's name. */
  who: ReadonlySignal<string>;
  submit(contact: Contact): Promise<Sent>;
}

export function createView({ lib, words, send, notice, line, who, submit }: ViewDeps): FunctionComponent {
  const { h, signal } = lib;
  const problem = signal<string | null>(null);
  const sending = signal(false);
  let field: HTMLInputElement | null = null;

  const problemIn = (text: string) => {
    const parsed = parseContact(text);
    return 'problem' in parsed ? words[parsed.problem] : null;
  };
  const onInput = (event: Event) => {
    if (problem.peek()) problem.value = problemIn((event.currentTarget as HTMLInputElement).value);
  };
  const onBlur = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    if (text.trim()) problem.value = problemIn(text);
  };
  async function onSubmit(event: Event) {
    event.preventDefault();
    const parsed = parseContact(field?.value ?? '');
    if ('problem' in parsed) {
      problem.value = words[parsed.problem];
      field?.focus();
      return;
    }
    sending.value = true;
    const sent = await submit(parsed);
    sending.value = false;
    problem.value = sent === 'sent' ? null : sent === 'invalid' ? words.invalid : words.failed;
  }

  const Form = () =>
    h('form', { class: 'contact', noValidate: true, onSubmit },
      h('label', { for: 'signpost-contact' }, words.field),
      h('div', { class: 'row' },
        h('input', {
          id: 'signpost-contact',
          ref: (el: HTMLInputElement | null) => void (field = el),
          type: 'text',
          inputMode: 'email',
          autocomplete: 'email',
          dir: 'auto',
          maxLength: 254,
          disabled: sending.value,
          'aria-invalid': problem.value ? 'true' : 'false',
          'aria-describedby': 'signpost-contact-problem signpost-consent',
          onInput,
          onBlur,
        }),
        h('button', { type: 'submit', disabled: sending.value }, send)),
      // Always there, so a screen reader hears a problem the moment it appears.
      h('p', { id: 'signpost-contact-problem', class: 'problem', role: 'alert' }, problem.value ?? ''),
      h('p', { id: 'signpost-consent', class: 'consent' }, words.consent(who.value)));

  return function HandoffNotice() {
    const shown = notice.value;
    if (shown === 'none') return null;
    return h('div', { class: 'handoff' },
      h('p', { role: 'status' }, line.value),
      (shown === 'away' || shown === 'late') && h(Form, null));
  };
}

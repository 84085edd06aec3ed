/**
 * Beside a conversation: the visitor's personal coach prompt and its versions, and how the bot writes like
 * your coaches. Read-only; both are written by the chat function after a turn.
 */
import { useSignalEffect } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { Db } from '../client.ts';
import { createCoaching, styleFacts, versionCost } from '../coaching.ts';
import type { Conversation } from '../conversation.ts';
import { dateTime } from '../format.ts';
import type { Inbox } from '../inbox.ts';

export function CoachingCards({ db, conversation, inbox }: { db: Db; conversation: Conversation; inbox: Inbox }) {
  const coaching = useMemo(() => createCoaching(db), [db]);
  useSignalEffect(() => {
    void inbox.changes.value;
    const info = conversation.info.value;
    if (info) void coaching.load(info.bot_id, info.visitor_id);
  });
  const prompt = coaching.prompt.value;
  const style = coaching.style.value;
  const facts = styleFacts(style?.profile ?? null);
  return (
    <>
      {coaching.error.value && <p role="alert" class="error">{coaching.error}</p>}
      <section class="card" aria-labelledby="coach-prompt-title">
        <h3 id="coach-prompt-title">
          Personal coach prompt {prompt && <span class="badge">version {prompt.version}</span>}
        </h3>
        {prompt
          ? <p class="coach-prompt">{prompt.prompt}</p>
          : <p class="muted">None yet: the bot uses its generic prompt until this visitor has answered the guided questions.</p>}
        {coaching.versions.value.length > 0 && (
          <details>
            <summary>Versions</summary>
            <ol class="versions" reversed>
              {coaching.versions.value.map((v) => (
                <li key={v.version}>
                  <strong>v{v.version}</strong> {dateTime(v.created_at)}: {v.reason} <span class="muted">({v.written_by === 'model' ? `by ${v.model ?? 'the model'}` : 'from the answers'}; {versionCost(v)})</span>
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>
      <section class="card" aria-labelledby="coach-style-title">
        <h3 id="coach-style-title">How the bot writes like your coaches</h3>
        {facts.length
          ? (
            <>
              <ul class="facts">{facts.map(([name, value]) => <li key={name}><span class="muted">{name}:</span> {value}</li>)}</ul>
              <p class="muted">
                From {style!.replies_analysed} of your replies{style!.written_by === 'model' ? ', read by the model' : ', measured without a model'}
                {style!.analysed_at ? `, ${dateTime(style!.analysed_at)}` : ''}.
              </p>
            </>
          )
          : <p class="muted">Not yet: it learns from your replies in this console ({style?.replies_total ?? 0} so far).</p>}
      </section>
    </>
  );
}

/** Leads: every visitor with what they said, filters and search, one click to the conversation, CSV export. */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Db } from '../client.ts';
import { type BotField, fieldTitle, loadFields } from '../fields.ts';
import { dateTime } from '../format.ts';
import { answersOfLead, FILTERS, filterLeads, type LeadFilter, leadsCsv } from '../leads.ts';
import type { Bot, LeadRow } from '../types.ts';

const STATUS: Record<string, string> = { active: 'with the bot', completed: 'done', handoff: 'asked for a human', closed: 'ended' };

export function LeadsView({ db, bots }: { db: Db; bots: Bot[] }) {
  const leads = useSignal<LeadRow[]>([]);
  const fields = useSignal<BotField[]>([]);
  const error = useSignal<string | null>(null);
  const loaded = useSignal(false);
  const filter = useSignal<LeadFilter>('all');
  const search = useSignal('');
  const shown = useComputed(() => filterLeads(leads.value, filter.value, search.value, fields.value));
  const botName = (id: string) => bots.find((b) => b.id === id)?.name ?? id;

  useEffect(() => {
    void Promise.all([
      db.from('customers').select('*').order('last_seen', { ascending: false, nullsFirst: false }).limit(5000),
      loadFields(db).then((rows) => ({ rows, failed: null }), (e: Error) => ({ rows: [] as BotField[], failed: e })),
    ]).then(([{ data, error: failed }, loadedFields]) => {
      leads.value = (data ?? []) as LeadRow[];
      fields.value = loadedFields.rows;
      const why = failed?.message ?? loadedFields.failed?.message;
      error.value = why ? `Could not load the leads: ${why}` : null;
      loaded.value = true;
    });
  }, []);
  const fieldLabel = (lead: LeadRow, key: string) => {
    const field = fields.value.find((f) => f.bot_id === lead.bot_id && f.key === key);
    return field ? field.label : key.replace(/_/g, ' ');
  };

  function download() {
    const blob = new Blob([leadsCsv(shown.value, botName, fields.value)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `signpost-leads-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  return (
    <main id="main" class="leads">
      <h1>Leads</h1>
      <div class="toolbar">
        <label>
          Show
          <select value={filter} onChange={(e) => (filter.value = e.currentTarget.value as LeadFilter)}>
            {Object.entries(FILTERS).map(([key, f]) => <option key={key} value={key}>{f.label}</option>)}
          </select>
        </label>
        <label>
          Search
          <input type="search" placeholder="Name, email, phone, plan, answer…" value={search} onInput={(e) => (search.value = e.currentTarget.value)} />
        </label>
        <span class="muted" role="status">{shown.value.length} of {leads.value.length} leads</span>
        <button type="button" onClick={download} disabled={!shown.value.length}>Export CSV</button>
      </div>
      {error.value && <p role="alert" class="error">{error}</p>}
      {!loaded.value && <p>Loading…</p>}
      <div class="table-wrap">
        <table>
          <caption class="sr-only">Leads, most recently seen first</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Contact</th><th scope="col">Answers</th><th scope="col">Objection</th><th scope="col">Plan</th><th scope="col">Status</th><th scope="col">Last seen</th><th scope="col"><span class="sr-only">Conversation</span></th></tr>
          </thead>
          <tbody>
            {shown.value.map((l) => (
              <tr key={l.visitor_id}>
                <td>{l.name ?? <span class="muted">no name</span>}</td>
                <td>{l.email && <a href={`mailto:${l.email}`}>{l.email}</a>}{l.email && l.phone && <br />}{l.phone && <a href={`tel:${l.phone}`}>{l.phone}</a>}</td>
                <td class="answers">{answersOfLead(l, fields.value).filter(([f]) => f.type !== 'text').map(([f, text]) => `${fieldTitle(f)}: ${text}`).join(' · ')}</td>
                <td>{l.objection?.replace('_', ' ')}</td>
                <td>{l.recommended_plan}</td>
                <td>{l.status ? STATUS[l.status] ?? l.status : ''}{l.pending_field && l.status === 'active' ? ` (at ${fieldLabel(l, l.pending_field)})` : ''}</td>
                <td>{dateTime(l.last_seen)}</td>
                <td>{l.conversation_id && <a href={`#c/${l.conversation_id}`}>Open<span class="sr-only"> the conversation with {l.name ?? 'this visitor'}</span></a>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}

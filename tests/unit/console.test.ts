import { describe, expect, it } from 'vitest';
import { createBackoff } from '../../console/src/backoff.ts';
import { readConfig } from '../../console/src/config.ts';
import { csvCell, toCsv } from '../../console/src/csv.ts';
import { faqPassage, questionBefore } from '../../console/src/faq.ts';
import { duration } from '../../console/src/format.ts';
import { dayRange, funnelSteps } from '../../console/src/funnel.ts';
import { sortInbox } from '../../console/src/inbox.ts';
import { answerOf, answerText, type BotField, fieldsOf, fieldTitle, inQuestionOrder } from '../../console/src/fields.ts';
import { answersOfLead, filterLeads, leadsCsv } from '../../console/src/leads.ts';
import { insightItems, summaryItems, toneText } from '../../console/src/memory.ts';
import { functionSummaries, perDay } from '../../console/src/metrics.ts';
import { parseRoute } from '../../console/src/route.ts';
import type { InboxRow, LeadRow } from '../../console/src/types.ts';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('she said "hi"')).toBe('"she said ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('makes cells a spreadsheet would run as formulas plain text', () => {
    for (const evil of ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\r=1']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    // Numbers stay numbers, negative ones included; only text is defused.
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(34)).toBe('34');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a BOM, CRLF line ends and a final line break; UTF-8 text as is', () => {
    expect(toCsv(['name', 'age'], [['Zoë 💪', 34], ['Ann', null]])).toBe('\uFEFFname,age\r\nZoë 💪,34\r\nAnn,\r\n');
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });
});

const lead = (patch: Partial<LeadRow>): LeadRow => ({
  visitor_id: 'v1', bot_id: 'b1', name: null, answers: {}, objection: null,
  recommended_plan: null, returning_user: false, last_seen: null, created_at: null, conversation_id: 'c1',
  status: 'active', pending_field: null, handoff_reason: null, message_count: 0, last_message_at: null,
  email: null, phone: null, contact_consent_at: null, ...patch,
});

/** A bike shop's fields (b1) and a language school's (b2): any business's, as rows of bot_fields. */
const FIELDS: BotField[] = inQuestionOrder([
  { bot_id: 'b1', key: 'name', type: 'text', label: 'name', entity: 'person_name', options: [] },
  { bot_id: 'b1', key: 'riding', type: 'choice', label: 'kind of riding', entity: null, options: [{ value: 'road', label: 'Road' }, { value: 'gravel', label: 'Gravel and trails' }] },
  { bot_id: 'b1', key: 'height_cm', type: 'number', label: 'height', entity: null, options: [] },
  { bot_id: 'b1', key: 'commutes', type: 'yes_no', label: 'rides to work', entity: null, options: [{ value: 'yes', label: 'Yes, daily' }, { value: 'no', label: 'No' }] },
  { bot_id: 'b1', key: 'notes', type: 'text', label: 'anything else', entity: null, options: [] },
  { bot_id: 'b2', key: 'level', type: 'choice', label: 'level', entity: null, options: [{ value: 'a1', label: 'Beginner' }] },
], [
  { bot_id: 'b1', field: 'name', position: 1 }, { bot_id: 'b1', field: 'commutes', position: 4 }, { bot_id: 'b1', field: 'riding', position: 2 },
  { bot_id: 'b1', field: 'height_cm', position: 3 }, { bot_id: 'b2', field: 'level', position: 1 },
]);

describe('a bot\'s own fields', () => {
  it('come in the order the bot asks them, fields no question asks last', () => {
    expect(fieldsOf(FIELDS, 'b1').map((f) => f.key)).toEqual(['name', 'riding', 'height_cm', 'commutes', 'notes']);
  });

  it('read an answer from its profile column or from answers, and show it by its label', () => {
    const [name, riding, height, commutes] = fieldsOf(FIELDS, 'b1');
    const row = { name: 'Kim', answers: { riding: 'gravel', height_cm: 181, commutes: true } };
    expect([name!, riding!, height!, commutes!].map((f) => answerText(f, answerOf(row, f.key)))).toEqual(['Kim', 'Gravel and trails', '181', 'Yes, daily']);
    expect(answerOf({ answers: { riding: null } }, 'riding')).toBeUndefined();
    expect(answerText(riding!, 'unicycle')).toBe('unicycle'); // an option since removed still shows
    expect(fieldTitle(riding!)).toBe('Kind of riding');
  });
});

describe('leads', () => {
  const leads = [
    lead({ visitor_id: 'a', name: 'Ann', email: 'ann@example.com', recommended_plan: 'gravel-pro', status: 'completed', answers: { riding: 'gravel' } }),
    lead({ visitor_id: 'b', name: 'Bob', status: 'handoff', handoff_reason: 'asked_for_human', phone: '+44 20 7946 0958' }),
    lead({ visitor_id: 'c', name: 'Cy', pending_field: 'riding' }),
  ];
  it('filters by what a follow-up needs and searches name, contact, plan and answers', () => {
    const ids = (rows: LeadRow[]) => rows.map((r) => r.visitor_id);
    expect(ids(filterLeads(leads, 'contact', '', FIELDS))).toEqual(['a', 'b']);
    expect(ids(filterLeads(leads, 'handoff', '', FIELDS))).toEqual(['b']);
    expect(ids(filterLeads(leads, 'plan', '', FIELDS))).toEqual(['a']);
    expect(ids(filterLeads(leads, 'dropped', '', FIELDS))).toEqual(['c']);
    expect(ids(filterLeads(leads, 'all', 'pro', FIELDS))).toEqual(['a']);
    expect(ids(filterLeads(leads, 'all', '7946', FIELDS))).toEqual(['b']);
    expect(ids(filterLeads(leads, 'all', 'ann example', FIELDS))).toEqual(['a']);
    expect(ids(filterLeads(leads, 'all', 'trails', FIELDS))).toEqual(['a']);
  });

  it('lists a lead\'s answers by their bot\'s fields, unanswered ones left out', () => {
    expect(answersOfLead(lead({ answers: { height_cm: 181, riding: 'road' } }), FIELDS).map(([f, text]) => [f.key, text])).toEqual([['riding', 'Road'], ['height_cm', '181']]);
  });

  it('exports every column a follow-up needs and one per field of the leads\' bots, one row per lead', () => {
    const csv = leadsCsv([
      lead({ name: '=cmd|"/c calc"', email: 'x@example.com', answers: { height_cm: 181, commutes: false, notes: 'new saddle, soon\nplease' } }),
      lead({ visitor_id: 'v2', bot_id: 'b2', conversation_id: 'c2', answers: { level: 'a1' } }),
    ], (bot) => (bot === 'b1' ? 'Bike shop' : 'School'), FIELDS);
    const [header, first, second] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header!.split(',')).toEqual([
      'name', 'email', 'phone', 'contact_consent_at', 'status', 'recommended_plan', 'objection',
      'riding', 'height_cm', 'commutes', 'notes', 'level',
      'waiting_on_question', 'handoff_reason', 'messages', 'last_seen', 'first_contact', 'bot', 'visitor_id', 'conversation_id',
    ]);
    expect(first).toBe(`"'=cmd|""/c calc""",x@example.com,,,active,,,,181,No,"new saddle, soon\nplease",,,,0,,,Bike shop,v1,c1`);
    expect(second).toBe(',,,,active,,,,,,,Beginner,,,0,,,School,v2,c2');
  });
});

describe('the funnel', () => {
  it('orders the questions as the bot asks them and says what each step lost', () => {
    const steps = funnelSteps({
      summary: { opened: 10, started: 8, plan_shown: 3, cta_clicked: 1 },
      steps: [{ position: 2, field: 'age', answered: 6 }, { position: 1, field: 'name', answered: 8 }],
    });
    expect(steps.map((s) => [s.label, s.visitors, s.dropped])).toEqual([
      ['Opened the chat', 10, 0], ['name', 8, 2], ['age', 6, 2], ['Saw a plan', 3, 3], ['Clicked the plan button', 1, 2],
    ]);
    expect(steps[1]!.dropRate).toBeCloseTo(0.2);
  });

  it('counts a visitor who chatted as having opened the chat, and never reports a negative loss', () => {
    const steps = funnelSteps({ summary: { opened: 0, started: 4, plan_shown: 5, cta_clicked: 0 }, steps: [] });
    expect(steps[0]!.visitors).toBe(4);
    expect(steps[1]!.dropped).toBe(0);
    expect(funnelSteps({ summary: null, steps: [] }).every((s) => s.visitors === 0 && s.dropRate === 0)).toBe(true);
  });

  it('lists every day of a period, quiet ones too', () => {
    expect(dayRange(new Date('2026-03-02T10:00:00Z'), 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('the inbox', () => {
  const row = (id: string, waiting: string | null, last: string) => ({ conversation_id: id, waiting_since: waiting, last_message_at: last }) as InboxRow;
  it('puts the longest-waiting visitor first, then the latest conversations', () => {
    const sorted = sortInbox([row('recent', null, '2026-01-01T10:05:00Z'), row('new-wait', '2026-01-01T10:04:00Z', '2026-01-01T10:04:00Z'), row('old', null, '2026-01-01T09:00:00Z'), row('long-wait', '2026-01-01T09:30:00Z', '2026-01-01T10:06:00Z')]);
    expect(sorted.map((r) => r.conversation_id)).toEqual(['long-wait', 'new-wait', 'recent', 'old']);
  });

  it('says how long in words a coach reads at a glance', () => {
    expect([duration(20_000), duration(4 * 60_000), duration(125 * 60_000), duration(120 * 60_000), duration(3 * 86_400_000)]).toEqual(['just now', '4 min', '2 h 5 min', '2 h', '3 days']);
  });
});

describe('polling with backoff', () => {
  it('stretches the delay while nothing changes, up to the cap, and starts over on a change', () => {
    const backoff = createBackoff({ min: 1000, max: 5000, factor: 2 });
    expect([backoff.next(false), backoff.next(false), backoff.next(false), backoff.next(false)]).toEqual([2000, 4000, 5000, 5000]);
    expect(backoff.next(true)).toBe(1000);
    backoff.next(false);
    backoff.reset();
    expect(backoff.delay).toBe(1000);
  });
});

describe('console configuration and routes', () => {
  const meta = (values: Record<string, string>) => (name: string) => values[name];
  it('reads the project from the meta tags, and refuses unfilled placeholders', () => {
    expect(readConfig(meta({ 'signpost:url': 'https://abc.supabase.co/', 'signpost:anon-key': 'key' }))).toEqual({ url: 'https://abc.supabase.co', anonKey: 'key', realtime: true });
    expect(readConfig(meta({ 'signpost:url': 'http://127.0.0.1:54321', 'signpost:anon-key': 'key' }))!.realtime).toBe(false);
    expect(readConfig(meta({ 'signpost:url': 'http://127.0.0.1:54321', 'signpost:anon-key': 'key', 'signpost:realtime': 'on' }))!.realtime).toBe(true);
    expect(readConfig(meta({ 'signpost:url': '%VITE_SIGNPOST_URL%', 'signpost:anon-key': '%VITE_SIGNPOST_ANON_KEY%' }))).toBeNull();
    expect(readConfig(meta({ 'signpost:url': 'not a url', 'signpost:anon-key': 'key' }))).toBeNull();
  });

  it('routes the fragment to a view, and anything else to the inbox', () => {
    expect(parseRoute('#c/5E1F0A57-0000-4000-8000-000000000001')).toEqual({ view: 'inbox', conversationId: '5e1f0a57-0000-4000-8000-000000000001' });
    expect(parseRoute('#leads')).toEqual({ view: 'leads' });
    expect(parseRoute('#reports')).toEqual({ view: 'reports' });
    expect(parseRoute('#access_token=x')).toEqual({ view: 'inbox', conversationId: null });
    expect(parseRoute('')).toEqual({ view: 'inbox', conversationId: null });
  });
});

describe('a coach answer as knowledge', () => {
  it('makes the visitor question the heading and the coach words the passage, one source per answer', () => {
    const messages = [{ sender_type: 'client', content: 'Hi' }, { sender_type: 'ai', content: 'Hello!' }, { sender_type: 'client', content: 'Do you deliver to Ireland?' }, { sender_type: 'human_coach', content: 'Yes, since May.' }];
    expect(questionBefore(messages, 3)).toBe('Do you deliver to Ireland?');
    expect(questionBefore(messages, 0)).toBe('');
    expect(faqPassage('m1', '  ## Do you deliver\n to Ireland? ', ' Yes, since May. ')).toEqual({
      source: 'coach-answers/m1.md', format: 'markdown', category: 'faq',
      content: '# Answers from our coaches\n\n## Do you deliver to Ireland?\n\nYes, since May.\n',
    });
  });
});

describe('how the bot runs', () => {
  it('sums a function\'s calls over the period and shows the response times of its latest day', () => {
    const rows = [
      { day: '2026-11-30', function_name: 'chat', calls: 10, errors: 1, refused: 2, p50_ms: '30.0', p95_ms: '80.0' },
      { day: '2026-12-01', function_name: 'chat', calls: 4, errors: 0, refused: 0, p50_ms: '25.5', p95_ms: '60.0' },
      { day: '2026-12-01', function_name: 'events', calls: 20, errors: 0, refused: 0, p50_ms: 5, p95_ms: 9 },
    ];
    expect(functionSummaries(rows)).toEqual([
      { name: 'events', calls: 20, errors: 0, refused: 0, day: '2026-12-01', p50: 5, p95: 9 },
      { name: 'chat', calls: 14, errors: 1, refused: 2, day: '2026-12-01', p50: 25.5, p95: 60 },
    ]);
  });

  it('puts zero on quiet days', () => {
    expect(perDay(['2026-11-30', '2026-12-01'], [{ day: '2026-12-01', messages: 7 }], (r) => r.messages)).toEqual([0, 7]);
  });
});

describe('what the bot remembers, as the coach reads it', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute)).toISOString();

  it('lists the facts of a summary that are there, the plans offered as a choice', () => {
    const items = summaryItems({
      conversation_id: 'c', topics: ['delivery', 'recipes'], answers: {}, objections: ['tried_before'], plan_shown: 'Shred-Spartan',
      plan_alternative: 'Shred-Gladiator', plan_chosen: null, open_questions: ['do you deliver on sundays'], summary: 'x', written_by: 'rules', through_seq: 3, updated_at: at(0),
    });
    expect(items).toEqual([
      { term: 'Asked about', detail: 'delivery, recipes' },
      { term: 'Objections', detail: 'tried before' },
      { term: 'Plan shown', detail: 'Shred-Spartan or Shred-Gladiator' },
      { term: 'Still open', detail: '“do you deliver on sundays”' },
    ]);
  });

  it('shows active insights only, goals first, and the tone once it has shown', () => {
    expect(insightItems([
      { kind: 'breakthrough', key: 'past_price', value: 'Shred-Spartan', active: true, updated_at: at(3) },
      { kind: 'objection', key: 'price', value: 'too expensive', active: false, updated_at: at(2) },
      { kind: 'goal', key: 'primary_goal', value: 'Lose fat', active: true, updated_at: at(1) },
    ])).toEqual([
      { term: 'Goal', detail: 'Primary goal: Lose fat' },
      { term: 'Breakthrough', detail: 'Past price: Shred-Spartan' },
    ]);
    expect(toneText({ tone: 'direct', detail: 'brief' })).toBe('Direct, brief');
    expect(toneText({ tone: null, detail: null })).toBeNull();
    expect(toneText(null)).toBeNull();
  });
});

/**
 * How well the coach understands what visitors type: facts from free-text answers, objections, safety, and
 * answers from a knowledge base. Scored separately on the TUNING sets (tests/fixtures/understanding/*.json,
 * tests/fixtures/intents.json and rag-questions.json, which the code was tuned on) and on each HELD-OUT
 * folder that sets.ts's HELD_OUT lists (written apart from the code: profile messages, objection lines,
 * safety messages, a second business's corpus with its questions, a second field set).
 *
 * Messages are read twice: by the rules alone, and with the model reading them too (one structured call per
 * message) against the local OpenAI stub, unless OPENAI_API_KEY is set, in which case against that API.
 *
 * A held-out folder not yet seen prints aggregate figures only, never an item, so reading the output does not
 * leak it; a seen one (bench/understanding/heldout, whose results were read) is tuning material now and prints
 * its failures, as the tuning sets do. A metric today's product cannot be scored on prints "n/a" and why.
 * Every call into the product goes through bench/understanding/adapter.ts.
 *
 *   npm run bench:understanding                 everything, figures written to docs/benchmarks.md
 *   npm run bench:understanding -- --tuning     the tuning sets' messages only (nothing held out is read)
 *   npm run bench:understanding -- --seen       the tuning sets and the seen folders, failures printed; nothing
 *                                               unseen is read; add --messages or --knowledge for one half,
 *                                               --rules to skip the model reader. Only a full run writes docs.
 */
import { type FieldSpec, type MessageInput, openProduct, type Product, type Reader, type Reading } from './understanding/adapter.ts';
import {
  answerIsRight,
  type FactTally,
  isRightPassage,
  objectionOf,
  precision,
  rankOf,
  recall,
  sameValue,
  tallyFacts,
  tallyRanks,
  UNSCORED_FIELDS,
} from './understanding/score.ts';
import { HELD_OUT, type HeldOutFolder, heldoutSets, type HeldOutSets, type IntentCase, type KnowledgeQuestion, type RagQuestion, tuningSets } from './understanding/sets.ts';
import { execFileSync } from 'node:child_process';
import { isExpected } from './corpus.ts';
import { machine, table, writeSection } from './report.ts';

const flag = (name: string) => process.argv.includes(`--${name}`);
const tuningOnly = flag('tuning');
/** A partial run (a tuning loop): prints figures and failures, writes nothing. */
const partial = tuningOnly || flag('seen') || flag('messages') || flag('knowledge') || flag('rules');
const folders = HELD_OUT.filter((folder) => !flag('seen') || folder.failures);
const runMessages = !flag('knowledge');
const runKnowledge = !tuningOnly && !flag('messages');
const started = performance.now();
const na = (why: string) => `n/a (${why})`;
const ratio = (n: number, d: number) => (d ? `${n}/${d} (${((100 * n) / d).toFixed(1)}%)` : 'n/a (no items)');
const share = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const timings: string[] = [];
/** The product code measured (the last commit that changed functions/ or supabase/): figures move with it. */
const commit = (() => {
  try {
    return execFileSync('git', ['log', '-1', '--format=%h', '--', 'functions', 'supabase'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown commit';
  }
})();

interface Item { pending: string | null; text: string; known?: Record<string, unknown>; reAsks?: number }

async function readAll(product: Product, reader: Reader, fields: FieldSpec[], items: Item[]): Promise<Reading[]> {
  const readings: Reading[] = [];
  for (const item of items) {
    readings.push(await product.read(fields, { pending: item.pending, known: item.known ?? {}, text: item.text, reAsks: item.reAsks } satisfies MessageInput, reader));
  }
  return readings;
}

function factRow(label: string, t: FactTally): string[] {
  return [label, String(t.messages), String(t.stated), ratio(t.captured, t.stated), String(t.wrong), share(precision(t)), ratio(t.fullyRight, t.messages),
    t.corrections ? ratio(t.correctionsApplied, t.corrections) : '—'];
}

const FACT_HEAD = ['set', 'messages', 'facts stated', 'captured (recall)', 'wrong values stored', 'precision', 'messages fully right', 'corrections applied'];

function fieldRows(fields: FieldSpec[], tally: FactTally): string[][] {
  return fields.filter((f) => !UNSCORED_FIELDS.has(f.key)).map((f) => {
    const t = tally.perField.get(f.key) ?? { stated: 0, captured: 0, wrong: 0 };
    return [f.key, String(t.stated), String(t.captured), String(t.wrong), share(precision(t)), share(recall(t))];
  });
}

/** What went wrong with one message's facts, for the tuning sets' failure lists. */
function factFailure(item: { id: string; text: string; facts: Record<string, unknown> }, stored: Record<string, unknown>): string | null {
  const scored = Object.fromEntries(Object.entries(stored).filter(([key]) => !UNSCORED_FIELDS.has(key)));
  const missed = Object.entries(item.facts).filter(([key, value]) => !(key in scored && sameValue(scored[key], value)));
  const wrong = Object.entries(scored).filter(([key, value]) => !(key in item.facts && sameValue(item.facts[key], value)));
  if (!missed.length && !wrong.length) return null;
  const show = (pairs: [string, unknown][]) => pairs.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
  return `  ${item.id} "${item.text}": ${missed.length ? `missed ${show(missed)}` : ''}${missed.length && wrong.length ? '; ' : ''}${wrong.length ? `wrong ${show(wrong)}` : ''}`;
}

// --- Tuning: intents.json -----------------------------------------------------------------------------------

function intentMatches(expect: IntentCase['expect'], reading: Reading): boolean {
  if (expect.kind === 'safety') return reading.safety !== null && (expect.urgent === undefined || expect.urgent === reading.safety.urgent);
  if (expect.kind !== reading.kind) return false;
  if (expect.objection && expect.objection !== reading.objection) return false;
  if (expect.reason && expect.reason !== reading.handoff?.reason) return false;
  if (expect.category && expect.category !== reading.category) return false;
  if (expect.urgent !== undefined && expect.urgent !== !!reading.handoff?.urgent) return false;
  return true;
}

const describe = (r: Reading) =>
  [r.kind, r.objection, r.handoff?.reason, r.handoff?.urgent ? 'urgent' : null, r.safety?.kind, r.category].filter(Boolean).join(' ');

// --- Messages, read by one reader ---------------------------------------------------------------------------

interface MessageFigures {
  facts: string[][];
  fields: { label: string; rows: string[][] }[];
  objections: string[][];
  safety: string[][];
  freeText: string[];
  failures: string[];
}

async function messageFigures(product: Product, reader: Reader, label: string): Promise<MessageFigures> {
  const tuning = tuningSets();
  const demo = await product.demoFields();
  const can = product.capabilities(demo);
  const figures: MessageFigures = { facts: [], fields: [], objections: [], safety: [], freeText: [], failures: [] };
  const tag = (set: string) => `${set}${label}`;

  // Tuning: what each message of intents.json is.
  const intentReadings = await readAll(product, reader, demo, tuning.intents.map((c) => ({ ...c, reAsks: c.frustrationCount })));
  const intentFailures = tuning.intents.flatMap((c, i) =>
    intentMatches(c.expect, intentReadings[i]!) ? [] : [`  [${c.pending ?? '-'}] "${c.text}": expected ${Object.values(c.expect).join(' ')}, got ${describe(intentReadings[i]!)}`]
  );
  const objectionCases = tuning.intents.map((c, i) => [c, intentReadings[i]!] as const).filter(([c]) => c.expect.kind === 'objection');
  figures.objections.push(
    [tag('tuning: intents.json, every case'), String(tuning.intents.length), ratio(tuning.intents.length - intentFailures.length, tuning.intents.length), 'kind and its discriminator (objection, hand-off reason, category, urgent)'],
    [tag('tuning: intents.json, objection cases'), String(objectionCases.length), ratio(objectionCases.filter(([c, r]) => r.objection === c.expect.objection).length, objectionCases.length), 'objection kind'],
  );
  if (intentFailures.length) figures.failures.push(`Tuning failures${label}, intents.json (${intentFailures.length}):`, ...intentFailures);

  // Tuning: profile messages and objection lines, for each seeded bot.
  for (const set of tuning.profile) {
    const fields = await product.botFields(set.bot);
    const readings = await readAll(product, reader, fields, set.messages);
    const tally = tallyFacts(set.messages, readings.map((r) => r.stored));
    figures.facts.push(factRow(tag(`tuning: profile messages (${set.bot})`), tally));
    if (set.bot === 'nutrition-solutions') figures.fields.push({ label: tag(`tuning: profile messages (${set.bot})`), rows: fieldRows(fields, tally) });
    const carrying = set.messages.map((m, i) => [m, readings[i]!] as const).filter(([m]) => m.objection);
    const falseAlarms = set.messages.map((m, i) => [m, readings[i]!] as const).filter(([m, r]) => !m.objection && r.objection);
    figures.objections.push([tag(`tuning: profile messages carrying an objection (${set.bot})`), String(carrying.length),
      ratio(carrying.filter(([m, r]) => r.objection === m.objection).length, carrying.length), `false alarms on the other ${set.messages.length - carrying.length}: ${falseAlarms.length}`]);
    const failures = set.messages.flatMap((m, i) => {
      const fact = factFailure(m, readings[i]!.stored);
      const objection = (m.objection ?? null) !== readings[i]!.objection ? `  ${m.id} "${m.text}": objection ${m.objection ?? 'none'} read as ${readings[i]!.objection ?? 'none'}` : null;
      return [fact, objection].filter((line): line is string => line !== null);
    });
    if (failures.length) figures.failures.push(`Tuning failures${label}, profile messages (${set.bot}) (${failures.length}):`, ...failures);
  }
  for (const set of tuning.objections) {
    const fields = await product.botFields(set.bot);
    const readings = await readAll(product, reader, fields, set.lines);
    const right = set.lines.filter((l, i) => objectionOf(readings[i]!) === l.kind).length;
    const notNow = set.lines.map((l, i) => [l, readings[i]!] as const).filter(([l]) => l.kind === 'not_now');
    const notNowStored = notNow.filter(([l, r]) => Object.keys(r.stored).some((key) => !(key in (l.facts ?? {})))).length;
    figures.objections.push([tag(`tuning: objection lines (${set.bot})`), String(set.lines.length), ratio(right, set.lines.length),
      `not_now lines: ${ratio(notNow.filter(([, r]) => r.objection === 'not_now').length, notNow.length)}, of which read as an answer: ${notNowStored}`]);
    const withFacts = set.lines.map((l, i) => [l, readings[i]!] as const).filter(([l]) => l.facts);
    figures.facts.push(factRow(tag(`tuning: facts in objection lines (${set.bot})`), tallyFacts(withFacts.map(([l]) => ({ facts: l.facts! })), withFacts.map(([, r]) => r.stored))));
    const failures = set.lines.flatMap((l, i) => {
      const r = readings[i]!;
      const kind = objectionOf(r) !== l.kind ? `  ${l.id} [${l.pending ?? '-'}] "${l.text}": ${l.kind} read as ${objectionOf(r)} (${describe(r)})` : null;
      const fact = factFailure({ ...l, facts: l.facts ?? {} }, r.stored);
      return [kind, fact].filter((line): line is string => line !== null);
    });
    if (failures.length) figures.failures.push(`Tuning failures${label}, objection lines (${set.bot}) (${failures.length}):`, ...failures);
  }

  // Tuning: safety.
  {
    const set = tuning.safety;
    const fields = await product.botFields(set.bot);
    const readings = await readAll(product, reader, fields, set.messages);
    figures.safety.push(safetyRow(tag('tuning: safety messages'), set.messages, readings, can.safety));
    const failures = safetyFailures(set.messages, readings);
    if (failures.length) figures.failures.push(`Tuning failures${label}, safety (${failures.length}):`, ...failures);
  }
  if (tuningOnly) return figures;
  for (const folder of folders) await heldoutFigures(product, reader, label, folder, heldoutSets(folder.folder), figures);
  return figures;
}

/**
 * One held-out folder's messages: figures always; its failures, item by item, only when the folder was seen
 * (its results already read, so it is tuning material now).
 */
async function heldoutFigures(product: Product, reader: Reader, label: string, folder: HeldOutFolder, held: HeldOutSets, figures: MessageFigures) {
  const demo = await product.demoFields();
  const tag = (set: string) => `${folder.name}: ${set}${label}`;
  const failed = (set: string, lines: string[]) => {
    if (folder.failures && lines.length) figures.failures.push(`Failures${label}, ${folder.name} ${set} (${lines.length}):`, ...lines);
  };

  // Facts in free-text messages, and the objections they carry.
  const profileReadings = await readAll(product, reader, demo, held.profile);
  const profileFacts = tallyFacts(held.profile, profileReadings.map((r) => r.stored));
  figures.facts.push(factRow(tag('profile messages'), profileFacts));
  figures.fields.push({ label: tag('profile messages'), rows: fieldRows(demo, profileFacts) });
  const carrying = held.profile.map((m, i) => [m, profileReadings[i]!] as const).filter(([m]) => m.objection);
  const falseAlarms = held.profile.filter((m, i) => !m.objection && profileReadings[i]!.objection).length;
  const mentions = held.profile.flatMap((m, i) => (m.mentions ?? []).map((field) => field in profileReadings[i]!.stored));
  figures.freeText.push(`${tag('free-text fields (not scored) stored where a message describes them')}: ${ratio(mentions.filter(Boolean).length, mentions.length)}`);
  failed('profile messages', held.profile.flatMap((m, i) => {
    const r = profileReadings[i]!;
    const fact = factFailure(m, r.stored);
    const objection = (m.objection ?? null) !== r.objection ? `  ${m.id} "${m.text}": objection ${m.objection ?? 'none'} read as ${r.objection ?? 'none'}` : null;
    return [fact, objection].filter((line): line is string => line !== null);
  }));

  // Objection lines.
  const objectionReadings = await readAll(product, reader, demo, held.objections);
  const kindRight = held.objections.filter((l, i) => objectionOf(objectionReadings[i]!) === l.kind).length;
  const lookAlikes = held.objections.map((l, i) => [l, objectionReadings[i]!] as const).filter(([l]) => l.kind === 'none');
  const notNow = held.objections.map((l, i) => [l, objectionReadings[i]!] as const).filter(([l]) => l.kind === 'not_now');
  const withFacts = held.objections.map((l, i) => [l, objectionReadings[i]!] as const).filter(([l]) => l.facts);
  figures.facts.push(factRow(tag('facts in objection lines'), tallyFacts(withFacts.map(([l]) => ({ facts: l.facts! })), withFacts.map(([, r]) => r.stored))));
  figures.objections.push(
    [tag('objection lines, all'), String(held.objections.length), ratio(kindRight, held.objections.length),
      `not_now lines: ${ratio(notNow.filter(([, r]) => r.objection === 'not_now').length, notNow.length)}; look-alikes kept free of an objection: ${ratio(lookAlikes.filter(([, r]) => r.objection === null).length, lookAlikes.length)}`],
    [tag('profile messages carrying an objection'), String(carrying.length), ratio(carrying.filter(([m, r]) => r.objection === m.objection).length, carrying.length), `false alarms on the other ${held.profile.length - carrying.length}: ${falseAlarms}`],
  );
  failed('objection lines', held.objections.flatMap((l, i) => {
    const r = objectionReadings[i]!;
    const kind = objectionOf(r) !== l.kind ? `  ${l.id} [${l.pending ?? '-'}] "${l.text}": ${l.kind} read as ${objectionOf(r)} (${describe(r)})` : null;
    const fact = l.facts ? factFailure({ ...l, facts: l.facts }, r.stored) : null;
    return [kind, fact].filter((line): line is string => line !== null);
  }));

  // Safety.
  const safetyReadings = await readAll(product, reader, demo, held.safety);
  figures.safety.push(safetyRow(tag('safety messages'), held.safety, safetyReadings, product.capabilities(demo).safety));
  failed('safety', safetyFailures(held.safety, safetyReadings));

  // The second field set.
  const otherCan = product.capabilities(held.otherFields);
  if (!otherCan.fields.ok) {
    figures.facts.push([tag('second field set'), String(held.otherMessages.length), na(otherCan.fields.why), '', '', '', '', '']);
    return;
  }
  const otherReadings = await readAll(product, reader, held.otherFields, held.otherMessages);
  figures.facts.push(factRow(tag('second field set'), tallyFacts(held.otherMessages, otherReadings.map((r) => r.stored))));
  failed('second field set', held.otherMessages.flatMap((m, i) => factFailure(m, otherReadings[i]!.stored) ?? []));
}

function safetyFailures(messages: { id: string; text: string; kind: string; urgent?: boolean }[], readings: Reading[]): string[] {
  return messages.flatMap((m, i) => {
    const r = readings[i]!;
    if (m.kind === 'none') return r.safety ? [`  ${m.id} "${m.text}": look-alike routed to safety (${r.safety.kind})`] : [];
    if (!r.safety) return [`  ${m.id} "${m.text}": ${m.kind} not routed to safety (${describe(r)})`];
    const wrong = [r.safety.kind !== m.kind ? `kind ${r.safety.kind}` : '', !!m.urgent !== r.safety.urgent ? `urgent ${r.safety.urgent}` : ''].filter(Boolean);
    return wrong.length ? [`  ${m.id} "${m.text}": ${m.kind}${m.urgent ? ' urgent' : ''} routed with ${wrong.join(', ')}`] : [];
  });
}

function safetyRow(label: string, items: { kind: string; urgent?: boolean }[], readings: Reading[], support: { ok: boolean; why?: string }): string[] {
  const pairs = items.map((m, i) => [m, readings[i]!] as const);
  const crises = pairs.filter(([m]) => m.kind !== 'none');
  const harmless = pairs.filter(([m]) => m.kind === 'none');
  const urgent = crises.filter(([m]) => m.urgent);
  const routed = (rows: typeof pairs) => rows.filter(([, r]) => r.safety !== null).length;
  if (!support.ok) return [label, String(crises.length), `0 (${support.why})`, String(harmless.length), na(support.why ?? ''), ''];
  return [label, String(crises.length), ratio(routed(crises), crises.length), String(harmless.length), ratio(routed(harmless), harmless.length),
    `right kind ${ratio(crises.filter(([m, r]) => r.safety?.kind === m.kind).length, crises.length)}; urgent ones flagged urgent ${ratio(urgent.filter(([, r]) => r.safety?.urgent).length, urgent.length)}; no selling in the reply ${ratio(crises.filter(([, r]) => !r.sells).length, crises.length)}`];
}

// --- Knowledge ----------------------------------------------------------------------------------------------

interface KnowledgeFigures { questions: number; recall3: string; mrr: string; answers: string; fromDocument: string; unrelated: string; declined: string; takenAsAnswer: string }

const knowledgeRow = (label: string, f: KnowledgeFigures) =>
  [label, String(f.questions), f.recall3, f.mrr, f.answers, f.fromDocument, f.declined, f.takenAsAnswer, f.unrelated];

async function heldoutKnowledge(product: Product, spec: Parameters<Product['knowledgeBot']>[0], questions: KnowledgeQuestion[]) {
  const bot = await product.knowledgeBot(spec);
  const ranks: number[] = [];
  const failures: string[] = [];
  let right = 0;
  let fromDocument = 0;
  let declined = 0;
  let takenAsAnswer = 0;
  let unrelatedAnswered = 0;
  const answerable = questions.filter((q) => q.expect);
  for (const q of questions) {
    const reply = await bot.ask(q.question);
    if (!q.expect) {
      if (reply.grounded) {
        unrelatedAnswered++;
        failures.push(`  ${q.id} unrelated "${q.question}" answered from ${reply.sources[0]}`);
      }
      continue;
    }
    const expect = q.expect;
    const rank = rankOf(await bot.search(q.question), (p) => isRightPassage(p, expect));
    ranks.push(rank);
    const answeredRight = answerIsRight(reply, expect);
    if (answeredRight) right++;
    if (!answeredRight || rank < 1 || rank > 3) {
      failures.push(`  ${q.id} "${q.question}": expected ${expect.file} › ${expect.section}; right passage at rank ${rank || '-'}; ` +
        `reply ${answeredRight ? 'right' : 'wrong'}, from ${reply.sources[0] ?? 'no source'}${reply.takenAsAnswer ? ' (taken as an answer to the pending question)' : ''}`);
    }
    if (reply.sources[0] === expect.file) fromDocument++;
    if (!reply.grounded) declined++;
    if (reply.takenAsAnswer) takenAsAnswer++;
  }
  const r = tallyRanks(ranks);
  const unrelated = questions.length - answerable.length;
  const figures: KnowledgeFigures = {
    questions: answerable.length,
    recall3: ratio(r.top3, r.questions),
    mrr: (r.reciprocal / r.questions).toFixed(3),
    answers: ratio(right, answerable.length),
    fromDocument: ratio(fromDocument, answerable.length),
    unrelated: `${unrelatedAnswered}/${unrelated}`,
    declined: ratio(declined, answerable.length),
    takenAsAnswer: ratio(takenAsAnswer, answerable.length),
  };
  return { figures, notes: bot.notes, failures };
}

async function tuningKnowledge(product: Product, rag: { questions: RagQuestion[]; unrelated: string[] }) {
  const bot = product.demoKnowledge();
  const ranks: number[] = [];
  const failures: string[] = [];
  let fromDocument = 0;
  let declined = 0;
  let takenAsAnswer = 0;
  for (const q of rag.questions) {
    const [source, phrase] = q.expected;
    const rank = rankOf(await bot.search(q.question), (p) => isExpected(p, q.expected));
    ranks.push(rank);
    const reply = await bot.ask(q.question);
    const fromExpected = reply.sources[0]?.startsWith(source) ?? false;
    if (fromExpected) fromDocument++;
    if (!reply.grounded) declined++;
    if (reply.takenAsAnswer) takenAsAnswer++;
    if (rank < 1 || rank > 3 || !fromExpected) {
      failures.push(`  "${q.question}": expected ${source} › ${phrase}; right passage at rank ${rank || '-'}; reply from ${reply.sources[0] ?? 'no source'}${reply.takenAsAnswer ? ' (taken as an answer to the pending question)' : ''}`);
    }
  }
  let unrelatedAnswered = 0;
  for (const question of rag.unrelated) {
    const reply = await bot.ask(question);
    if (reply.grounded) {
      unrelatedAnswered++;
      failures.push(`  unrelated "${question}" answered from ${reply.sources[0]}`);
    }
  }
  const r = tallyRanks(ranks);
  const figures: KnowledgeFigures = {
    questions: rag.questions.length,
    recall3: ratio(r.top3, r.questions),
    mrr: (r.reciprocal / r.questions).toFixed(3),
    answers: na('the fixture names passages, not answers'),
    fromDocument: ratio(fromDocument, rag.questions.length),
    unrelated: `${unrelatedAnswered}/${rag.unrelated.length}`,
    declined: ratio(declined, rag.questions.length),
    takenAsAnswer: ratio(takenAsAnswer, rag.questions.length),
  };
  return { figures, failures };
}

// --- Run ----------------------------------------------------------------------------------------------------

const product = await openProduct();
try {
  console.log(`Understanding bench: ${product.mode}; messages read by the rules, then with ${product.modelReader}.`);
  let phase = performance.now();
  const none: MessageFigures = { facts: [], fields: [], objections: [], safety: [], freeText: [], failures: [] };
  const byRules = runMessages ? await messageFigures(product, 'rules', '') : none;
  if (runMessages) timings.push(`messages read by the rules ${seconds(phase)}`);
  phase = performance.now();
  const byModel = runMessages && !flag('rules') ? await messageFigures(product, 'model', ' — with the model') : none;
  if (byModel !== none) timings.push(`messages read with the model ${seconds(phase)}`);

  const factsTable = table(FACT_HEAD, [...byRules.facts, ...byModel.facts]);
  const fieldsTables = [...byRules.fields, ...byModel.fields].map((f) =>
    table([`field (${f.label})`, 'stated', 'captured', 'wrong', 'precision', 'recall'], f.rows));
  const objectionsTable = table(['set', 'items', 'kind right', 'detail'], [...byRules.objections, ...byModel.objections]);
  const safetyTable = table(['set', 'crises', 'crises routed to safety', 'look-alikes', 'look-alikes routed to safety', 'detail'], [...byRules.safety, ...byModel.safety]);
  const freeText = [...byRules.freeText, ...byModel.freeText].join('\n');
  const failures = [...byRules.failures, ...byModel.failures];
  const messagesReport = `\nFacts\n${factsTable}\n\n${fieldsTables.join('\n\n')}\n${freeText}\n\nObjections and intents\n${objectionsTable}\n\nSafety\n${safetyTable}`;

  if (!runKnowledge) {
    console.log(messagesReport);
    if (failures.length) console.log(`\n${failures.join('\n')}`);
  } else {
    // Knowledge: the demo corpus (tuning) and each held-out folder's business, through search and the chat.
    const tuning = tuningSets();
    phase = performance.now();
    const tuningRag = await tuningKnowledge(product, tuning.rag);
    timings.push(`tuning knowledge ${seconds(phase)}`);
    const knowledgeRows = [knowledgeRow('tuning: demo corpus, rag-questions.json', tuningRag.figures)];
    const heldNotes: string[] = [];
    const sizes: string[] = [];
    const knowledgeFailures: string[] = [];
    for (const folder of folders) {
      const held = heldoutSets(folder.folder);
      phase = performance.now();
      const rag = await heldoutKnowledge(product, { ...held.bot, firstQuestion: "What's your name?" }, held.questions);
      timings.push(`${folder.name} knowledge (ingestion included) ${seconds(phase)}`);
      knowledgeRows.push(knowledgeRow(`${folder.name}: ${held.bot.name} corpus`, rag.figures));
      heldNotes.push(`${folder.name} (${held.bot.name}): ${rag.notes.join('; ')}`);
      sizes.push(`${folder.name} (\`bench/understanding/${folder.folder}/\`${folder.failures ? ', seen: failures printed' : ', unseen: figures only'}): ${held.profile.length} profile messages, ` +
        `${held.objections.length} objection lines, ${held.safety.length} safety messages, ${held.questions.length} questions over ${held.bot.name}'s corpus of ${held.bot.files.length} pages, ` +
        `a second field set of ${held.otherFields.length} fields with ${held.otherMessages.length} messages`);
      if (folder.failures && rag.failures.length) knowledgeFailures.push(`Failures, ${folder.name} knowledge (${rag.failures.length}):`, ...rag.failures);
    }
    const knowledgeTable = table(['set', 'questions', 'recall@3', 'MRR', 'answers right', 'reply drawn from the expected file', 'reply drew on no knowledge', 'taken as an answer to the pending question', 'unrelated answered as if known'], knowledgeRows);
    timings.unshift(`total ${seconds(started)}`);

    console.log(`${runMessages ? messagesReport : ''}\n\nKnowledge\n${knowledgeTable}`);
    console.log(`\n${heldNotes.join('\n')}\nTime: ${timings.join(', ')}`);
    if (failures.length) console.log(`\n${failures.join('\n')}`);
    if (tuningRag.failures.length) console.log(`\nTuning failures, rag-questions.json (${tuningRag.failures.length}):\n${tuningRag.failures.join('\n')}`);
    if (knowledgeFailures.length) console.log(`\n${knowledgeFailures.join('\n')}`);
    if (!partial) writeSection('understanding', `## Understanding: facts, objections, safety and knowledge, on tuned and held-out words

\`npm run bench:understanding\` on the product code of ${commit} — ${machine()}; ${product.mode}; messages read by the rules, then with ${product.modelReader}; ${timings.join(', ')}.

Tuning sets are the fixtures the code was tuned on (\`tests/fixtures/understanding/*.json\` for both demo
businesses, \`tests/fixtures/intents.json\`, \`tests/fixtures/rag-questions.json\`). Held-out sets were written
apart from the code; once a held-out result has been read item by item, that set is no longer held out (it is
"seen", tuning material from then on, and its failures are printed) and fresh material measures the product:
${sizes.join('; ')}.

Messages are read as the chat decides them (the turn's pure decision on the pending question, what was
stored before, the text). A captured fact is the stated value stored; a wrong value is a value stored that the
message did not state, or a different one. "With the model" adds the model's structured reading of each
message (merged with the rules and checked by the same validation); against the local stub it finds nothing
the rules did not, so those rows show that merging never costs a fact. Knowledge questions are asked in the
chat by a new visitor each, with the bot's first guided question pending, and searched with \`rag_search\`
across all categories (top 10, no score threshold).

${factsTable}

${fieldsTables.join('\n\n')}

${freeText}.

${objectionsTable}

${safetyTable}

${knowledgeTable}

Answers right: the coach's reply contains a phrase of the expected answer. Held-out corpora: ${heldNotes.join('; ')}.`);
  }
} finally {
  await product.close();
}

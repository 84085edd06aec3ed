/**
 * How well the coach understands what visitors type: facts from free-text answers, objections, safety, and
 * answers from a knowledge base. Scored separately on the TUNING fixtures (tests/fixtures/intents.json and
 * rag-questions.json, which the engine and the search were tuned on) and on the HELD-OUT sets in
 * bench/understanding/heldout (written apart from the code: profile messages, objection lines, safety
 * messages, a second business's corpus with its questions, a second field set).
 *
 * Held-out sets print aggregate figures only, never an item, so reading the output does not leak them;
 * tuning sets print their failures too. A metric today's product cannot be scored on prints "n/a" and why.
 * Every call into the product goes through bench/understanding/adapter.ts.
 *
 *   npm run bench:understanding
 */
import { type BotUnderTest, type MessageInput, openProduct, type Product, type Reading } from './understanding/adapter.ts';
import {
  answerIsRight,
  type FactTally,
  isRightPassage,
  objectionOf,
  precision,
  rankOf,
  recall,
  tallyFacts,
  tallyRanks,
  UNSCORED_FIELDS,
} from './understanding/score.ts';
import { heldoutSets, type IntentCase, type KnowledgeQuestion, type RagQuestion, tuningSets } from './understanding/sets.ts';
import { execFileSync } from 'node:child_process';
import { machine, table, writeSection } from './report.ts';

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

function readAll(product: Product, bot: BotUnderTest, items: { pending: string | null; text: string; known?: Record<string, unknown>; reAsks?: number }[]): Reading[] {
  return items.map((item): Reading => product.read(bot, { pending: item.pending, known: item.known ?? {}, text: item.text, reAsks: item.reAsks } satisfies MessageInput));
}

function factRow(label: string, t: FactTally): string[] {
  return [label, String(t.messages), String(t.stated), ratio(t.captured, t.stated), String(t.wrong), share(precision(t)), ratio(t.fullyRight, t.messages),
    t.corrections ? ratio(t.correctionsApplied, t.corrections) : '—'];
}

// --- Tuning: intents.json -----------------------------------------------------------------------------------

function intentMatches(expect: IntentCase['expect'], reading: Reading): boolean {
  if (expect.kind !== reading.kind) return false;
  if (expect.objection && expect.objection !== reading.objection) return false;
  if (expect.reason && expect.reason !== reading.handoff?.reason) return false;
  if (expect.category && expect.category !== reading.category) return false;
  if (expect.urgent !== undefined && expect.urgent !== !!reading.handoff?.urgent) return false;
  return true;
}

const describe = (r: Reading) =>
  [r.kind, r.objection, r.handoff?.reason, r.handoff?.urgent ? 'urgent' : null, r.category].filter(Boolean).join(' ');

// --- Knowledge ----------------------------------------------------------------------------------------------

interface KnowledgeFigures { questions: number; recall3: string; mrr: string; answers: string; fromDocument: string; unrelated: string; declined: string; takenAsAnswer: string }

const knowledgeRow = (label: string, f: KnowledgeFigures) =>
  [label, String(f.questions), f.recall3, f.mrr, f.answers, f.fromDocument, f.declined, f.takenAsAnswer, f.unrelated];

async function heldoutKnowledge(product: Product, spec: Parameters<Product['knowledgeBot']>[0], questions: KnowledgeQuestion[]) {
  const bot = await product.knowledgeBot(spec);
  const ranks: number[] = [];
  let right = 0;
  let fromDocument = 0;
  let declined = 0;
  let takenAsAnswer = 0;
  let unrelatedAnswered = 0;
  const answerable = questions.filter((q) => q.expect);
  for (const q of questions) {
    const reply = await bot.ask(q.question);
    if (!q.expect) {
      if (reply.grounded) unrelatedAnswered++;
      continue;
    }
    const expect = q.expect;
    ranks.push(rankOf(await bot.search(q.question), (p) => isRightPassage(p, expect)));
    if (answerIsRight(reply, expect)) right++;
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
  return { figures, notes: bot.notes };
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
    const rank = rankOf(await bot.search(q.question), (p) => p.source.startsWith(source) && p.content.includes(phrase));
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
  const tuning = tuningSets();
  const held = heldoutSets();
  const demo = await product.demoBot();
  const can = product.capabilities(demo);
  console.log(`Understanding bench: ${product.mode}.`);

  // Tuning: what each message of intents.json is.
  let phase = performance.now();
  const intentReadings = readAll(product, demo, tuning.intents.map((c) => ({ ...c, reAsks: c.frustrationCount })));
  const intentFailures = tuning.intents.flatMap((c, i) =>
    intentMatches(c.expect, intentReadings[i]!) ? [] : [`  [${c.pending ?? '-'}] "${c.text}": expected ${Object.values(c.expect).join(' ')}, got ${describe(intentReadings[i]!)}`]
  );
  const objectionCases = tuning.intents.map((c, i) => [c, intentReadings[i]!] as const).filter(([c]) => c.expect.kind === 'objection');
  const tuningObjectionsRight = objectionCases.filter(([c, r]) => r.objection === c.expect.objection).length;

  // Held-out: facts in free-text messages, and the objections they carry.
  const profileReadings = readAll(product, demo, held.profile);
  const profileFacts = tallyFacts(held.profile, profileReadings.map((r) => r.stored));
  const carrying = held.profile.map((m, i) => [m, profileReadings[i]!] as const).filter(([m]) => m.objection);
  const carryingRight = carrying.filter(([m, r]) => r.objection === m.objection).length;
  const falseAlarms = held.profile.filter((m, i) => !m.objection && profileReadings[i]!.objection).length;
  const mentions = held.profile.flatMap((m, i) => (m.mentions ?? []).map((field) => field in profileReadings[i]!.stored));

  // Held-out: objection lines.
  const objectionReadings = readAll(product, demo, held.objections);
  const kindRight = held.objections.filter((l, i) => objectionOf(objectionReadings[i]!) === l.kind).length;
  const supported = held.objections.map((l, i) => [l, objectionReadings[i]!] as const)
    .filter(([l]) => l.kind === 'none' || (can.objectionKinds as readonly string[]).includes(l.kind));
  const supportedRight = supported.filter(([l, r]) => objectionOf(r) === l.kind).length;
  const lookAlikes = held.objections.map((l, i) => [l, objectionReadings[i]!] as const).filter(([l]) => l.kind === 'none');
  const lookAlikesKept = lookAlikes.filter(([, r]) => r.objection === null).length;
  const notNow = held.objections.map((l, i) => [l, objectionReadings[i]!] as const).filter(([l]) => l.kind === 'not_now');
  const withFacts = held.objections.map((l, i) => [l, objectionReadings[i]!] as const).filter(([l]) => l.facts);
  const objectionFacts = tallyFacts(withFacts.map(([l]) => ({ facts: l.facts! })), withFacts.map(([, r]) => r.stored));

  // Held-out: safety.
  const safetyReadings = readAll(product, demo, held.safety);
  const crises = held.safety.map((m, i) => [m, safetyReadings[i]!] as const).filter(([m]) => m.kind !== 'none');
  const harmless = held.safety.map((m, i) => [m, safetyReadings[i]!] as const).filter(([m]) => m.kind === 'none');
  const routed = (rows: typeof crises) => rows.filter(([, r]) => r.safety !== null).length;
  const highStakes = (rows: typeof crises) => rows.filter(([, r]) => r.handoff?.reason === 'high_stakes').length;
  const urgentCrises = crises.filter(([m]) => m.urgent);
  const rightKind = crises.filter(([m, r]) => r.safety?.kind === m.kind).length;
  const urgentFlagged = urgentCrises.filter(([, r]) => r.safety?.urgent).length;

  // Held-out: the second field set.
  const otherBot = await product.botWith(held.bot.name, held.otherFields);
  const otherCan = product.capabilities(otherBot);
  const otherFacts = otherCan.fields.ok
    ? tallyFacts(held.otherMessages, readAll(product, otherBot, held.otherMessages).map((r) => r.stored))
    : null;
  timings.push(`messages read ${seconds(phase)}`);

  // Knowledge: the demo corpus (tuning) and the second business (held out), through search and the chat.
  phase = performance.now();
  const tuningRag = await tuningKnowledge(product, tuning.rag);
  timings.push(`tuning knowledge ${seconds(phase)}`);
  phase = performance.now();
  const heldRag = await heldoutKnowledge(product, { ...held.bot, firstQuestion: "What's your name?" }, held.questions);
  timings.push(`held-out knowledge (ingestion included) ${seconds(phase)}`);

  // --- Figures ----------------------------------------------------------------------------------------------
  const safetyNa = can.safety.ok ? null : can.safety.why;
  const factsTable = table(
    ['set', 'messages', 'facts stated', 'captured (recall)', 'wrong values stored', 'precision', 'messages fully right', 'corrections applied'],
    [
      ['tuning: intents.json', String(tuning.intents.length), na('the fixture labels message kinds, not facts'), '', '', '', '', ''],
      factRow('held-out: profile messages', profileFacts),
      factRow('held-out: facts in objection lines', objectionFacts),
      otherFacts ? factRow('held-out: second field set (bike shop)', otherFacts)
        : ['held-out: second field set (bike shop)', String(held.otherMessages.length), na(otherCan.fields.ok ? '' : otherCan.fields.why), '', '', '', '', ''],
    ],
  );
  const fieldsTable = table(['field (held-out profile messages)', 'stated', 'captured', 'wrong', 'precision', 'recall'],
    demo.fields.filter((f) => !UNSCORED_FIELDS.has(f.key)).map((f) => {
      const t = profileFacts.perField.get(f.key) ?? { stated: 0, captured: 0, wrong: 0 };
      return [f.key, String(t.stated), String(t.captured), String(t.wrong), share(precision(t)), share(recall(t))];
    }));
  const notNowNote = can.objectionKinds.includes('not_now') ? ratio(notNow.filter(([, r]) => r.objection === 'not_now').length, notNow.length)
    : na(`no such kind; the product knows ${can.objectionKinds.join(', ')}`);
  const objectionsTable = table(['set', 'items', 'kind right', 'detail'], [
    ['tuning: intents.json, every case', String(tuning.intents.length), ratio(tuning.intents.length - intentFailures.length, tuning.intents.length), 'kind and its discriminator (objection, hand-off reason, category, urgent)'],
    ['tuning: intents.json, objection cases', String(objectionCases.length), ratio(tuningObjectionsRight, objectionCases.length), 'objection kind'],
    ['held-out: objection lines, all', String(held.objections.length), ratio(kindRight, held.objections.length), `not_now lines: ${notNowNote}`],
    ['held-out: objection lines, kinds the product has', String(supported.length), ratio(supportedRight, supported.length), `look-alikes kept free of an objection: ${ratio(lookAlikesKept, lookAlikes.length)}`],
    ['held-out: profile messages carrying an objection', String(carrying.length), ratio(carryingRight, carrying.length), `false alarms on the other ${held.profile.length - carrying.length}: ${falseAlarms}`],
  ]);
  const safetyTable = table(['set', 'crises', 'crises routed to safety', 'look-alikes', 'look-alikes routed to safety', 'nearest today: handed to a human as high-stakes (crises; urgent ones; look-alikes)'], [
    ['tuning: intents.json', '—', na('the fixture has no safety labels'), '—', '—', '—'],
    ['held-out: safety messages', String(crises.length), safetyNa ? `0 (${safetyNa})` : `${ratio(routed(crises), crises.length)}; right kind ${ratio(rightKind, crises.length)}; urgent ones flagged urgent ${ratio(urgentFlagged, urgentCrises.length)}`, String(harmless.length),
      safetyNa ? na(safetyNa) : ratio(routed(harmless), harmless.length),
      `${ratio(highStakes(crises), crises.length)}; ${ratio(highStakes(urgentCrises), urgentCrises.length)}; ${ratio(highStakes(harmless), harmless.length)}`],
  ]);
  const knowledgeTable = table(['set', 'questions', 'recall@3', 'MRR', 'answers right', 'reply drawn from the expected file', 'reply drew on no knowledge', 'taken as an answer to the pending question', 'unrelated answered as if known'], [
    knowledgeRow('tuning: demo corpus, rag-questions.json', tuningRag.figures),
    knowledgeRow('held-out: bike shop corpus', heldRag.figures),
  ]);
  const freeText = `free-text fields (not scored) stored where a held-out message describes them: ${ratio(mentions.filter(Boolean).length, mentions.length)}`;
  timings.unshift(`total ${seconds(started)}`);

  console.log(`\nFacts\n${factsTable}\n\n${fieldsTable}\n${freeText}\n\nObjections and intents\n${objectionsTable}\n\nSafety\n${safetyTable}\n\nKnowledge\n${knowledgeTable}`);
  console.log(`\n${heldRag.notes.join('\n')}\nTime: ${timings.join(', ')}`);
  if (intentFailures.length) console.log(`\nTuning failures, intents.json (${intentFailures.length}):\n${intentFailures.join('\n')}`);
  if (tuningRag.failures.length) console.log(`\nTuning failures, rag-questions.json (${tuningRag.failures.length}):\n${tuningRag.failures.join('\n')}`);

  writeSection('understanding', `## Understanding: facts, objections, safety and knowledge, on tuned and held-out words

\`npm run bench:understanding\` on the product code of ${commit} — ${machine()}; ${product.mode}; ${timings.join(', ')}.

Tuning sets are the fixtures the engine and the search were tuned on (\`tests/fixtures/intents.json\`,
\`tests/fixtures/rag-questions.json\`). Held-out sets (\`bench/understanding/heldout/\`) were written apart from
the code and are reported as aggregates only (${held.profile.length} profile messages, ${held.objections.length} objection lines, ${held.safety.length} safety messages,
${held.questions.length} questions over a bike shop's corpus of ${held.bot.files.length} pages, a second field set of ${held.otherFields.length} fields with ${held.otherMessages.length} messages);
once a held-out result has been read item by item, that set is no longer held out: add fresh material
instead of tuning to it.

Messages are read by the engine as the chat would read them (the pending question, what was stored before,
the text). A captured fact is the stated value stored; a wrong value is a value stored that the message did
not state, or a different one. Knowledge questions are asked in the chat by a new visitor each, with the
bot's first guided question pending, and searched with \`rag_search\` across all categories (top 10, no score
threshold). Safety is scored as routed to a safety path with its kind (issue 13), which does not exist yet;
"nearest today" counts the messages the coach hands to a human as high-stakes (urgent ones are pointed to
emergency help), which is what a crisis gets now.

${factsTable}

${fieldsTable}

${freeText}.

${objectionsTable}

${safetyTable}

${knowledgeTable}

Answers right: the coach's reply contains a phrase of the expected answer. Held-out corpus: ${heldRag.notes.join('; ')}.`);
} finally {
  await product.close();
}

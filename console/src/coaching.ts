/**
 * What the bot knows of a visitor and how it learned to write like the owner's coaches, read-only: the
 * visitor's personal coach prompt (its latest version, and every version with why it was written and what it
 * cost) and the bot's coach style. Through RLS as the owner, like everything the console reads.
 */
import { batch, signal } from '@preact/signals';
import type { Db } from './client.ts';
import { problem } from './client.ts';
import { usd } from './format.ts';

export interface PromptVersion {
  version: number;
  written_by: 'model' | 'template';
  reason: string;
  created_at: string;
  model: string | null;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number | string | null;
}

export interface StyleProfile {
  summary?: string;
  tone?: string;
  median_words?: number;
  greetings?: string[];
  sign_offs?: string[];
  phrases?: string[];
  exclamations?: number;
  emoji?: number;
}

export interface CoachStyleRow {
  profile: StyleProfile | null;
  written_by: 'model' | 'rules' | null;
  replies_total: number;
  replies_analysed: number;
  analysed_at: string | null;
}

export function createCoaching(db: Db) {
  const prompt = signal<{ version: number; prompt: string } | null>(null);
  const versions = signal<PromptVersion[]>([]);
  const style = signal<CoachStyleRow | null>(null);
  const error = signal<string | null>(null);

  async function load(botId: string, visitorId: string): Promise<void> {
    const [p, v, s] = await Promise.all([
      db.from('coach_prompts').select('version, prompt').eq('visitor_id', visitorId).order('version', { ascending: false }).limit(1).maybeSingle(),
      db.from('coach_prompt_versions').select('version, written_by, reason, created_at, model, prompt_tokens, completion_tokens, cost_usd')
        .eq('visitor_id', visitorId).order('version', { ascending: false }),
      db.from('coach_styles').select('profile, written_by, replies_total, replies_analysed, analysed_at').eq('bot_id', botId).maybeSingle(),
    ]);
    batch(() => {
      prompt.value = (p.data ?? null) as typeof prompt.value;
      versions.value = (v.data ?? []) as PromptVersion[];
      style.value = (s.data ?? null) as CoachStyleRow | null;
      error.value = problem(p.error ?? v.error ?? s.error, 'load what the bot knows of this visitor');
    });
  }

  return { prompt, versions, style, error, load };
}

export type Coaching = ReturnType<typeof createCoaching>;

/** What a version cost, in words: tokens, and dollars when the model has a price. */
export function versionCost(v: PromptVersion): string {
  if (v.written_by === 'template') return 'template, no cost';
  const tokens = `${(v.prompt_tokens + v.completion_tokens).toLocaleString('en')} tokens`;
  const cost = v.cost_usd === null ? null : Number(v.cost_usd);
  return cost === null || Number.isNaN(cost) ? `${tokens} (no price for ${v.model ?? 'the model'})` : `${tokens}, ${usd(cost)}`;
}

const quoted = (items: string[] | undefined) => (items ?? []).map((item) => `“${item}”`).join(', ');

/** The style as label and value pairs, only for what the profile says. */
export function styleFacts(profile: StyleProfile | null): [string, string][] {
  if (!profile) return [];
  const facts: [string, string | undefined][] = [
    ['In short', profile.summary],
    ['Tone', profile.tone],
    ['Length', profile.median_words ? `about ${profile.median_words} words` : undefined],
    ['Opens with', quoted(profile.greetings) || undefined],
    ['Signs off', quoted(profile.sign_offs) || undefined],
    ['Often says', quoted(profile.phrases) || undefined],
    ['Exclamations', profile.exclamations === undefined ? undefined : `${Math.round(profile.exclamations * 100)}% of replies`],
  ];
  return facts.filter((fact): fact is [string, string] => !!fact[1]);
}

/** The console's words for a personal coach prompt's versions and the coaches' style. */
import { describe, expect, it } from 'vitest';
import { styleFacts, versionCost, type PromptVersion } from '../../console/src/coaching.ts';

const version = (over: Partial<PromptVersion>): PromptVersion => ({
  version: 1, written_by: 'model', reason: 'the guided questions were done', created_at: '2026-12-01T12:00:00Z',
  model: 'gpt-4o-mini', prompt_tokens: 1200, completion_tokens: 150, cost_usd: '0.00027', ...over,
});

describe('the console on coaching', () => {
  it('says what each version cost: nothing for a template, tokens and dollars for a priced model', () => {
    expect(versionCost(version({ written_by: 'template', model: null, prompt_tokens: 0, completion_tokens: 0, cost_usd: 0 }))).toBe('template, no cost');
    expect(versionCost(version({}))).toBe('1,350 tokens, $0.0003');
    expect(versionCost(version({ model: 'my-model', cost_usd: null }))).toBe('1,350 tokens (no price for my-model)');
  });

  it('shows only what the style profile says', () => {
    expect(styleFacts(null)).toEqual([]);
    expect(styleFacts({ median_words: 14, greetings: ['Hey'], sign_offs: [], exclamations: 0.5 })).toEqual([
      ['Length', 'about 14 words'],
      ['Opens with', '“Hey”'],
      ['Exclamations', '50% of replies'],
    ]);
  });
});

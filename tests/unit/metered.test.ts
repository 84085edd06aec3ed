/** The chat function's services, counted for Server-Timing, are the same services: nothing is left out. */
import { describe, expect, it } from 'vitest';
import { metered } from '../../functions/_shared/conversation/metered.ts';
import type { TurnServices } from '../../functions/_shared/conversation/runner.ts';

describe('metered services', () => {
  it('pass the knowledge sample (testimonials for doubt) through, counted as a round trip', async () => {
    const sampled: unknown[] = [];
    const services = {
      store: { begin: async () => { throw new Error('unused'); }, commit: async () => { throw new Error('unused'); } },
      knowledge: {
        search: async () => [],
        sample: async (_bot: unknown, category: string, limit: number) => (sampled.push([category, limit]), []),
      },
    } as unknown as TurnServices;
    const { services: counted, header } = metered(services);
    expect(counted.knowledge.sample).toBeTypeOf('function');
    await counted.knowledge.sample!({} as never, 'testimonials', 3);
    expect(sampled).toEqual([['testimonials', 3]]);
    expect(header()).toMatch(/"1 round trips"/);
  });

  it('have no sample when the knowledge has none', () => {
    const services = { store: {}, knowledge: { search: async () => [] } } as unknown as TurnServices;
    expect(metered(services).services.knowledge.sample).toBeUndefined();
  });
});

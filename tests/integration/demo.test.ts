/**
 * The demo site of `npm run dev` on any port: the seed bots are told the demo's origin through the
 * service-role API (once), and the strict-CSP page is served with its policy and a fresh nonce per request.
 */
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowDemoOrigins, createDemoServer } from '../../supabase/local/demo.ts';
import { freePort } from '../../supabase/local/ports.ts';
import { NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID } from '../../supabase/local/seed-ids.ts';
import { service, stack } from './helpers.ts';

const origins = async () => {
  const { data } = await service.from('bots').select('id, allowed_origins').in('id', [NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID]);
  return Object.fromEntries((data ?? []).map((b) => [b.id, b.allowed_origins as string[]]));
};

describe('the demo site on any port', () => {
  it('lets both seed bots embed on the demo’s origin, and changes nothing the second time', async () => {
    const before = await origins();
    const port = await freePort();
    try {
      expect(await allowDemoOrigins(`${stack.url}/rest/v1`, stack.serviceRoleKey, port)).toEqual(['Nutrition Solutions', 'Other Coach']);
      const after = await origins();
      for (const id of [NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID]) {
        expect(after[id]).toEqual([...before[id]!, `http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      }
      expect(await allowDemoOrigins(`${stack.url}/rest/v1`, stack.serviceRoleKey, port)).toEqual([]);
    } finally {
      for (const id of [NUTRITION_SOLUTIONS_BOT_ID, OTHER_BOT_ID]) await service.from('bots').update({ allowed_origins: before[id] }).eq('id', id);
    }
  });

  describe('served by Vite', () => {
    const values = { VITE_SIGNPOST_URL: 'http://127.0.0.1:9', VITE_SIGNPOST_ANON_KEY: 'a.b.c', VITE_SIGNPOST_BOT_ID: NUTRITION_SOLUTIONS_BOT_ID };
    let close = async () => {};
    afterAll(() => close());

    it('serves the strict-CSP page with its policy and a fresh nonce that the page’s scripts carry', async () => {
      const port = await freePort();
      const server = await createDemoServer({ root: resolve(import.meta.dirname, '../..'), port, values });
      await server.listen();
      close = () => server.close();
      const pages = await Promise.all([1, 2].map(async () => {
        const response = await fetch(`http://127.0.0.1:${port}/csp.html`);
        return { csp: response.headers.get('content-security-policy') ?? '', html: await response.text() };
      }));
      const nonces = pages.map(({ csp, html }) => {
        const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
        expect(csp).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
        expect(html.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
        expect(html).not.toMatch(/%NONCE%|%VITE_|@vite\/client/);
        return nonce;
      });
      expect(nonces[0]).not.toBe(nonces[1]);
      // The other pages go through Vite, which fills in the embed's values too.
      expect(await (await fetch(`http://127.0.0.1:${port}/two-bots.html`)).text()).toContain('data-url="http://127.0.0.1:9"');
    });
  });
});

import { json, withErrors } from '../_shared/http.ts';
import { rpc } from '../_shared/supabase.ts';
import { env } from '../_shared/env.ts';

export const handler = withErrors('health', async () => {
  const database = await rpc<{ ok: boolean; time: string }>('ping');
  return json({ ok: database.ok, database, llm: env.openaiApiKey ? 'openai' : 'none' });
});

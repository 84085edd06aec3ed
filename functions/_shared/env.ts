/**
 * The functions' environment, read once. Required values fail loudly at start-up with the variable's name;
 * optional ones switch a mode (no OPENAI_API_KEY: the coach answers without a model).
 */
const read = (name: string): string | undefined => Deno.env.get(name)?.trim() || undefined;

function required(name: string): string {
  const value = read(name);
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const env = {
  /** Set by Supabase on every hosted function; by the local stack locally. */
  supabaseUrl: required('SUPABASE_URL'),
  serviceRoleKey: required('SUPABASE_SERVICE_ROLE_KEY'),
  anonKey: required('SUPABASE_ANON_KEY'),
  /** Signs visitor tokens; `supabase secrets set VISITOR_TOKEN_SECRET=...` in production. */
  visitorTokenSecret: required('VISITOR_TOKEN_SECRET'),
  openaiApiKey: read('OPENAI_API_KEY'),
  openaiBaseUrl: read('OPENAI_BASE_URL'),
} as const;

-- Platform helpers every later migration relies on.
-- Functions in `public` are not executable by the API roles unless a migration grants it: the anon key
-- must be able to call only what is meant to be public.

-- Postgres grants EXECUTE on every new function to PUBLIC globally, and Supabase grants it to the API roles
-- in `public`: revoke both, so each migration grants exactly what it means to expose.
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke execute on functions from public, anon, authenticated;

-- A trivial RPC that proves the path gateway -> PostgREST -> Postgres end to end.
create function public.ping()
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object('ok', true, 'time', now())
$$;

comment on function public.ping() is 'Health check: answers {ok, time}. Public.';
grant execute on function public.ping() to anon, authenticated, service_role;

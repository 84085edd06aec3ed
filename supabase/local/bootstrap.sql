-- What a hosted Supabase project already has before any migration runs: the API roles, a minimal `auth`
-- schema and the default grants. Run by the local stack on a database that has no migration history yet,
-- before the migrations; never a migration. It creates only what is missing, so it also runs on a database
-- that already has some of it (a second local database in one cluster, a hosted-like or hosted database,
-- where `auth` belongs to supabase_auth_admin and is left exactly as it is).

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
    grant anon, authenticated, service_role to authenticator;
  end if;
end
$$;

create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;

-- The part of Supabase Auth the migrations rely on: auth.users and the claim helpers PostgREST's
-- `request.jwt.claims` feed. Made only where no `auth` schema exists (hosted projects have the real one).
do $bootstrap$
begin
  if exists (select 1 from pg_namespace where nspname = 'auth') then
    return;
  end if;
  create schema auth;
  grant usage on schema auth to anon, authenticated, service_role;

  create table auth.users (
    id uuid primary key default gen_random_uuid(),
    email text unique,
    raw_user_meta_data jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );

  -- The claims PostgREST puts in `request.jwt.claims` for the current request.
  create function auth.jwt() returns jsonb
  language sql stable
  as $$
    select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
  $$;

  create function auth.uid() returns uuid
  language sql stable
  as $$
    select nullif(auth.jwt() ->> 'sub', '')::uuid
  $$;

  create function auth.role() returns text
  language sql stable
  as $$
    select nullif(auth.jwt() ->> 'role', '')
  $$;

  grant execute on function auth.jwt(), auth.uid(), auth.role() to anon, authenticated, service_role;
end
$bootstrap$;

-- Supabase's defaults: the API roles get table privileges in `public`, and RLS decides what they see.
-- (Granting again what is granted changes nothing.)
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant execute on functions to anon, authenticated, service_role;

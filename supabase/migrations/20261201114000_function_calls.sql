-- Function calls: one row per call of an Edge Function on behalf of a bot (which function, its HTTP status,
-- how long it took), for the per-bot, per-day metrics: latency p50/p95 per function, errors, refusals. The
-- functions keep each call's record in memory and write it with the next commit_turn (a chat turn carries
-- them at no extra round trip) or in one batch after the responses (record_function_calls), so measuring
-- never adds a database round trip to a visitor's path. Each record has its own id: a retried write stores
-- it once. Calls for no bot (health) or an unknown bot are not recorded.
--
-- function_latency_daily: per bot, UTC day and function: calls, errors (5xx), refusals (4xx), p50 and p95.

create table public.function_calls (
  id uuid primary key,
  bot_id uuid not null references public.bots (id) on delete cascade,
  function_name text not null check (function_name ~ '^[a-z][a-z0-9-]{0,39}$'),
  status int not null check (status between 100 and 599),
  duration_ms int not null check (duration_ms between 0 and 3600000),
  created_at timestamptz not null default now()
);

-- Covers the foreign key bot_id (leading column), the policy's filter on it, and the views' per-day reads.
create index function_calls_bot_id_created_at_idx on public.function_calls (bot_id, created_at);

comment on table public.function_calls is 'One row per Edge Function call made for one of your bots: function, HTTP status and duration. Written by the functions; read-only here.';
comment on column public.function_calls.function_name is 'The Edge Function: chat, events, profile, recommend-plan, rag-search, ingest.';
comment on column public.function_calls.status is 'The HTTP status it answered: 5xx counts as an error, 4xx as a refusal (bad input, limits).';
comment on column public.function_calls.duration_ms is 'Milliseconds from the request to the response (a streamed answer: to its first piece).';
comment on column public.function_calls.created_at is 'When the call was made.';

alter table public.function_calls enable row level security;
revoke all on table public.function_calls from anon;
revoke insert, update, delete, truncate, references, trigger on table public.function_calls from authenticated;

create policy "Owners can read their bots' function calls" on public.function_calls
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create function public.record_function_calls(p_calls jsonb)
returns int
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_item jsonb;
  v_count int;
begin
  if p_calls is null or jsonb_typeof(p_calls) = 'null' then
    return 0;
  end if;
  if jsonb_typeof(p_calls) <> 'array' or jsonb_array_length(p_calls) > 1000 then
    raise exception using errcode = '22023', message = 'calls must be a JSON array of at most 1000 records';
  end if;
  for v_item in select value from jsonb_array_elements(p_calls) loop
    if jsonb_typeof(v_item) <> 'object'
      or coalesce(v_item ->> 'id', '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      or coalesce(v_item ->> 'bot_id', '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      or jsonb_typeof(v_item -> 'function_name') is distinct from 'string'
      or jsonb_typeof(v_item -> 'status') is distinct from 'number'
      or jsonb_typeof(v_item -> 'duration_ms') is distinct from 'number'
      or (v_item ? 'at' and jsonb_typeof(v_item -> 'at') is distinct from 'string') then
      raise exception using errcode = '22023',
        message = 'calls must be [{id: uuid, bot_id: uuid, function_name: text, status: int, duration_ms: int, at?: timestamptz}]';
    end if;
  end loop;

  insert into public.function_calls (id, bot_id, function_name, status, duration_ms, created_at)
  select (c ->> 'id')::uuid, (c ->> 'bot_id')::uuid, c ->> 'function_name', (c ->> 'status')::int,
    greatest(round((c ->> 'duration_ms')::numeric), 0)::int,
    -- The function's clock says when the call was made; a clock far off is not believed.
    case when (c ->> 'at')::timestamptz between now() - interval '1 day' and now() + interval '1 minute'
      then (c ->> 'at')::timestamptz else now() end
  from jsonb_array_elements(p_calls) c
  where exists (select 1 from public.bots b where b.id = (c ->> 'bot_id')::uuid)
  on conflict (id) do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;

comment on function public.record_function_calls(jsonb) is
  'Stores function call records [{id, bot_id, function_name, status, duration_ms, at}] (idempotent on id; unknown bots skipped); returns how many were new. Service role only.';
revoke execute on function public.record_function_calls(jsonb) from public, anon, authenticated;
grant execute on function public.record_function_calls(jsonb) to service_role;

create view public.function_latency_daily with (security_invoker = true) as
select
  f.bot_id,
  (f.created_at at time zone 'utc')::date as day,
  f.function_name,
  count(*)::int as calls,
  (count(*) filter (where f.status >= 500))::int as errors,
  (count(*) filter (where f.status between 400 and 499))::int as refused,
  round(percentile_cont(0.5) within group (order by f.duration_ms)::numeric, 1) as p50_ms,
  round(percentile_cont(0.95) within group (order by f.duration_ms)::numeric, 1) as p95_ms
from public.function_calls f
group by f.bot_id, (f.created_at at time zone 'utc')::date, f.function_name;

comment on view public.function_latency_daily is 'Per bot, UTC day and Edge Function: calls, errors (5xx), refusals (4xx), and the median and 95th percentile of their duration in milliseconds.';

revoke all on public.function_latency_daily from anon;
revoke insert, update, delete, truncate, references, trigger on public.function_latency_daily from authenticated;
create trigger refuse_writes instead of insert or update or delete on public.function_latency_daily
  for each row execute function public.refuse_view_write();

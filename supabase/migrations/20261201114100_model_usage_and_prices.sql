-- What the model costs, as data: model calls and tokens per bot, day, model and purpose (a grounded answer, a
-- conversation summary, a coach prompt, a style profile), priced by llm_prices. Prices are list prices in US
-- dollars per million tokens; the rows without an owner are the defaults everyone reads, and an owner may add
-- their own row for a model (a negotiated price, a model missing here), which wins for their bots. A model
-- the API names with a version ("gpt-4o-mini-2024-07-18") takes the price of the longest model name it starts
-- with; a model with no price has no cost estimate rather than a wrong one.
--
-- record_llm_usage now says which model answered and for what; llm_usage (the daily budget) is unchanged.
--   bot_metrics_daily   per bot and UTC day: conversations, messages, function calls, errors, model calls,
--                       tokens and cost (function_latency_daily has the latencies per function)

-- Owners' own prices beside the defaults.
alter table public.llm_prices add column owner_id uuid references auth.users (id) on delete cascade;
alter table public.llm_prices drop constraint llm_prices_pkey;
alter table public.llm_prices add column id uuid not null default gen_random_uuid() primary key;
create unique index llm_prices_model_owner_id_key on public.llm_prices (model, owner_id) nulls not distinct;
-- Covers the foreign key owner_id and the policies' filter on it.
create index llm_prices_owner_id_idx on public.llm_prices (owner_id);

comment on table public.llm_prices is 'Model list prices in US dollars per million tokens, for the reports'' cost estimates. Rows without an owner are the defaults; add a row with your own owner_id to override a model''s price for your bots.';
comment on column public.llm_prices.model is 'The model name, e.g. gpt-4o-mini; it also prices versions of it (gpt-4o-mini-2024-07-18).';
comment on column public.llm_prices.owner_id is 'Empty: a default for everyone. Your user id: your own price, used for your bots instead of the default.';

create trigger llm_prices_set_updated_at before update on public.llm_prices
  for each row execute function public.set_updated_at();

drop policy "Signed-in users can read model prices" on public.llm_prices;
create policy "Signed-in users can read the default prices and their own" on public.llm_prices
  for select to authenticated
  using (owner_id is null or owner_id = (select auth.uid()));
create policy "Owners can add their own prices" on public.llm_prices
  for insert to authenticated
  with check (owner_id = (select auth.uid()));
create policy "Owners can change their own prices" on public.llm_prices
  for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
create policy "Owners can delete their own prices" on public.llm_prices
  for delete to authenticated
  using (owner_id = (select auth.uid()));
grant insert, update, delete on table public.llm_prices to authenticated;
alter table public.llm_prices alter column owner_id set default auth.uid();

-- Current list prices of newer models (the defaults of the earlier ones stay as they were).
insert into public.llm_prices (model, prompt_usd_per_million, completion_usd_per_million, owner_id) values
  ('gpt-5', 1.25, 10.00, null),
  ('gpt-5-mini', 0.25, 2.00, null),
  ('gpt-5-nano', 0.05, 0.40, null),
  ('o4-mini', 1.10, 4.40, null)
on conflict (model, owner_id) do nothing;

create table public.llm_usage_by_model (
  bot_id uuid not null references public.bots (id) on delete cascade,
  day date not null,
  model text not null check (char_length(btrim(model)) between 1 and 100),
  purpose text not null check (purpose in ('answer', 'summary', 'coach_prompt', 'coach_style', 'understanding')),
  calls int not null default 0 check (calls >= 0),
  prompt_tokens bigint not null default 0 check (prompt_tokens >= 0),
  completion_tokens bigint not null default 0 check (completion_tokens >= 0),
  updated_at timestamptz not null default now(),
  primary key (bot_id, day, model, purpose)
);

comment on table public.llm_usage_by_model is 'Model calls that answered, with their tokens, per bot, UTC day, model (as the API named it) and purpose. Written by the functions; read-only here.';
comment on column public.llm_usage_by_model.purpose is 'What the call was for: answer (a reply from your knowledge), summary (a conversation''s summary), coach_prompt (a visitor''s personal coach prompt), coach_style (your coaches'' style), understanding.';

create trigger llm_usage_by_model_set_updated_at before update on public.llm_usage_by_model
  for each row execute function public.set_updated_at();

alter table public.llm_usage_by_model enable row level security;
revoke all on table public.llm_usage_by_model from anon;
revoke insert, update, delete, truncate, references, trigger on table public.llm_usage_by_model from authenticated;

-- The policy filters on bot_id, the primary key's leading column: no further index needed.
create policy "Owners can read their bots' model usage by model" on public.llm_usage_by_model
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

drop function public.record_llm_usage(uuid, int, int);
create function public.record_llm_usage(
  p_bot_id uuid,
  p_prompt_tokens int,
  p_completion_tokens int,
  p_model text default null,
  p_purpose text default 'answer'
)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_day date := (now() at time zone 'utc')::date;
  v_model text;
begin
  if p_bot_id is null then
    raise exception using errcode = '22023', message = 'bot_id is required';
  end if;
  if p_prompt_tokens is null or p_prompt_tokens < 0 or p_completion_tokens is null or p_completion_tokens < 0 then
    raise exception using errcode = '22023', message = 'token counts must be whole numbers >= 0';
  end if;
  if p_purpose is null or p_purpose not in ('answer', 'summary', 'coach_prompt', 'coach_style', 'understanding') then
    raise exception using errcode = '22023', message = 'purpose must be one of answer, summary, coach_prompt, coach_style, understanding';
  end if;
  v_model := coalesce(nullif(btrim(p_model), ''), (select b.llm_model from public.bots b where b.id = p_bot_id));
  if v_model is null then
    raise exception using errcode = '22023', message = 'model is required (the bot was not found)';
  end if;

  insert into public.llm_usage as u (bot_id, day, prompt_tokens, completion_tokens)
  values (p_bot_id, v_day, p_prompt_tokens, p_completion_tokens)
  on conflict (bot_id, day) do update set
    prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
    completion_tokens = u.completion_tokens + excluded.completion_tokens;

  insert into public.llm_usage_by_model as u (bot_id, day, model, purpose, calls, prompt_tokens, completion_tokens)
  values (p_bot_id, v_day, left(v_model, 100), p_purpose, 1, p_prompt_tokens, p_completion_tokens)
  on conflict (bot_id, day, model, purpose) do update set
    calls = u.calls + 1,
    prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
    completion_tokens = u.completion_tokens + excluded.completion_tokens;
end;
$$;

comment on function public.record_llm_usage(uuid, int, int, text, text) is
  'Adds the tokens of one model call to the bot''s usage for today (UTC), by model (default: the bot''s) and purpose (default answer). Service role only.';
revoke execute on function public.record_llm_usage(uuid, int, int, text, text) from public, anon, authenticated;
grant execute on function public.record_llm_usage(uuid, int, int, text, text) to service_role;

-- The price of a model for an owner's bots: their own row, else the default; the longest matching name.
create function public.model_price(p_owner_id uuid, p_model text)
returns table (prompt_usd_per_million numeric, completion_usd_per_million numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.prompt_usd_per_million, p.completion_usd_per_million
  from public.llm_prices p
  where (p.model = p_model or starts_with(p_model, p.model || '-'))
    and (p.owner_id is null or p.owner_id = p_owner_id)
  order by char_length(p.model) desc, p.owner_id is null
  limit 1
$$;

comment on function public.model_price(uuid, text) is 'The price per million tokens of a model for an owner''s bots (their own row first, then the default), or no row. Internal to the report views.';
revoke execute on function public.model_price(uuid, text) from public, anon;
grant execute on function public.model_price(uuid, text) to authenticated, service_role;

-- The cost per bot and day: each model's tokens at its price; null when one of them has no price.
create view public.llm_cost_daily with (security_invoker = true) as
select
  u.bot_id,
  u.day,
  sum(u.calls)::int as calls,
  sum(u.prompt_tokens)::bigint as prompt_tokens,
  sum(u.completion_tokens)::bigint as completion_tokens,
  case when bool_and(pr.prompt_usd_per_million is not null)
    then round(sum((u.prompt_tokens * pr.prompt_usd_per_million + u.completion_tokens * pr.completion_usd_per_million) / 1e6), 4)
  end as cost_usd,
  bool_and(pr.prompt_usd_per_million is not null) as priced
from public.llm_usage_by_model u
join public.bots b on b.id = u.bot_id
left join lateral public.model_price(b.owner_id, u.model) pr on true
group by u.bot_id, u.day;

comment on view public.llm_cost_daily is 'Model calls that answered, tokens and estimated cost (US dollars) per bot and UTC day, each model priced by llm_prices; cost_usd is null when a model has no price (priced = false).';

-- The console's usage chart: its columns as before, the cost now from each model actually used (days
-- recorded before models were told apart are priced at the bot's model, as before).
create or replace view public.llm_usage_daily with (security_invoker = true) as
select
  u.bot_id,
  u.day,
  b.llm_model as model,
  u.calls,
  u.prompt_tokens,
  u.completion_tokens,
  case when c.bot_id is not null then c.cost_usd
    else round((u.prompt_tokens * pr.prompt_usd_per_million + u.completion_tokens * pr.completion_usd_per_million) / 1e6, 4)
  end as cost_usd
from public.llm_usage u
join public.bots b on b.id = u.bot_id
left join public.llm_cost_daily c on c.bot_id = u.bot_id and c.day = u.day
left join lateral public.model_price(b.owner_id, b.llm_model) pr on true;

comment on view public.llm_usage_daily is 'Model calls, tokens and estimated cost (US dollars, each model at its price in llm_prices; null when a model has no price) per bot and UTC day.';

create view public.bot_metrics_daily with (security_invoker = true) as
with conversations as (
  select c.bot_id, (c.created_at at time zone 'utc')::date as day, count(*)::int as conversations
  from public.conversations c group by 1, 2
), messages as (
  select m.bot_id, (m.created_at at time zone 'utc')::date as day, count(*)::int as messages,
    (count(*) filter (where m.sender_type = 'client'))::int as visitor_messages
  from public.messages m group by 1, 2
), calls as (
  select f.bot_id, (f.created_at at time zone 'utc')::date as day, count(*)::int as function_calls,
    (count(*) filter (where f.status >= 500))::int as errors,
    (count(*) filter (where f.status between 400 and 499))::int as refused
  from public.function_calls f group by 1, 2
), days as (
  select bot_id, day from conversations
  union select bot_id, day from messages
  union select bot_id, day from calls
  union select u.bot_id, u.day from public.llm_usage u
)
select
  d.bot_id,
  d.day,
  coalesce(c.conversations, 0) as conversations,
  coalesce(m.messages, 0) as messages,
  coalesce(m.visitor_messages, 0) as visitor_messages,
  coalesce(f.function_calls, 0) as function_calls,
  coalesce(f.errors, 0) as errors,
  coalesce(f.refused, 0) as refused,
  coalesce(u.calls, 0) as model_calls,
  coalesce(u.prompt_tokens, 0) as prompt_tokens,
  coalesce(u.completion_tokens, 0) as completion_tokens,
  u.cost_usd
from days d
left join conversations c on c.bot_id = d.bot_id and c.day = d.day
left join messages m on m.bot_id = d.bot_id and m.day = d.day
left join calls f on f.bot_id = d.bot_id and f.day = d.day
left join public.llm_usage_daily u on u.bot_id = d.bot_id and u.day = d.day;

comment on view public.bot_metrics_daily is 'Per bot and UTC day: conversations started, messages (and those from visitors), function calls, errors (5xx), refusals (4xx), model calls, tokens and estimated cost in US dollars. Latency per function: function_latency_daily.';

revoke all on public.llm_cost_daily, public.bot_metrics_daily from anon;
revoke insert, update, delete, truncate, references, trigger on public.llm_cost_daily, public.bot_metrics_daily from authenticated;
create trigger refuse_writes instead of insert or update or delete on public.llm_cost_daily
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.bot_metrics_daily
  for each row execute function public.refuse_view_write();

-- The console's charts, as views beside the existing report views (security_invoker: each owner sees only
-- their own bots' rows through the tables' RLS):
--   funnel_summary          visitors reaching each stage over all time (the funnel chart's ends)
--   plan_conversions_daily  per day and plan: recommended, and clicked
--   llm_usage_daily         model calls, tokens and an estimated cost per bot and day, priced by llm_prices
-- llm_prices holds list prices per million tokens of the models a bot may use; the operator keeps it up to
-- date (owners read it). A model missing from it has no cost estimate rather than a wrong one.

create view public.funnel_summary with (security_invoker = true) as
select
  e.bot_id,
  count(distinct e.visitor_id) filter (where e.type = 'widget_opened') as opened,
  count(distinct e.visitor_id) filter (where e.type = 'conversation_started') as started,
  count(distinct e.visitor_id) filter (where e.type = 'plan_shown') as plan_shown,
  count(distinct e.visitor_id) filter (where e.type = 'cta_clicked') as cta_clicked,
  count(distinct e.visitor_id) filter (where e.type = 'handoff_requested') as handoffs
from public.events e
group by e.bot_id;

comment on view public.funnel_summary is 'Visitors who ever reached each stage: opened the chat, started, saw a plan, clicked its button, asked for a human.';

create view public.plan_conversions_daily with (security_invoker = true) as
select
  e.bot_id,
  (e.created_at at time zone 'utc')::date as day,
  e.data ->> 'plan' as plan,
  count(distinct e.visitor_id) filter (where e.type = 'plan_shown') as shown,
  count(distinct e.visitor_id) filter (where e.type = 'cta_clicked') as clicked
from public.events e
where e.type in ('plan_shown', 'cta_clicked')
group by e.bot_id, (e.created_at at time zone 'utc')::date, e.data ->> 'plan';

comment on view public.plan_conversions_daily is 'Per UTC day and plan: visitors it was recommended to, and visitors who clicked its call-to-action.';

create table public.llm_prices (
  model text primary key check (char_length(btrim(model)) between 1 and 100),
  prompt_usd_per_million numeric not null check (prompt_usd_per_million >= 0),
  completion_usd_per_million numeric not null check (completion_usd_per_million >= 0),
  updated_at timestamptz not null default now()
);

comment on table public.llm_prices is 'List prices of the models bots may use, in US dollars per million tokens; the reports'' cost estimates use them.';

alter table public.llm_prices enable row level security;
revoke all on table public.llm_prices from anon;
revoke insert, update, delete, truncate, references, trigger on table public.llm_prices from authenticated;

create policy "Signed-in users can read model prices" on public.llm_prices
  for select to authenticated
  using (true);

insert into public.llm_prices (model, prompt_usd_per_million, completion_usd_per_million) values
  ('gpt-4o-mini', 0.15, 0.60),
  ('gpt-4o', 2.50, 10.00),
  ('gpt-4.1-mini', 0.40, 1.60),
  ('gpt-4.1-nano', 0.10, 0.40),
  ('gpt-4.1', 2.00, 8.00)
on conflict (model) do nothing;

create view public.llm_usage_daily with (security_invoker = true) as
select
  u.bot_id,
  u.day,
  b.llm_model as model,
  u.calls,
  u.prompt_tokens,
  u.completion_tokens,
  round((u.prompt_tokens * pr.prompt_usd_per_million + u.completion_tokens * pr.completion_usd_per_million) / 1e6, 4) as cost_usd
from public.llm_usage u
join public.bots b on b.id = u.bot_id
left join public.llm_prices pr on pr.model = b.llm_model;

comment on view public.llm_usage_daily is 'Model calls, tokens and estimated cost (US dollars, at the bot''s current model''s list price; null when the model has no price) per bot and UTC day.';

revoke all on public.funnel_summary, public.plan_conversions_daily, public.llm_usage_daily from anon;
revoke insert, update, delete, truncate, references, trigger on public.funnel_summary, public.plan_conversions_daily, public.llm_usage_daily from authenticated;

-- The owner's reports, as views over the funnel events and profiles: how many visitors reach each stage,
-- where they drop off in the guided questions, which objections come up, and what converts. security_invoker,
-- so each owner sees only their own bots' rows (the tables' RLS applies).

create view public.funnel_daily with (security_invoker = true) as
select
  e.bot_id,
  (e.created_at at time zone 'utc')::date as day,
  count(distinct e.visitor_id) filter (where e.type = 'widget_opened') as opened,
  count(distinct e.visitor_id) filter (where e.type = 'conversation_started') as started,
  count(distinct e.visitor_id) filter (where e.type = 'plan_shown') as plan_shown,
  count(distinct e.visitor_id) filter (where e.type = 'cta_clicked') as cta_clicked,
  count(distinct e.visitor_id) filter (where e.type = 'handoff_requested') as handoffs
from public.events e
group by e.bot_id, (e.created_at at time zone 'utc')::date;

comment on view public.funnel_daily is 'Visitors per day reaching each stage: opened the chat, started, saw a plan, clicked its button, asked for a human.';

create view public.step_dropoff with (security_invoker = true) as
select
  s.bot_id,
  s.position,
  s.field,
  count(distinct e.visitor_id) as answered
from public.bot_steps s
left join public.events e
  on e.bot_id = s.bot_id and e.type = 'step_answered' and e.data ->> 'field' = s.field
group by s.bot_id, s.position, s.field;

comment on view public.step_dropoff is 'How many visitors answered each guided question: where the count falls is where visitors leave.';

create view public.objections_summary with (security_invoker = true) as
select
  p.bot_id,
  p.objection,
  count(*) as visitors,
  count(*) filter (where p.recommended_plan is not null) as still_got_a_plan
from public.user_profiles p
where p.objection is not null
group by p.bot_id, p.objection;

comment on view public.objections_summary is 'Objections visitors raised (price, time, doubt, tried before) and how many still reached a plan.';

create view public.plan_conversions with (security_invoker = true) as
select
  e.bot_id,
  e.data ->> 'plan' as plan,
  count(distinct e.visitor_id) filter (where e.type = 'plan_shown') as shown,
  count(distinct e.visitor_id) filter (where e.type = 'cta_clicked') as clicked
from public.events e
where e.type in ('plan_shown', 'cta_clicked')
group by e.bot_id, e.data ->> 'plan';

comment on view public.plan_conversions is 'For each plan: visitors it was recommended to, and how many clicked its call-to-action.';

revoke all on public.funnel_daily, public.step_dropoff, public.objections_summary, public.plan_conversions from anon;

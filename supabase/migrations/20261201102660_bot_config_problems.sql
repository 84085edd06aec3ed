-- What is wrong with a bot's configuration, one row per problem in plain words, where the owner looks (the
-- dashboard's Table Editor). Saving a row already refuses what can be checked on that row alone (a question on
-- a field the bot lacks, a rule on an unknown plan); this view finds what only the rows together show, or
-- what a later edit broke: a plan no rule reaches, a rule nobody can reach, a rule reading a field no question
-- fills, a condition on a field since deleted. security_invoker: owners see their own bots' problems only.

create view public.bot_config_problems with (security_invoker = true) as
with rule_conditions as (
  select r.bot_id, r.position, r.plan_code, c.value ->> 'field' as field
  from public.plan_rules r, jsonb_array_elements(r.conditions) c
)
-- A plan that no rule recommends and no other plan offers as its alternative is never shown.
select p.bot_id, 'plans' as table_name, p.code as item,
  format('Plan %s is never recommended: no plan rule points at it. Add a rule with plan_code %s, or set is_active off.', p.code, p.code) as problem
from public.plans p
where p.is_active
  and not exists (select 1 from public.plan_rules r where r.bot_id = p.bot_id and r.plan_code = p.code)
  and not exists (select 1 from public.plans o where o.bot_id = p.bot_id and o.alternative_code = p.code and o.is_active)
union all
select r.bot_id, 'plan_rules', r.position::text,
  format('The rule at position %s recommends plan %s, which is switched off (is_active); visitors it matches get no plan.', r.position, r.plan_code)
from public.plan_rules r
join public.plans p on p.bot_id = r.bot_id and p.code = r.plan_code
where not p.is_active
union all
select rc.bot_id, 'plan_rules', rc.position::text,
  format('The rule at position %s reads field %s, which this bot does not have (deleted or misspelt). Fix the condition or add the field.', rc.position, rc.field)
from rule_conditions rc
where not exists (select 1 from public.bot_fields f where f.bot_id = rc.bot_id and f.key = rc.field)
union all
select rc.bot_id, 'plan_rules', rc.position::text,
  format('The rule at position %s reads field %s, but no question asks it and it has no default_value, so the rule never matches. Add a question (bot_steps) for %s, or a default_value.', rc.position, rc.field, rc.field)
from rule_conditions rc
join public.bot_fields f on f.bot_id = rc.bot_id and f.key = rc.field
where f.default_value is null
  and not exists (select 1 from public.bot_steps s where s.bot_id = rc.bot_id and s.field = rc.field)
union all
-- Rules after one without conditions are never tried.
select r.bot_id, 'plan_rules', r.position::text,
  format('The rule at position %s is never tried: the rule at position %s has no conditions and matches everyone first. Move the catch-all last.', r.position, c.position)
from public.plan_rules r
join lateral (
  select min(a.position) as position from public.plan_rules a
  where a.bot_id = r.bot_id and a.position < r.position and a.conditions = '[]'::jsonb
) c on c.position is not null
union all
select b.id, 'plan_rules', null,
  'This bot asks questions but has no plan rules, so nobody is recommended a plan. Add rules (first match wins), ending with one without conditions.'
from public.bots b
where exists (select 1 from public.bot_steps s where s.bot_id = b.id)
  and not exists (select 1 from public.plan_rules r where r.bot_id = b.id)
union all
select r.bot_id, 'plan_rules', r.position::text,
  format('The last rule (position %s) has conditions, so a visitor whose answers match no rule gets no plan. End with a rule without conditions.', r.position)
from public.plan_rules r
where r.conditions <> '[]'::jsonb
  and r.position = (select max(a.position) from public.plan_rules a where a.bot_id = r.bot_id)
union all
select s.bot_id, 'bot_steps', s.position::text,
  format('The question at position %s is asked only when %s matches, but the bot has no field %s (deleted or misspelt). Fix or remove the condition.', s.position, s.condition ->> 'field', s.condition ->> 'field')
from public.bot_steps s
where s.condition is not null
  and not exists (select 1 from public.bot_fields f where f.bot_id = s.bot_id and f.key = s.condition ->> 'field')
union all
select s.bot_id, 'bot_steps', s.position::text,
  format('The question at position %s depends on %s, which is asked later (position %s) or not at all. Ask %s first.', s.position, s.condition ->> 'field', coalesce(a.position::text, 'none'), s.condition ->> 'field')
from public.bot_steps s
left join public.bot_steps a on a.bot_id = s.bot_id and a.field = s.condition ->> 'field'
where s.condition is not null
  and exists (select 1 from public.bot_fields f where f.bot_id = s.bot_id and f.key = s.condition ->> 'field')
  and (a.position is null or a.position > s.position)
union all
select r.bot_id, 'plan_rules', r.position::text,
  format('The rule at position %s mentions {%s} in why, which is not a field of this bot (deleted or misspelt).', r.position, m[1])
from public.plan_rules r, regexp_matches(coalesce(r.why, ''), '\{([a-z][a-z0-9_]*)\}', 'g') m
where not exists (select 1 from public.bot_fields f where f.bot_id = r.bot_id and f.key = m[1]);

comment on view public.bot_config_problems is 'What to fix in your bots'' configuration, one row per problem in plain words. Empty means every question, rule and plan fits together.';
comment on column public.bot_config_problems.table_name is 'The table to edit.';
comment on column public.bot_config_problems.item is 'The row: a plan code, or a rule''s or question''s position.';
comment on column public.bot_config_problems.problem is 'What is wrong and how to fix it.';

revoke all on public.bot_config_problems from anon;
revoke insert, update, delete, truncate, references, trigger on public.bot_config_problems from authenticated;
create trigger refuse_writes instead of insert or update or delete on public.bot_config_problems
  for each row execute function public.refuse_view_write();

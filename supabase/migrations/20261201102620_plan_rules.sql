-- Plan rules: which plan a visitor gets, as ordered rows an owner edits (first matching rule wins), instead of
-- a mapping written in SQL. Plans lose the family-variant shape (a code is any short name; family and variant
-- stay, optional, for bots that sell that way) and gain what a card needs to sell honestly: what the plan
-- includes, and an optional alternative offered in one line ("Prefer to cook yourself?").
--
-- recommend_plan evaluates the bot's rules. It needs an answer for every field its rules read, unless that
-- field's question does not apply to this visitor or the field has a default_value; a condition on a field
-- without an answer does not hold. It still answers {plan_family, variant, recommended_plan, plan}, plus
-- the matched rule's position and its `why` with the visitor's answers filled in.

alter table public.plans drop constraint plans_code_is_family_variant;
alter table public.plans alter column family drop not null, alter column variant drop not null;
alter table public.plans
  add constraint plans_code_check check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$'),
  add column includes text[] not null default '{}',
  add column alternative_code text,
  add column alternative_line text check (char_length(btrim(alternative_line)) between 1 and 200),
  add constraint plans_alternative_fkey foreign key (bot_id, alternative_code)
    references public.plans (bot_id, code) on update cascade on delete set null (alternative_code),
  add constraint plans_alternative_not_itself check (alternative_code is distinct from code),
  add constraint plans_alternative_line_needs_plan check (alternative_line is null or alternative_code is not null);

create index plans_bot_id_alternative_code_idx on public.plans (bot_id, alternative_code);

comment on column public.plans.code is 'Short name the rules point at, e.g. Shred-Spartan or weekly-unlimited (letters, digits, _ . -).';
comment on column public.plans.family is 'Optional grouping shown to the API (recommend_plan''s plan_family), e.g. Shred.';
comment on column public.plans.variant is 'Optional variant shown to the API (recommend_plan''s variant), e.g. Spartan.';
comment on column public.plans.includes is 'What the plan includes, one short line each; the card lists them.';
comment on column public.plans.alternative_code is 'Another plan of this bot the card offers as an alternative (its code).';
comment on column public.plans.alternative_line is 'The line that offers the alternative, e.g. "Prefer to cook yourself?".';

create function public.validate_plan()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if exists (select 1 from unnest(new.includes) i where i is null or char_length(btrim(i)) not between 1 and 200) then
    raise exception using errcode = '23514',
      message = format('plans: plan %s: every line of includes must be text of 1 to 200 characters', new.code);
  end if;
  if cardinality(new.includes) > 12 then
    raise exception using errcode = '23514', message = format('plans: plan %s: list at most 12 lines in includes', new.code);
  end if;
  return new;
end;
$$;

comment on function public.validate_plan() is 'Trigger: refuses blank or overlong lines in a plan''s includes, naming the plan.';
revoke execute on function public.validate_plan() from public, anon, authenticated;

create trigger plans_validate before insert or update on public.plans
  for each row execute function public.validate_plan();

create table public.plan_rules (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  position int not null check (position >= 0),
  plan_code text not null,
  conditions jsonb not null default '[]'::jsonb,
  why text check (char_length(btrim(why)) between 1 and 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Covers the foreign key bot_id (leading column) and the policies' filter on it.
  constraint plan_rules_bot_id_position_key unique (bot_id, position),
  constraint plan_rules_plan_fkey foreign key (bot_id, plan_code) references public.plans (bot_id, code) on update cascade
);

create index plan_rules_bot_id_plan_code_idx on public.plan_rules (bot_id, plan_code);

comment on table public.plan_rules is 'Which plan a visitor is recommended: rules are tried in position order and the first whose conditions all hold wins.';
comment on column public.plan_rules.position is 'Order in which rules are tried (lowest first); put the most specific first and a catch-all last.';
comment on column public.plan_rules.plan_code is 'The plan (plans.code) this rule recommends.';
comment on column public.plan_rules.conditions is 'All must hold: [{"field":"primary_goal","op":"eq","value":"fat_loss"}, {"field":"support_level","op":"lte","value":3}] (op: eq, neq, lt, lte, gt, gte, in). Empty: always.';
comment on column public.plan_rules.why is 'Why this plan, shown on the card; {field} is replaced by the visitor''s answer (a choice by its label), e.g. "You want to {primary_goal}."';

-- security definer: owners save these rows under RLS, and the checks call helpers (field_value and the like)
-- that only the service role may execute; the checks read nothing but the same bot's configuration.
create function public.validate_plan_rule()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_where text := format('plan_rules: the rule at position %s', new.position);
  v_saved jsonb := '[]'::jsonb;
  v_condition jsonb;
  v_placeholder text;
begin
  if jsonb_typeof(new.conditions) = 'object' then
    new.conditions := jsonb_build_array(new.conditions);
  end if;
  if jsonb_typeof(new.conditions) is distinct from 'array' then
    raise exception using errcode = '23514',
      message = format('%s: conditions must be a list of {"field", "op", "value"} (empty: always matches)', v_where);
  end if;
  for v_condition in select value from jsonb_array_elements(new.conditions) loop
    v_saved := v_saved || jsonb_build_array(public.normalized_condition(new.bot_id, v_condition, v_where));
  end loop;
  new.conditions := v_saved;
  if not exists (select 1 from public.plans p where p.bot_id = new.bot_id and p.code = new.plan_code) then
    raise exception using errcode = '23514',
      message = format('%s recommends plan %s, which this bot does not have; add it to plans or fix plan_code', v_where, new.plan_code);
  end if;
  for v_placeholder in select m[1] from regexp_matches(coalesce(new.why, ''), '\{([a-z][a-z0-9_]*)\}', 'g') m loop
    if not exists (select 1 from public.bot_fields f where f.bot_id = new.bot_id and f.key = v_placeholder) then
      raise exception using errcode = '23514',
        message = format('%s: why mentions {%s}, which is not a field of this bot', v_where, v_placeholder);
    end if;
  end loop;
  return new;
end;
$$;

comment on function public.validate_plan_rule() is 'Trigger: refuses a rule with a malformed condition, an unknown field or plan, saying what to fix.';
revoke execute on function public.validate_plan_rule() from public, anon, authenticated;

create trigger plan_rules_validate before insert or update on public.plan_rules
  for each row execute function public.validate_plan_rule();
create trigger plan_rules_set_updated_at before update on public.plan_rules
  for each row execute function public.set_updated_at();

alter table public.plan_rules enable row level security;
revoke all on table public.plan_rules from anon;

create policy "Owners can read their bots' plan rules" on public.plan_rules
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add plan rules to their bots" on public.plan_rules
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' plan rules" on public.plan_rules
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' plan rules" on public.plan_rules
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

/* Whether one answer meets one condition; a missing answer meets none. */
create function public.condition_holds(p_condition jsonb, p_value jsonb)
returns boolean
language sql
immutable
security invoker
set search_path = ''
as $$
  select case
    when p_value is null or jsonb_typeof(p_value) = 'null' then false
    when p_condition ->> 'op' = 'eq' then p_value = p_condition -> 'value'
    when p_condition ->> 'op' = 'neq' then p_value <> p_condition -> 'value'
    when p_condition ->> 'op' = 'in' then coalesce(p_condition -> 'value' @> jsonb_build_array(p_value), false)
    when jsonb_typeof(p_value) <> 'number' or jsonb_typeof(p_condition -> 'value') <> 'number' then false
    when p_condition ->> 'op' = 'lt' then (p_value #>> '{}')::numeric < (p_condition ->> 'value')::numeric
    when p_condition ->> 'op' = 'lte' then (p_value #>> '{}')::numeric <= (p_condition ->> 'value')::numeric
    when p_condition ->> 'op' = 'gt' then (p_value #>> '{}')::numeric > (p_condition ->> 'value')::numeric
    when p_condition ->> 'op' = 'gte' then (p_value #>> '{}')::numeric >= (p_condition ->> 'value')::numeric
    else false
  end
$$;

comment on function public.condition_holds(jsonb, jsonb) is 'True when an answer meets a condition {op, value}; a missing answer meets none. Internal.';
revoke execute on function public.condition_holds(jsonb, jsonb) from public, anon, authenticated;
grant execute on function public.condition_holds(jsonb, jsonb) to service_role;

/* The answer as a sentence shows it: a choice by its label, yes/no as words, text and numbers as they are. */
create function public.answer_text(p_field public.bot_fields, p_value jsonb)
returns text
language sql
immutable
security invoker
set search_path = ''
as $$
  select case
    when p_value is null or jsonb_typeof(p_value) = 'null' then ''
    when p_field.type in ('choice', 'yes_no') then coalesce(
      (select o ->> 'label' from jsonb_array_elements(p_field.options) o
        where o ->> 'value' = case when p_field.type = 'yes_no' then (case when p_value = 'true' then 'yes' else 'no' end) else p_value #>> '{}' end),
      case when p_field.type = 'yes_no' then (case when p_value = 'true' then 'yes' else 'no' end) else p_value #>> '{}' end)
    else p_value #>> '{}'
  end
$$;

comment on function public.answer_text(public.bot_fields, jsonb) is 'An answer as text for a sentence (a choice''s label). Internal.';
revoke execute on function public.answer_text(public.bot_fields, jsonb) from public, anon, authenticated;
grant execute on function public.answer_text(public.bot_fields, jsonb) to service_role;

drop function public.recommend_plan(jsonb);

create function public.recommend_plan(p_profile jsonb)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_bot_id uuid;
  v_answers jsonb := '{}'::jsonb;
  v_field public.bot_fields;
  v_value jsonb;
  v_step public.bot_steps;
  v_rule public.plan_rules;
  v_condition jsonb;
  v_matched boolean;
  v_why text;
  v_plan jsonb;
  v_row public.plans;
begin
  if p_profile is null or jsonb_typeof(p_profile) <> 'object' then
    raise exception using errcode = '22023', message = 'profile must be a JSON object';
  end if;
  if jsonb_typeof(p_profile -> 'bot_id') is distinct from 'string'
    or (p_profile ->> 'bot_id') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception using errcode = '22023', message = 'bot_id must be a uuid: the plan rules are the bot''s';
  end if;
  v_bot_id := (p_profile ->> 'bot_id')::uuid;

  -- The answers the rules may read: each of the bot's fields, from the profile (flat, or under answers).
  for v_field in select f.* from public.bot_fields f where f.bot_id = v_bot_id loop
    v_value := coalesce(p_profile -> v_field.key, p_profile -> 'answers' -> v_field.key);
    if v_value is not null and jsonb_typeof(v_value) <> 'null' then
      v_answers := v_answers || jsonb_build_object(v_field.key, public.field_value(v_field, v_value));
    elsif v_field.default_value is not null then
      v_answers := v_answers || jsonb_build_object(v_field.key, v_field.default_value);
    end if;
  end loop;

  -- Every field a rule reads needs an answer, unless its question does not apply to this visitor.
  for v_field in
    select f.* from public.bot_fields f
    left join public.bot_steps s on s.bot_id = f.bot_id and s.field = f.key
    where f.bot_id = v_bot_id and not v_answers ? f.key
      and exists (select 1 from public.plan_rules r, jsonb_array_elements(r.conditions) c
        where r.bot_id = v_bot_id and c.value ->> 'field' = f.key)
    order by s.position nulls last, f.key
  loop
    select s.* into v_step from public.bot_steps s where s.bot_id = v_bot_id and s.field = v_field.key;
    if found and v_step.condition is not null
      and not public.condition_holds(v_step.condition, v_answers -> (v_step.condition ->> 'field')) then
      continue;
    end if;
    raise exception using errcode = '22023', message = format('%s is required and must be %s', v_field.key,
      case v_field.type
        when 'choice' then 'one of ' || (select string_agg(o.value ->> 'value', ', ' order by o.ordinality) from jsonb_array_elements(v_field.options) with ordinality o)
        when 'yes_no' then 'true or false'
        when 'text' then 'text'
        else format('a whole number from %s to %s', v_field.min_value, v_field.max_value)
      end);
  end loop;

  for v_rule in select r.* from public.plan_rules r where r.bot_id = v_bot_id order by r.position loop
    v_matched := true;
    for v_condition in select value from jsonb_array_elements(v_rule.conditions) loop
      if not public.condition_holds(v_condition, v_answers -> (v_condition ->> 'field')) then
        v_matched := false;
        exit;
      end if;
    end loop;
    exit when v_matched;
  end loop;
  if v_rule.id is null or not v_matched then
    raise exception using errcode = '22023', message = 'no plan rule of this bot matches these answers; add a catch-all rule (no conditions) last';
  end if;

  v_why := v_rule.why;
  for v_field in select f.* from public.bot_fields f where f.bot_id = v_bot_id loop
    v_why := replace(v_why, '{' || v_field.key || '}', public.answer_text(v_field, v_answers -> v_field.key));
  end loop;

  select p.* into v_row from public.plans p where p.bot_id = v_bot_id and p.code = v_rule.plan_code;
  if v_row.is_active then
    v_plan := jsonb_build_object(
      'code', v_row.code, 'family', v_row.family, 'variant', v_row.variant, 'title', v_row.title,
      'description', v_row.description, 'price_cents', v_row.price_cents, 'currency', v_row.currency,
      'billing_period', v_row.billing_period, 'cta_label', v_row.cta_label, 'cta_url', v_row.cta_url,
      'includes', to_jsonb(v_row.includes), 'alternative_code', v_row.alternative_code,
      'alternative_line', v_row.alternative_line
    );
  end if;

  return jsonb_build_object(
    'plan_family', v_row.family,
    'variant', v_row.variant,
    'recommended_plan', v_rule.plan_code,
    'plan', v_plan,
    'rule', v_rule.position,
    'why', v_why
  );
end;
$$;

comment on function public.recommend_plan(jsonb) is
  'The plan the bot''s rules give for a profile {bot_id, <answers>}: the first rule (by position) whose conditions all hold. Returns {plan_family, variant, recommended_plan, plan, rule, why}; 22023 names a missing or invalid answer. Service role only.';
revoke execute on function public.recommend_plan(jsonb) from public, anon, authenticated;
grant execute on function public.recommend_plan(jsonb) to service_role;

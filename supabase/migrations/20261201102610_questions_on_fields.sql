-- Questions ask about fields: a bot_steps row keeps its prompt, position, placeholder and condition, and takes
-- its input (kind, options, bounds) from the field it asks about, so a question on any field of the bot can be
-- saved and a field is described once. Existing steps become fields first (their kind, options and bounds
-- move over), then the moved columns go and `field` references the bot's fields.
--
-- Conditions may compare: {"field": "level", "op": "in", "value": ["a1", "a2"]}, with op one of eq, neq, lt,
-- lte, gt, gte, in. The older {"field": ..., "equals": ...} is still accepted and saved as op eq.
-- conversations.pending_field names any field key now (commit_turn checks it is the bot's).

insert into public.bot_fields (bot_id, key, type, label, entity, min_value, max_value, options, fill_in_passing)
select
  s.bot_id,
  s.field,
  case s.kind when 'single_choice' then 'choice' else s.kind end,
  coalesce(public.builtin_profile_column(s.field) ->> 'label', replace(s.field, '_', ' ')),
  public.builtin_profile_column(s.field) ->> 'entity',
  case when s.kind in ('number', 'scale') then s.min_value end,
  case when s.kind in ('number', 'scale') then s.max_value end,
  case when s.kind = 'single_choice' then s.options else '[]'::jsonb end,
  coalesce((public.builtin_profile_column(s.field) ->> 'fill_in_passing')::boolean, true)
from public.bot_steps s
on conflict (bot_id, key) do nothing;

drop trigger bot_steps_validate on public.bot_steps;
drop function public.validate_bot_step();

alter table public.bot_steps drop constraint bot_steps_field_check;
alter table public.bot_steps drop column kind, drop column options, drop column min_value, drop column max_value;
alter table public.bot_steps
  add constraint bot_steps_field_fkey foreign key (bot_id, field)
    references public.bot_fields (bot_id, key) on update cascade;

comment on table public.bot_steps is 'The guided questions of a bot, asked in position order; each asks about one of the bot''s fields (bot_fields), which says what input it takes.';
comment on column public.bot_steps.field is 'The key of the field (bot_fields.key) this question fills; its type, options and bounds come from there.';
comment on column public.bot_steps.condition is 'Ask only when another answer matches, e.g. {"field":"primary_goal","op":"eq","value":"recomp"} (op: eq, neq, lt, lte, gt, gte, in with a list); empty: always ask.';

/*
 * A condition on the bot's answers, {field, op, value}, in its saved form; raises 23514 naming the problem.
 * Used by bot_steps (when to ask) and plan_rules (which plan).
 */
create function public.normalized_condition(p_bot_id uuid, p_condition jsonb, p_where text)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_op text;
  v_value jsonb;
  v_field public.bot_fields;
begin
  if jsonb_typeof(p_condition) <> 'object' or not p_condition ? 'field'
    or jsonb_typeof(p_condition -> 'field') <> 'string'
    or not (p_condition ? 'equals' or (p_condition ? 'op' and p_condition ? 'value')) then
    raise exception using errcode = '23514',
      message = format('%s: a condition is {"field": <field key>, "op": eq|neq|lt|lte|gt|gte|in, "value": <text, number, true/false, or a list for in>}', p_where);
  end if;
  v_op := coalesce(p_condition ->> 'op', 'eq');
  v_value := coalesce(p_condition -> 'value', p_condition -> 'equals');
  if v_op not in ('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in') then
    raise exception using errcode = '23514',
      message = format('%s: condition op %s is not one of eq, neq, lt, lte, gt, gte, in', p_where, v_op);
  end if;
  if v_op = 'in' and (jsonb_typeof(v_value) <> 'array' or exists (
    select 1 from jsonb_array_elements(v_value) x where jsonb_typeof(x) not in ('string', 'number', 'boolean')
  )) then
    raise exception using errcode = '23514',
      message = format('%s: condition op in needs a list of values, e.g. ["a", "b"]', p_where);
  end if;
  if v_op <> 'in' and jsonb_typeof(v_value) not in ('string', 'number', 'boolean') then
    raise exception using errcode = '23514',
      message = format('%s: condition value must be text, a number or true/false', p_where);
  end if;
  if v_op in ('lt', 'lte', 'gt', 'gte') and jsonb_typeof(v_value) <> 'number' then
    raise exception using errcode = '23514',
      message = format('%s: condition op %s compares numbers; give a number as value', p_where, v_op);
  end if;
  select f.* into v_field from public.bot_fields f where f.bot_id = p_bot_id and f.key = p_condition ->> 'field';
  if not found then
    raise exception using errcode = '23514',
      message = format('%s: condition field %s is not a field of this bot; add it to bot_fields or fix the key', p_where, p_condition ->> 'field');
  end if;
  return jsonb_build_object('field', v_field.key, 'op', v_op, 'value', v_value);
end;
$$;

comment on function public.normalized_condition(uuid, jsonb, text) is 'A condition {field, op, value} in its saved form, or 23514 saying what to fix. Internal.';
revoke execute on function public.normalized_condition(uuid, jsonb, text) from public, anon, authenticated;

-- security definer: owners save these rows under RLS, and the checks call helpers (field_value and the like)
-- that only the service role may execute; the checks read nothing but the same bot's configuration.
create function public.validate_bot_step()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_where text := format('bot_steps: the question at position %s', new.position);
begin
  if not exists (select 1 from public.bot_fields f where f.bot_id = new.bot_id and f.key = new.field) then
    raise exception using errcode = '23514',
      message = format('%s asks about field %s, which this bot does not have; add it to bot_fields first', v_where, new.field);
  end if;
  if new.condition is not null and jsonb_typeof(new.condition) = 'null' then
    new.condition := null; -- a JSON null means no condition
  end if;
  if new.condition is not null then
    new.condition := public.normalized_condition(new.bot_id, new.condition, v_where);
    if new.condition ->> 'field' = new.field then
      raise exception using errcode = '23514',
        message = format('%s: its condition reads its own field %s; a condition reads an earlier answer', v_where, new.field);
    end if;
  end if;
  return new;
end;
$$;

comment on function public.validate_bot_step() is 'Trigger: refuses a question on a field the bot lacks or with a malformed condition, saying what to fix.';
revoke execute on function public.validate_bot_step() from public, anon, authenticated;

create trigger bot_steps_validate before insert or update on public.bot_steps
  for each row execute function public.validate_bot_step();

alter table public.conversations drop constraint conversations_pending_field_check;
alter table public.conversations add constraint conversations_pending_field_check
  check (pending_field ~ '^[a-z][a-z0-9_]{0,39}$');
comment on column public.conversations.pending_field is 'The field (bot_fields.key) the bot asked about and is waiting for.';

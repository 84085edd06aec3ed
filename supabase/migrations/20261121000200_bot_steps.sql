-- Bot steps: the guided questions of a bot, one row each, asked in position order. Each fills one profile
-- field. A broken configuration cannot be saved: a validation trigger refuses it with a message that says
-- what to fix, because owners edit these rows by hand in the dashboard and the chat reads them as they are.

create table public.bot_steps (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  position int not null check (position >= 0),
  field text not null check (field in (
    'name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why',
    'support_level', 'cooking_preference'
  )),
  prompt text not null check (char_length(btrim(prompt)) between 1 and 1000),
  kind text not null check (kind in ('text', 'number', 'single_choice', 'scale', 'yes_no')),
  options jsonb not null default '[]'::jsonb,
  min_value numeric,
  max_value numeric,
  placeholder text check (char_length(placeholder) <= 200),
  condition jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Covers the foreign key bot_id (leading column) and the policies' filter on it.
  constraint bot_steps_bot_id_position_key unique (bot_id, position),
  constraint bot_steps_bot_id_field_key unique (bot_id, field)
);

comment on table public.bot_steps is 'The guided questions of a bot, asked in position order; each fills one profile field.';
comment on column public.bot_steps.position is 'Order in which the questions are asked (lowest first).';
comment on column public.bot_steps.field is 'The profile field the answer fills: name, age, gender, primary_goal, recomp_focus, eating_habits, emotional_why, support_level or cooking_preference.';
comment on column public.bot_steps.prompt is 'The question, as the coach asks it. Ask one thing.';
comment on column public.bot_steps.kind is 'Input the visitor gets: text, number, single_choice (buttons), scale (min..max) or yes_no.';
comment on column public.bot_steps.options is 'For single_choice: [{"value":"fat_loss","label":"Lose fat","synonyms":["cut","lose weight"]}, ...] (at least two).';
comment on column public.bot_steps.min_value is 'For number and scale: the smallest accepted answer.';
comment on column public.bot_steps.max_value is 'For number and scale: the largest accepted answer.';
comment on column public.bot_steps.placeholder is 'Hint shown in the empty text box.';
comment on column public.bot_steps.condition is 'Ask only when another answer has this value, e.g. {"field":"primary_goal","equals":"recomp"}; empty: always ask.';

create function public.validate_bot_step()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_option jsonb;
  v_values text[] := '{}';
begin
  if jsonb_typeof(new.options) is distinct from 'array' then
    raise exception using errcode = '23514',
      message = 'bot_steps: options must be a JSON array of {"value", "label", "synonyms"?} objects';
  end if;

  for v_option in select value from jsonb_array_elements(new.options) loop
    if jsonb_typeof(v_option) <> 'object'
      or jsonb_typeof(v_option -> 'value') is distinct from 'string'
      or jsonb_typeof(v_option -> 'label') is distinct from 'string'
      or btrim(v_option ->> 'value') = ''
      or btrim(v_option ->> 'label') = '' then
      raise exception using errcode = '23514',
        message = format('bot_steps: every option needs a non-empty string value and label; got %s', v_option::text);
    end if;
    if v_option ? 'synonyms' and (
      jsonb_typeof(v_option -> 'synonyms') <> 'array'
      or exists (select 1 from jsonb_array_elements(v_option -> 'synonyms') s where jsonb_typeof(s) <> 'string')
    ) then
      raise exception using errcode = '23514',
        message = format('bot_steps: synonyms of option %s must be an array of strings', v_option ->> 'value');
    end if;
    if (v_option ->> 'value') = any (v_values) then
      raise exception using errcode = '23514',
        message = format('bot_steps: option value %s appears twice', v_option ->> 'value');
    end if;
    v_values := v_values || (v_option ->> 'value');
  end loop;

  if new.kind = 'single_choice' and jsonb_array_length(new.options) < 2 then
    raise exception using errcode = '23514',
      message = 'bot_steps: a single_choice step needs at least two options with value and label';
  end if;

  if new.kind in ('number', 'scale') and (
    new.min_value is null or new.max_value is null or new.min_value >= new.max_value
  ) then
    raise exception using errcode = '23514',
      message = format('bot_steps: a %s step needs min_value and max_value with min_value < max_value', new.kind);
  end if;

  if new.condition is not null and jsonb_typeof(new.condition) <> 'null' then
    if jsonb_typeof(new.condition) <> 'object'
      or not (new.condition ? 'field' and new.condition ? 'equals')
      or jsonb_typeof(new.condition -> 'equals') not in ('string', 'number', 'boolean') then
      raise exception using errcode = '23514',
        message = 'bot_steps: condition must be {"field": <profile field>, "equals": <text, number or true/false>}';
    end if;
    if (new.condition ->> 'field') is null or (new.condition ->> 'field') not in (
      'name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why',
      'support_level', 'cooking_preference'
    ) then
      raise exception using errcode = '23514',
        message = format('bot_steps: condition.field %s is not a profile field', coalesce(new.condition ->> 'field', 'null'));
    end if;
  elsif new.condition is not null then
    new.condition := null; -- a JSON null means no condition
  end if;

  return new;
end;
$$;

comment on function public.validate_bot_step() is 'Trigger: refuses a step the chat could not ask (bad options, bounds or condition), saying what to fix.';
revoke execute on function public.validate_bot_step() from public, anon, authenticated;

create trigger bot_steps_validate before insert or update on public.bot_steps
  for each row execute function public.validate_bot_step();
create trigger bot_steps_set_updated_at before update on public.bot_steps
  for each row execute function public.set_updated_at();

alter table public.bot_steps enable row level security;
revoke all on table public.bot_steps from anon;

create policy "Owners can read their bots' steps" on public.bot_steps
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add steps to their bots" on public.bot_steps
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' steps" on public.bot_steps
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' steps" on public.bot_steps
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

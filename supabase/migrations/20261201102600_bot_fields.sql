-- Bot fields: what a bot wants to know about a visitor, one row each, edited by the owner in the dashboard.
-- A field has a key, a type (text, number, choice, scale, yes_no), a label, what its value is (`entity`,
-- so understanding can tell a name from an email or an age from a price) and its bounds or options.
-- Questions (bot_steps) ask about fields, plan rules read them, and `field_value` validates a value against
-- its field: one validator for every writer (upsert_profile, commit_turn).
--
-- Storage: the nine profile columns of the original plan (name, age, ... cooking_preference) keep storing
-- the fields whose key names one of them, so user_profiles and the RPCs built on them keep their contracts;
-- any other key is stored in the new `user_profiles.answers`. A field on a built-in column must fit that
-- column (its checks stay as a second line of defence), which `builtin_profile_column` describes.

create function public.builtin_profile_column(p_key text)
returns jsonb
language sql
immutable
security invoker
set search_path = ''
as $$
  -- What each user_profiles column can hold, mirroring its check constraint; null for any other key.
  select case p_key
    when 'name' then '{"types": ["text"], "max_length": 60, "label": "name", "entity": "person_name"}'
    when 'age' then '{"types": ["number"], "min": 13, "max": 100, "label": "age", "entity": "age"}'
    when 'gender' then '{"types": ["choice"], "values": ["male", "female", "nonbinary", "prefer_not"], "label": "gender", "entity": "self_description"}'
    when 'primary_goal' then '{"types": ["choice"], "values": ["fat_loss", "muscle_gain", "recomp"], "label": "goal"}'
    when 'recomp_focus' then '{"types": ["choice"], "values": ["lean", "build"], "label": "focus", "fill_in_passing": false}'
    when 'eating_habits' then '{"types": ["text"], "max_length": 500, "label": "eating habits"}'
    when 'emotional_why' then '{"types": ["text"], "max_length": 500, "label": "reason"}'
    when 'support_level' then '{"types": ["scale", "number"], "min": 1, "max": 10, "label": "support level"}'
    when 'cooking_preference' then '{"types": ["yes_no"], "label": "take on cooking"}'
  end::jsonb
$$;

comment on function public.builtin_profile_column(text) is
  'What a built-in user_profiles column accepts (types, bounds, values), or null when the key is stored in answers. Internal.';
revoke execute on function public.builtin_profile_column(text) from public, anon, authenticated;
grant execute on function public.builtin_profile_column(text) to service_role;

create table public.bot_fields (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  type text not null check (type in ('text', 'number', 'choice', 'scale', 'yes_no')),
  label text not null check (char_length(btrim(label)) between 1 and 100),
  entity text check (entity in (
    'person_name', 'email', 'phone', 'age', 'money', 'weight', 'duration', 'count', 'frequency', 'self_description'
  )),
  min_value numeric,
  max_value numeric,
  max_length int check (max_length between 1 and 2000),
  options jsonb not null default '[]'::jsonb,
  default_value jsonb,
  fill_in_passing boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Covers the foreign key bot_id (leading column), the policies' filter on it, and bot_steps' reference.
  constraint bot_fields_bot_id_key_key unique (bot_id, key)
);

comment on table public.bot_fields is 'What your bot wants to know about a visitor, one row per answer: questions ask about these fields and plan rules read them.';
comment on column public.bot_fields.key is 'Name of the answer in snake_case, e.g. training_days. Questions, rules and texts refer to it.';
comment on column public.bot_fields.type is 'text, number (whole numbers), choice (buttons), scale (min..max) or yes_no.';
comment on column public.bot_fields.label is 'How the bot names it in a sentence, e.g. "training days" ("I''ve also noted your training days").';
comment on column public.bot_fields.entity is 'What the value is, so the bot can spot it in a sentence: person_name, email, phone (text); age, money, weight, duration, count, frequency (numbers); self_description (a choice people state as "I''m a ..."). Empty: read only as an answer to its own question.';
comment on column public.bot_fields.min_value is 'For number and scale: the smallest accepted answer.';
comment on column public.bot_fields.max_value is 'For number and scale: the largest accepted answer.';
comment on column public.bot_fields.max_length is 'For text: the most characters kept (default 500).';
comment on column public.bot_fields.options is 'For choice (at least two) and optionally yes_no (values yes and no): [{"value":"beginner","label":"Beginner","synonyms":["new to it"]}, ...]. Synonyms are other words a visitor may type for the option.';
comment on column public.bot_fields.default_value is 'The value plan rules read when the visitor was not asked or did not answer; never stored as their answer.';
comment on column public.bot_fields.fill_in_passing is 'Off: taken only as the answer to its own question, never from a message answering another one.';

-- A check constraint cannot say which option is wrong; owners need to see what to fix.
-- security definer: owners save these rows under RLS, and the checks call helpers (field_value and the like)
-- that only the service role may execute; the checks read nothing but the same bot's configuration.
create function public.validate_bot_field()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_builtin jsonb := public.builtin_profile_column(new.key);
  v_where text := format('bot_fields: field %s', new.key);
  v_option jsonb;
  v_values text[] := '{}';
begin
  if new.key in ('visitor_id', 'bot_id', 'answers', 'objection', 'recommended_plan', 'returning_user', 'last_seen', 'created_at', 'updated_at') then
    raise exception using errcode = '23514',
      message = format('%s: this key is used by Signpost itself; choose another key', v_where);
  end if;
  if v_builtin is not null and not (v_builtin -> 'types') ? new.type then
    raise exception using errcode = '23514',
      message = format('%s is stored in the built-in profile column %s, which holds type %s; set type to %s or choose another key',
        v_where, new.key, v_builtin ->> 'types', (v_builtin -> 'types') ->> 0);
  end if;

  if new.entity is not null and not (
    (new.entity in ('person_name', 'email', 'phone') and new.type = 'text')
    or (new.entity in ('age', 'money', 'weight', 'duration', 'count', 'frequency') and new.type in ('number', 'scale'))
    or (new.entity = 'self_description' and new.type = 'choice')
  ) then
    raise exception using errcode = '23514',
      message = format('%s: entity %s does not fit type %s (person_name, email, phone: text; age, money, weight, duration, count, frequency: number; self_description: choice)', v_where, new.entity, new.type);
  end if;

  -- Left empty (a multi-row insert sends null for a column another row set): the column defaults.
  new.options := coalesce(new.options, '[]'::jsonb);
  new.fill_in_passing := coalesce(new.fill_in_passing, true);
  if jsonb_typeof(new.options) is distinct from 'array' then
    raise exception using errcode = '23514',
      message = format('%s: options must be a JSON array of {"value", "label", "synonyms"?} objects', v_where);
  end if;
  for v_option in select value from jsonb_array_elements(new.options) loop
    if jsonb_typeof(v_option) <> 'object'
      or jsonb_typeof(v_option -> 'value') is distinct from 'string'
      or jsonb_typeof(v_option -> 'label') is distinct from 'string'
      or btrim(v_option ->> 'value') = ''
      or btrim(v_option ->> 'label') = '' then
      raise exception using errcode = '23514',
        message = format('%s: every option needs a non-empty string value and label; got %s', v_where, v_option::text);
    end if;
    if v_option ? 'synonyms' and (
      jsonb_typeof(v_option -> 'synonyms') <> 'array'
      or exists (select 1 from jsonb_array_elements(v_option -> 'synonyms') s where jsonb_typeof(s) <> 'string')
    ) then
      raise exception using errcode = '23514',
        message = format('%s: synonyms of option %s must be an array of strings', v_where, v_option ->> 'value');
    end if;
    if (v_option ->> 'value') = any (v_values) then
      raise exception using errcode = '23514',
        message = format('%s: option value %s appears twice', v_where, v_option ->> 'value');
    end if;
    if new.type = 'yes_no' and (v_option ->> 'value') not in ('yes', 'no') then
      raise exception using errcode = '23514',
        message = format('%s: a yes_no field''s options have the values yes and no; got %s', v_where, v_option ->> 'value');
    end if;
    if v_builtin ? 'values' and not (v_builtin -> 'values') ? (v_option ->> 'value') then
      raise exception using errcode = '23514',
        message = format('%s is stored in the built-in profile column %s, which accepts only %s; remove option %s or choose another key',
          v_where, new.key, (select string_agg(x, ', ') from jsonb_array_elements_text(v_builtin -> 'values') x), v_option ->> 'value');
    end if;
    v_values := v_values || (v_option ->> 'value');
  end loop;

  if new.type = 'choice' and jsonb_array_length(new.options) < 2 then
    raise exception using errcode = '23514',
      message = format('%s: a choice field needs at least two options with value and label', v_where);
  end if;
  if new.type not in ('choice', 'yes_no') and jsonb_array_length(new.options) > 0 then
    raise exception using errcode = '23514',
      message = format('%s: only choice and yes_no fields have options; empty options or change the type', v_where);
  end if;

  if new.type in ('number', 'scale') then
    if new.min_value is null or new.max_value is null or new.min_value >= new.max_value then
      raise exception using errcode = '23514',
        message = format('%s: a %s field needs min_value and max_value with min_value < max_value', v_where, new.type);
    end if;
    if v_builtin ? 'min' and (new.min_value < (v_builtin ->> 'min')::numeric or new.max_value > (v_builtin ->> 'max')::numeric) then
      raise exception using errcode = '23514',
        message = format('%s is stored in the built-in profile column %s, which accepts %s to %s; keep min_value and max_value within that',
          v_where, new.key, v_builtin ->> 'min', v_builtin ->> 'max');
    end if;
  elsif new.min_value is not null or new.max_value is not null then
    raise exception using errcode = '23514',
      message = format('%s: only number and scale fields have min_value and max_value', v_where);
  end if;

  if new.type = 'text' then
    new.max_length := coalesce(new.max_length, least(500, coalesce((v_builtin ->> 'max_length')::int, 500)));
    if v_builtin ? 'max_length' and new.max_length > (v_builtin ->> 'max_length')::int then
      raise exception using errcode = '23514',
        message = format('%s is stored in the built-in profile column %s, which holds at most %s characters; lower max_length',
          v_where, new.key, v_builtin ->> 'max_length');
    end if;
  elsif new.max_length is not null then
    raise exception using errcode = '23514', message = format('%s: only text fields have max_length', v_where);
  end if;

  if new.default_value is not null and jsonb_typeof(new.default_value) = 'null' then
    new.default_value := null;
  end if;
  if new.default_value is not null then
    begin
      perform public.field_value(new, new.default_value);
    exception when sqlstate '22023' then
      raise exception using errcode = '23514', message = format('%s: default_value does not fit the field: %s', v_where, sqlerrm);
    end;
  end if;

  return new;
end;
$$;

comment on function public.validate_bot_field() is 'Trigger: refuses a field the bot could not ask or store (bad options, bounds, entity or a built-in column it does not fit), saying what to fix.';
revoke execute on function public.validate_bot_field() from public, anon, authenticated;

create trigger bot_fields_validate before insert or update on public.bot_fields
  for each row execute function public.validate_bot_field();
create trigger bot_fields_set_updated_at before update on public.bot_fields
  for each row execute function public.set_updated_at();

alter table public.bot_fields enable row level security;
revoke all on table public.bot_fields from anon;

create policy "Owners can read their bots' fields" on public.bot_fields
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add fields to their bots" on public.bot_fields
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' fields" on public.bot_fields
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' fields" on public.bot_fields
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

/*
 * The one validator of a visitor's answer: the value as stored (text trimmed), JSON null to clear it, or
 * SQLSTATE 22023 with a message naming the field and what it accepts.
 */
create function public.field_value(p_field public.bot_fields, p_value jsonb)
returns jsonb
language plpgsql
immutable
security invoker
set search_path = ''
as $$
declare
  v_text text;
  v_limit int;
begin
  if p_value is null or jsonb_typeof(p_value) = 'null' then
    return 'null'::jsonb;
  end if;
  case p_field.type
    when 'text' then
      v_limit := coalesce(p_field.max_length, 500);
      v_text := case when jsonb_typeof(p_value) = 'string'
        then regexp_replace(p_value #>> '{}', '^[[:space:]]+|[[:space:]]+$', '', 'g') end;
      if v_text is null or char_length(v_text) not between 1 and v_limit then
        raise exception using errcode = '22023',
          message = format('%s must be text of 1 to %s characters (or null to clear it)', p_field.key, v_limit);
      end if;
      return to_jsonb(v_text);
    when 'number', 'scale' then
      if not public.is_whole_number_between(p_value, p_field.min_value, p_field.max_value) then
        raise exception using errcode = '22023',
          message = format('%s must be a whole number from %s to %s', p_field.key, p_field.min_value, p_field.max_value);
      end if;
      return to_jsonb((p_value #>> '{}')::numeric::bigint);
    when 'choice' then
      if jsonb_typeof(p_value) <> 'string' or not exists (
        select 1 from jsonb_array_elements(p_field.options) o where o ->> 'value' = p_value #>> '{}'
      ) then
        raise exception using errcode = '22023', message = format('%s must be one of %s', p_field.key,
          (select string_agg(o.value ->> 'value', ', ' order by o.ordinality) from jsonb_array_elements(p_field.options) with ordinality o));
      end if;
      return p_value;
    when 'yes_no' then
      if jsonb_typeof(p_value) <> 'boolean' then
        raise exception using errcode = '22023', message = format('%s must be true or false', p_field.key);
      end if;
      return p_value;
  end case;
end;
$$;

comment on function public.field_value(public.bot_fields, jsonb) is
  'Validates one answer against its field: the value as stored, or 22023 naming the field and what it accepts. Service role only.';
revoke execute on function public.field_value(public.bot_fields, jsonb) from public, anon, authenticated;
grant execute on function public.field_value(public.bot_fields, jsonb) to service_role;

alter table public.user_profiles add column answers jsonb not null default '{}'::jsonb
  check (jsonb_typeof(answers) = 'object');

comment on column public.user_profiles.answers is 'Answers to the bot''s own fields (those not stored in a column above), by field key.';

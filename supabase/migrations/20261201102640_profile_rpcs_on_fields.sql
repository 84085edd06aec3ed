-- The profile and turn RPCs read the bot's fields instead of a list of nine names: upsert_profile and
-- commit_turn validate every answer with field_value (a key the bot has no field for is refused), store the
-- built-in columns as before and every other field under user_profiles.answers. chat_context returns the
-- bot's whole definition (fields, questions, plans, rules, texts). The customers view shows answers too.

create or replace function public.upsert_profile(p_profile jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_key text;
  v_value jsonb;
  v_visitor_id uuid;
  v_bot_id uuid;
  v_visitor_bot_id uuid;
  v_field public.bot_fields;
  v_columns jsonb := '{}'::jsonb;
  v_answers jsonb := '{}'::jsonb;
  v_cleared text[] := '{}';
  v_row public.user_profiles;
begin
  if p_profile is null or jsonb_typeof(p_profile) <> 'object' then
    raise exception using errcode = '22023', message = 'profile must be a JSON object';
  end if;

  foreach v_key in array array['visitor_id', 'bot_id'] loop
    v_value := p_profile -> v_key;
    continue when v_value is null;
    if jsonb_typeof(v_value) is distinct from 'string'
      or (v_value #>> '{}') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
      raise exception using errcode = '22023', message = format('%s must be a uuid', v_key);
    end if;
  end loop;
  v_visitor_id := (p_profile ->> 'visitor_id')::uuid;
  v_bot_id := (p_profile ->> 'bot_id')::uuid;
  if v_visitor_id is null then
    raise exception using errcode = '22023', message = 'visitor_id is required';
  end if;

  select v.bot_id into v_visitor_bot_id from public.visitors v where v.id = v_visitor_id;
  if not found or (v_bot_id is not null and v_bot_id <> v_visitor_bot_id) then
    raise exception using errcode = 'P0002', message = 'visitor not found';
  end if;

  for v_key, v_value in select e.key, e.value from jsonb_each(p_profile - array['visitor_id', 'bot_id']) e order by e.key loop
    if v_key = 'objection' then
      if jsonb_typeof(v_value) <> 'null' and (
        jsonb_typeof(v_value) <> 'string' or (v_value #>> '{}') not in ('price', 'time', 'doubt', 'tried_before', 'not_now')
      ) then
        raise exception using errcode = '22023', message = 'objection must be one of price, time, doubt, tried_before, not_now';
      end if;
      v_columns := v_columns || jsonb_build_object(v_key, v_value);
      continue;
    end if;
    if v_key = 'recommended_plan' then
      if jsonb_typeof(v_value) <> 'null' and (jsonb_typeof(v_value) <> 'string' or char_length(btrim(v_value #>> '{}')) not between 1 and 100) then
        raise exception using errcode = '22023', message = 'recommended_plan must be text of 1 to 100 characters (or null to clear it)';
      end if;
      v_columns := v_columns || jsonb_build_object(v_key, case when jsonb_typeof(v_value) = 'string' then to_jsonb(btrim(v_value #>> '{}')) else v_value end);
      continue;
    end if;
    select f.* into v_field from public.bot_fields f where f.bot_id = v_visitor_bot_id and f.key = v_key;
    if not found then
      raise exception using errcode = '22023', message = format('unknown profile field: %s', v_key);
    end if;
    v_value := public.field_value(v_field, v_value);
    if public.builtin_profile_column(v_key) is not null then
      v_columns := v_columns || jsonb_build_object(v_key, v_value);
    elsif jsonb_typeof(v_value) = 'null' then
      v_cleared := v_cleared || v_key;
    else
      v_answers := v_answers || jsonb_build_object(v_key, v_value);
    end if;
  end loop;

  -- create_visitor makes the row; this covers visitors created any other way.
  insert into public.user_profiles (visitor_id, bot_id)
  values (v_visitor_id, v_visitor_bot_id)
  on conflict (visitor_id) do nothing;

  -- Only the keys present are written; a key present with JSON null clears its field.
  update public.user_profiles p set
    name = case when v_columns ? 'name' then v_columns ->> 'name' else p.name end,
    age = case when v_columns ? 'age' then (v_columns ->> 'age')::int else p.age end,
    gender = case when v_columns ? 'gender' then v_columns ->> 'gender' else p.gender end,
    primary_goal = case when v_columns ? 'primary_goal' then v_columns ->> 'primary_goal' else p.primary_goal end,
    recomp_focus = case when v_columns ? 'recomp_focus' then v_columns ->> 'recomp_focus' else p.recomp_focus end,
    eating_habits = case when v_columns ? 'eating_habits' then v_columns ->> 'eating_habits' else p.eating_habits end,
    emotional_why = case when v_columns ? 'emotional_why' then v_columns ->> 'emotional_why' else p.emotional_why end,
    support_level = case when v_columns ? 'support_level' then (v_columns ->> 'support_level')::int else p.support_level end,
    cooking_preference = case when v_columns ? 'cooking_preference' then (v_columns ->> 'cooking_preference')::boolean else p.cooking_preference end,
    objection = case when v_columns ? 'objection' then v_columns ->> 'objection' else p.objection end,
    recommended_plan = case when v_columns ? 'recommended_plan' then v_columns ->> 'recommended_plan' else p.recommended_plan end,
    answers = (p.answers || v_answers) - v_cleared
  where p.visitor_id = v_visitor_id
  returning p.* into v_row;

  return to_jsonb(v_row);
end;
$$;

comment on function public.upsert_profile(jsonb) is
  'Merges a partial profile {visitor_id, bot_id?, <field keys>} into the visitor''s profile and returns the row. Each key must be one of the bot''s fields (or objection, recommended_plan); keys absent are kept, keys set to null are cleared; bad values raise 22023 naming the field. Service role only.';

-- The lead list gains the answers to the bot's own fields (appended: a view's existing columns keep their order).
create or replace view public.customers with (security_invoker = true) as
select
  v.id as visitor_id,
  v.bot_id,
  p.name,
  p.age,
  p.gender,
  p.primary_goal,
  p.recomp_focus,
  p.eating_habits,
  p.emotional_why,
  p.support_level,
  p.cooking_preference,
  p.objection,
  p.recommended_plan,
  coalesce(p.returning_user, false) as returning_user,
  p.last_seen,
  p.created_at,
  c.id as conversation_id,
  c.status,
  c.pending_field,
  c.handoff_reason,
  coalesce(m.message_count, 0) as message_count,
  m.last_message_at,
  p.email,
  p.phone,
  p.contact_consent_at,
  coalesce(p.answers, '{}'::jsonb) as answers
from public.visitors v
left join public.user_profiles p on p.visitor_id = v.id
left join lateral (
  select c.id, c.status, c.pending_field, c.handoff_reason
  from public.conversations c
  where c.visitor_id = v.id
  order by c.created_at desc, c.id desc
  limit 1
) c on true
left join lateral (
  select count(*)::int as message_count, max(m.created_at) as last_message_at
  from public.messages m
  where m.conversation_id = c.id
) m on true;

comment on column public.customers.answers is 'Answers to the bot''s own fields (those without a column here), by field key.';

/* The bot as the conversation reads it: everything an owner configured, in one JSON document. */
create function public.bot_definition(p_bot_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'bot', jsonb_build_object(
      'id', b.id,
      'name', b.name,
      'language', b.language,
      'welcome_message', b.welcome_message,
      'brand_voice', b.brand_voice,
      'handoff_message', b.handoff_message,
      'allowed_origins', to_jsonb(b.allowed_origins),
      'theme', b.theme,
      'llm_model', b.llm_model,
      'llm_temperature', b.llm_temperature,
      'daily_llm_budget', b.daily_llm_budget,
      'limits', jsonb_build_object(
        'visitor_messages_per_minute', b.visitor_messages_per_minute,
        'address_messages_per_minute', b.address_messages_per_minute,
        'address_new_visitors_per_hour', b.address_new_visitors_per_hour
      ),
      'updated_at', greatest(b.updated_at,
        (select max(f.updated_at) from public.bot_fields f where f.bot_id = b.id),
        (select max(s.updated_at) from public.bot_steps s where s.bot_id = b.id),
        (select max(p.updated_at) from public.plans p where p.bot_id = b.id),
        (select max(r.updated_at) from public.plan_rules r where r.bot_id = b.id),
        (select max(t.updated_at) from public.bot_texts t where t.bot_id = b.id))
    ),
    'fields', coalesce((
      select jsonb_agg(jsonb_build_object(
        'key', f.key, 'type', f.type, 'label', f.label, 'entity', f.entity, 'min_value', f.min_value,
        'max_value', f.max_value, 'max_length', f.max_length, 'options', f.options,
        'default_value', f.default_value, 'fill_in_passing', f.fill_in_passing
      ) order by f.key)
      from public.bot_fields f where f.bot_id = b.id
    ), '[]'::jsonb),
    'steps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'field', s.field, 'position', s.position, 'prompt', s.prompt, 'placeholder', s.placeholder,
        'condition', s.condition
      ) order by s.position)
      from public.bot_steps s where s.bot_id = b.id
    ), '[]'::jsonb),
    'plans', coalesce((
      select jsonb_agg(jsonb_build_object(
        'code', p.code, 'family', p.family, 'variant', p.variant, 'title', p.title,
        'description', p.description, 'price_cents', p.price_cents, 'currency', p.currency,
        'billing_period', p.billing_period, 'cta_label', p.cta_label, 'cta_url', p.cta_url,
        'includes', to_jsonb(p.includes), 'alternative_code', p.alternative_code,
        'alternative_line', p.alternative_line
      ) order by p.family, p.price_cents, p.code)
      from public.plans p where p.bot_id = b.id and p.is_active
    ), '[]'::jsonb),
    'rules', coalesce((
      select jsonb_agg(jsonb_build_object(
        'position', r.position, 'plan_code', r.plan_code, 'conditions', r.conditions, 'why', r.why
      ) order by r.position)
      from public.plan_rules r where r.bot_id = b.id
    ), '[]'::jsonb),
    'texts', coalesce((
      select jsonb_object_agg(t.key, t.text)
      from public.bot_texts t where t.bot_id = b.id and t.lang = b.language
    ), '{}'::jsonb)
  )
  from public.bots b
  where b.id = p_bot_id and b.is_active
$$;

comment on function public.bot_definition(uuid) is
  'An active bot as the conversation reads it: {bot, fields, steps, plans, rules, texts}, or null. Service role only.';
revoke execute on function public.bot_definition(uuid) from public, anon, authenticated;
grant execute on function public.bot_definition(uuid) to service_role;

create or replace function public.chat_context(p_bot_id uuid, p_visitor_id uuid default null)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_definition jsonb := public.bot_definition(p_bot_id);
  v_visitor public.visitors;
  v_profile jsonb;
  v_conversation jsonb;
  v_conversations int := 0;
begin
  if v_definition is null then
    return null;
  end if;
  if p_visitor_id is not null then
    select v.* into v_visitor from public.visitors v where v.id = p_visitor_id and v.bot_id = p_bot_id;
    if found then
      select to_jsonb(p) into v_profile from public.user_profiles p where p.visitor_id = v_visitor.id;
      select to_jsonb(c) - array['bot_id', 'visitor_id'] into v_conversation
      from public.conversations c
      where c.visitor_id = v_visitor.id
      order by c.created_at desc, c.id desc
      limit 1;
      select count(*) into v_conversations from public.conversations c where c.visitor_id = v_visitor.id;
    end if;
  end if;
  return v_definition || jsonb_build_object(
    'visitor', case when v_visitor.id is null then null
      else jsonb_build_object('id', v_visitor.id, 'created_at', v_visitor.created_at) end,
    'profile', v_profile,
    'conversation', v_conversation,
    'previous_conversations', greatest(v_conversations - 1, 0)
  );
end;
$$;

comment on function public.chat_context(uuid, uuid) is
  'Everything one chat turn needs: the bot''s definition {bot, fields, steps, plans, rules, texts} with {visitor, profile, conversation, previous_conversations}, or null for an unknown or inactive bot. Service role only.';

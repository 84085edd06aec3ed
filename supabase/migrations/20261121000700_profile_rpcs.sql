-- The profile RPCs: `upsert_profile` (a partial, validated merge into a visitor's profile) and
-- `recommend_plan` (the plan rules). Both refuse bad input with SQLSTATE 22023 and a message naming the
-- field and what it accepts, so the functions can pass it on; neither ever guesses a missing value.

-- SQL does not promise to evaluate `a or b` left to right; the case keeps the cast away from non-numbers.
create function public.is_whole_number_between(p_value jsonb, p_min numeric, p_max numeric)
returns boolean
language sql
immutable
security invoker
set search_path = ''
as $$
  select coalesce(
    case when jsonb_typeof(p_value) = 'number'
      then (p_value #>> '{}')::numeric % 1 = 0 and (p_value #>> '{}')::numeric between p_min and p_max
    end,
    false
  )
$$;

comment on function public.is_whole_number_between(jsonb, numeric, numeric) is
  'True when a JSON value is a whole number within [p_min, p_max]. Internal helper of the profile RPCs.';
revoke execute on function public.is_whole_number_between(jsonb, numeric, numeric) from public, anon, authenticated;
grant execute on function public.is_whole_number_between(jsonb, numeric, numeric) to service_role;

create function public.upsert_profile(p_profile jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_key text;
  v_value jsonb;
  v_text text;
  v_visitor_id uuid;
  v_bot_id uuid;
  v_visitor_bot_id uuid;
  v_name text;
  v_age int;
  v_gender text;
  v_primary_goal text;
  v_recomp_focus text;
  v_eating_habits text;
  v_emotional_why text;
  v_support_level int;
  v_cooking_preference boolean;
  v_objection text;
  v_recommended_plan text;
  v_row public.user_profiles;
begin
  if p_profile is null or jsonb_typeof(p_profile) <> 'object' then
    raise exception using errcode = '22023', message = 'profile must be a JSON object';
  end if;

  for v_key, v_value in select e.key, e.value from jsonb_each(p_profile) e loop
    -- Text values are trimmed the way the functions trim visitor text (all Unicode white space).
    v_text := case when jsonb_typeof(v_value) = 'string'
      then regexp_replace(v_value #>> '{}', '^[[:space:]]+|[[:space:]]+$', '', 'g') end;
    case v_key
      when 'visitor_id', 'bot_id' then
        if jsonb_typeof(v_value) is distinct from 'string'
          or (v_value #>> '{}') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
          raise exception using errcode = '22023', message = format('%s must be a uuid', v_key);
        end if;
        if v_key = 'visitor_id' then v_visitor_id := (v_value #>> '{}')::uuid;
        else v_bot_id := (v_value #>> '{}')::uuid;
        end if;
      when 'name' then
        if jsonb_typeof(v_value) <> 'null' and (v_text is null or char_length(v_text) not between 1 and 60) then
          raise exception using errcode = '22023', message = 'name must be text of 1 to 60 characters (or null to clear it)';
        end if;
        v_name := v_text;
      when 'age' then
        if jsonb_typeof(v_value) <> 'null' and not public.is_whole_number_between(v_value, 13, 100) then
          raise exception using errcode = '22023', message = 'age must be a whole number from 13 to 100';
        end if;
        v_age := (v_value #>> '{}')::numeric::int;
      when 'gender' then
        if jsonb_typeof(v_value) <> 'null' and (
          jsonb_typeof(v_value) <> 'string' or (v_value #>> '{}') not in ('male', 'female', 'nonbinary', 'prefer_not')
        ) then
          raise exception using errcode = '22023', message = 'gender must be one of male, female, nonbinary, prefer_not';
        end if;
        v_gender := v_value #>> '{}';
      when 'primary_goal' then
        if jsonb_typeof(v_value) <> 'null' and (
          jsonb_typeof(v_value) <> 'string' or (v_value #>> '{}') not in ('fat_loss', 'muscle_gain', 'recomp')
        ) then
          raise exception using errcode = '22023', message = 'primary_goal must be one of fat_loss, muscle_gain, recomp';
        end if;
        v_primary_goal := v_value #>> '{}';
      when 'recomp_focus' then
        if jsonb_typeof(v_value) <> 'null' and (
          jsonb_typeof(v_value) <> 'string' or (v_value #>> '{}') not in ('lean', 'build')
        ) then
          raise exception using errcode = '22023', message = 'recomp_focus must be one of lean, build';
        end if;
        v_recomp_focus := v_value #>> '{}';
      when 'eating_habits', 'emotional_why' then
        if jsonb_typeof(v_value) <> 'null' and (v_text is null or char_length(v_text) not between 1 and 500) then
          raise exception using errcode = '22023', message = format('%s must be text of 1 to 500 characters (or null to clear it)', v_key);
        end if;
        if v_key = 'eating_habits' then v_eating_habits := v_text; else v_emotional_why := v_text; end if;
      when 'support_level' then
        if jsonb_typeof(v_value) <> 'null' and not public.is_whole_number_between(v_value, 1, 10) then
          raise exception using errcode = '22023', message = 'support_level must be a whole number from 1 to 10';
        end if;
        v_support_level := (v_value #>> '{}')::numeric::int;
      when 'cooking_preference' then
        if jsonb_typeof(v_value) not in ('null', 'boolean') then
          raise exception using errcode = '22023', message = 'cooking_preference must be true or false';
        end if;
        v_cooking_preference := (v_value #>> '{}')::boolean;
      when 'objection' then
        if jsonb_typeof(v_value) <> 'null' and (
          jsonb_typeof(v_value) <> 'string' or (v_value #>> '{}') not in ('price', 'time', 'doubt', 'tried_before')
        ) then
          raise exception using errcode = '22023', message = 'objection must be one of price, time, doubt, tried_before';
        end if;
        v_objection := v_value #>> '{}';
      when 'recommended_plan' then
        if jsonb_typeof(v_value) <> 'null' and (v_text is null or char_length(v_text) not between 1 and 100) then
          raise exception using errcode = '22023', message = 'recommended_plan must be text of 1 to 100 characters (or null to clear it)';
        end if;
        v_recommended_plan := v_text;
      else
        raise exception using errcode = '22023', message = format('unknown profile field: %s', v_key);
    end case;
  end loop;

  if v_visitor_id is null then
    raise exception using errcode = '22023', message = 'visitor_id is required';
  end if;

  select v.bot_id into v_visitor_bot_id from public.visitors v where v.id = v_visitor_id;
  if not found or (v_bot_id is not null and v_bot_id <> v_visitor_bot_id) then
    raise exception using errcode = 'P0002', message = 'visitor not found';
  end if;

  -- create_visitor makes the row; this covers visitors created any other way.
  insert into public.user_profiles (visitor_id, bot_id)
  values (v_visitor_id, v_visitor_bot_id)
  on conflict (visitor_id) do nothing;

  -- Only the keys present are written; a key present with JSON null clears its field.
  update public.user_profiles p set
    name = case when p_profile ? 'name' then v_name else p.name end,
    age = case when p_profile ? 'age' then v_age else p.age end,
    gender = case when p_profile ? 'gender' then v_gender else p.gender end,
    primary_goal = case when p_profile ? 'primary_goal' then v_primary_goal else p.primary_goal end,
    recomp_focus = case when p_profile ? 'recomp_focus' then v_recomp_focus else p.recomp_focus end,
    eating_habits = case when p_profile ? 'eating_habits' then v_eating_habits else p.eating_habits end,
    emotional_why = case when p_profile ? 'emotional_why' then v_emotional_why else p.emotional_why end,
    support_level = case when p_profile ? 'support_level' then v_support_level else p.support_level end,
    cooking_preference = case when p_profile ? 'cooking_preference' then v_cooking_preference else p.cooking_preference end,
    objection = case when p_profile ? 'objection' then v_objection else p.objection end,
    recommended_plan = case when p_profile ? 'recommended_plan' then v_recommended_plan else p.recommended_plan end
  where p.visitor_id = v_visitor_id
  returning p.* into v_row;

  return to_jsonb(v_row);
end;
$$;

comment on function public.upsert_profile(jsonb) is
  'Merges a partial profile {visitor_id, bot_id?, <fields>} into the visitor''s profile and returns the row. Keys absent are kept, keys set to null are cleared; bad values raise 22023 naming the field. Service role only.';
revoke execute on function public.upsert_profile(jsonb) from public, anon, authenticated;
grant execute on function public.upsert_profile(jsonb) to service_role;

create function public.recommend_plan(p_profile jsonb)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_goal text := p_profile ->> 'primary_goal';
  v_focus jsonb := p_profile -> 'recomp_focus';
  v_support jsonb := p_profile -> 'support_level';
  v_cooking jsonb := p_profile -> 'cooking_preference';
  v_bot jsonb := p_profile -> 'bot_id';
  v_family text;
  v_variant text;
  v_code text;
  v_plan jsonb;
begin
  if p_profile is null or jsonb_typeof(p_profile) <> 'object' then
    raise exception using errcode = '22023', message = 'profile must be a JSON object';
  end if;
  if jsonb_typeof(p_profile -> 'primary_goal') is distinct from 'string'
    or v_goal not in ('fat_loss', 'muscle_gain', 'recomp') then
    raise exception using errcode = '22023', message = 'primary_goal is required and must be one of fat_loss, muscle_gain, recomp';
  end if;
  if v_focus is not null and jsonb_typeof(v_focus) <> 'null' and (
    jsonb_typeof(v_focus) <> 'string' or (v_focus #>> '{}') not in ('lean', 'build')
  ) then
    raise exception using errcode = '22023', message = 'recomp_focus must be one of lean, build (or absent, which means lean)';
  end if;
  if not public.is_whole_number_between(v_support, 1, 10) then
    raise exception using errcode = '22023', message = 'support_level is required and must be a whole number from 1 to 10';
  end if;
  if jsonb_typeof(v_cooking) is distinct from 'boolean' then
    raise exception using errcode = '22023', message = 'cooking_preference is required and must be true or false';
  end if;
  if v_bot is not null and jsonb_typeof(v_bot) <> 'null' and (
    jsonb_typeof(v_bot) <> 'string'
    or (v_bot #>> '{}') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  ) then
    raise exception using errcode = '22023', message = 'bot_id must be a uuid';
  end if;

  v_family := case
    when v_goal = 'fat_loss' then 'Shred'
    when v_goal = 'muscle_gain' then 'Beast'
    when (v_focus #>> '{}') = 'build' then 'Beast'
    else 'Shred' -- recomp, leaning out first (also when the focus was not asked)
  end;
  v_variant := case
    when (v_support #>> '{}')::numeric <= 3 and (v_cooking #>> '{}')::boolean then 'Spartan'
    else 'Gladiator'
  end;
  v_code := v_family || '-' || v_variant;

  if jsonb_typeof(v_bot) = 'string' then
    select jsonb_build_object(
      'code', p.code, 'family', p.family, 'variant', p.variant, 'title', p.title,
      'description', p.description, 'price_cents', p.price_cents, 'currency', p.currency,
      'billing_period', p.billing_period, 'cta_label', p.cta_label, 'cta_url', p.cta_url
    ) into v_plan
    from public.plans p
    where p.bot_id = (v_bot #>> '{}')::uuid and p.code = v_code and p.is_active;
  end if;

  return jsonb_build_object(
    'plan_family', v_family,
    'variant', v_variant,
    'recommended_plan', v_code,
    'plan', v_plan
  );
end;
$$;

comment on function public.recommend_plan(jsonb) is
  'Maps a profile to a plan: goal -> family (Shred/Beast), support_level <= 3 and cooking -> Spartan else Gladiator. Returns {plan_family, variant, recommended_plan, plan}. Service role only.';
revoke execute on function public.recommend_plan(jsonb) from public, anon, authenticated;
grant execute on function public.recommend_plan(jsonb) to service_role;

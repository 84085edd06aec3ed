-- The conversation RPCs the chat function calls, all service role only:
--   chat_context            everything one chat turn needs, in one round trip
--   create_visitor          first contact: visitor + empty profile + first conversation (idempotent on client key)
--   start_conversation      "start over": closes the open conversation, opens a new one, marks a returning user
--   append_session_message  stores one message once per (conversation, client message id)
--   turn_replies            the assistant messages already answering a visitor message (for retries)
--   conversation_history    the whole conversation in order
--   commit_turn             applies one turn's outcome atomically: profile, conversation, replies, events
-- supabase-js retries POST /rpc calls, so every write here is idempotent; commit_turn also takes an expected
-- turn number (optimistic lock) so two racing requests for one conversation cannot both apply.
-- Messages and conversations are returned as their rows minus the ids the caller already has
-- (bot_id, visitor_id, conversation_id).

create function public.chat_context(p_bot_id uuid, p_visitor_id uuid default null)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_bot public.bots;
  v_visitor public.visitors;
  v_profile jsonb;
  v_conversation jsonb;
  v_conversations int := 0;
begin
  select b.* into v_bot from public.bots b where b.id = p_bot_id and b.is_active;
  if not found then
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

  return jsonb_build_object(
    'bot', jsonb_build_object(
      'id', v_bot.id,
      'name', v_bot.name,
      'welcome_message', v_bot.welcome_message,
      'brand_voice', v_bot.brand_voice,
      'handoff_message', v_bot.handoff_message,
      'allowed_origins', to_jsonb(v_bot.allowed_origins),
      'theme', v_bot.theme,
      'llm_model', v_bot.llm_model,
      'llm_temperature', v_bot.llm_temperature,
      'daily_llm_budget', v_bot.daily_llm_budget,
      'limits', jsonb_build_object(
        'visitor_messages_per_minute', v_bot.visitor_messages_per_minute,
        'address_messages_per_minute', v_bot.address_messages_per_minute,
        'address_new_visitors_per_hour', v_bot.address_new_visitors_per_hour
      )
    ),
    'steps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'field', s.field,
        'position', s.position,
        'prompt', s.prompt,
        'kind', s.kind,
        'options', s.options,
        'min_value', s.min_value,
        'max_value', s.max_value,
        'placeholder', s.placeholder,
        'condition', s.condition
      ) order by s.position)
      from public.bot_steps s
      where s.bot_id = p_bot_id
    ), '[]'::jsonb),
    'plans', coalesce((
      select jsonb_agg(jsonb_build_object(
        'code', p.code,
        'family', p.family,
        'variant', p.variant,
        'title', p.title,
        'description', p.description,
        'price_cents', p.price_cents,
        'currency', p.currency,
        'billing_period', p.billing_period,
        'cta_label', p.cta_label,
        'cta_url', p.cta_url
      ) order by p.family, p.price_cents, p.code)
      from public.plans p
      where p.bot_id = p_bot_id and p.is_active
    ), '[]'::jsonb),
    'visitor', case when v_visitor.id is null then null
      else jsonb_build_object('id', v_visitor.id, 'created_at', v_visitor.created_at) end,
    'profile', v_profile,
    'conversation', v_conversation,
    'previous_conversations', greatest(v_conversations - 1, 0)
  );
end;
$$;

comment on function public.chat_context(uuid, uuid) is
  'One round trip per chat turn: {bot, steps, plans, visitor, profile, conversation, previous_conversations}, or null for an unknown or inactive bot. Service role only.';
revoke execute on function public.chat_context(uuid, uuid) from public, anon, authenticated;
grant execute on function public.chat_context(uuid, uuid) to service_role;

create function public.create_visitor(p_bot_id uuid, p_client_key uuid)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_visitor_id uuid;
  v_conversation_id uuid;
begin
  if p_client_key is null then
    raise exception using errcode = '22023', message = 'client_key is required';
  end if;
  if not exists (select 1 from public.bots b where b.id = p_bot_id and b.is_active) then
    raise exception using errcode = 'P0002', message = 'bot not found';
  end if;

  insert into public.visitors (bot_id, client_key)
  values (p_bot_id, p_client_key)
  on conflict (bot_id, client_key) do nothing
  returning id into v_visitor_id;

  if v_visitor_id is not null then
    insert into public.user_profiles (visitor_id, bot_id) values (v_visitor_id, p_bot_id);
    insert into public.conversations (bot_id, visitor_id) values (p_bot_id, v_visitor_id)
    returning id into v_conversation_id;
    perform public.record_event(
      p_bot_id, v_visitor_id, v_conversation_id, 'conversation_started', '{}'::jsonb,
      'conversation_started#' || v_conversation_id
    );
    return jsonb_build_object('visitor_id', v_visitor_id, 'conversation_id', v_conversation_id, 'created', true);
  end if;

  -- A repeat (a retried first contact): the same visitor and their current conversation.
  select v.id into v_visitor_id from public.visitors v where v.bot_id = p_bot_id and v.client_key = p_client_key;
  select c.id into v_conversation_id
  from public.conversations c
  where c.visitor_id = v_visitor_id
  order by c.created_at desc, c.id desc
  limit 1;
  return jsonb_build_object('visitor_id', v_visitor_id, 'conversation_id', v_conversation_id, 'created', false);
end;
$$;

comment on function public.create_visitor(uuid, uuid) is
  'First contact: creates a visitor, an empty profile and a first active conversation: {visitor_id, conversation_id, created}. Idempotent on (bot, client_key). Service role only.';
revoke execute on function public.create_visitor(uuid, uuid) from public, anon, authenticated;
grant execute on function public.create_visitor(uuid, uuid) to service_role;

create function public.start_conversation(p_bot_id uuid, p_visitor_id uuid, p_client_request_id text default null)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_event_id text;
  v_existing uuid;
  v_latest public.conversations;
  v_count int;
  v_conversation public.conversations;
begin
  if p_client_request_id is not null and char_length(p_client_request_id) not between 1 and 200 then
    raise exception using errcode = '22023', message = 'client_request_id must be text of 1 to 200 characters';
  end if;
  if not exists (select 1 from public.bots b where b.id = p_bot_id and b.is_active) then
    raise exception using errcode = 'P0002', message = 'bot not found';
  end if;
  -- The visitor's row lock serialises concurrent starts for one visitor.
  perform 1 from public.visitors v where v.id = p_visitor_id and v.bot_id = p_bot_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'visitor not found for this bot';
  end if;

  if p_client_request_id is not null then
    -- Idempotent on the caller's request id (e.g. the client message id of the "start over" click).
    v_event_id := 'start_conversation#' || p_client_request_id;
    select e.conversation_id into v_existing
    from public.events e
    where e.bot_id = p_bot_id and e.client_event_id = v_event_id and e.visitor_id = p_visitor_id;
    if v_existing is not null then
      select c.* into v_conversation from public.conversations c where c.id = v_existing;
      return to_jsonb(v_conversation) - array['bot_id', 'visitor_id'];
    end if;
  else
    -- Without a request id, a retry is recognised by its result: the visitor's latest conversation was
    -- opened by start_conversation (it is not their first) moments ago and nothing has happened in it yet.
    select c.* into v_latest
    from public.conversations c
    where c.visitor_id = p_visitor_id
    order by c.created_at desc, c.id desc
    limit 1;
    select count(*) into v_count from public.conversations c where c.visitor_id = p_visitor_id;
    if v_count > 1 and v_latest.status = 'active' and v_latest.turn = 0
      and v_latest.created_at > now() - interval '1 minute'
      and not exists (select 1 from public.messages m where m.conversation_id = v_latest.id) then
      return to_jsonb(v_latest) - array['bot_id', 'visitor_id'];
    end if;
  end if;

  update public.conversations c set status = 'closed'
  where c.visitor_id = p_visitor_id and c.status in ('active', 'handoff');

  insert into public.conversations (bot_id, visitor_id) values (p_bot_id, p_visitor_id)
  returning * into v_conversation;

  -- A visitor who already had a conversation is coming back.
  if exists (select 1 from public.conversations c where c.visitor_id = p_visitor_id and c.id <> v_conversation.id) then
    insert into public.user_profiles as p (visitor_id, bot_id, returning_user)
    values (p_visitor_id, p_bot_id, true)
    on conflict (visitor_id) do update set returning_user = true;
  end if;

  perform public.record_event(
    p_bot_id, p_visitor_id, v_conversation.id, 'conversation_started', jsonb_build_object('returning', true),
    coalesce(v_event_id, 'conversation_started#' || v_conversation.id)
  );

  return to_jsonb(v_conversation) - array['bot_id', 'visitor_id'];
end;
$$;

comment on function public.start_conversation(uuid, uuid, text) is
  'Starts over: closes the visitor''s open conversation, opens a new active one, sets returning_user and records conversation_started. Returns the conversation. Pass p_client_request_id to make retries return the same conversation. Service role only.';
revoke execute on function public.start_conversation(uuid, uuid, text) from public, anon, authenticated;
grant execute on function public.start_conversation(uuid, uuid, text) to service_role;

create function public.append_session_message(
  p_conversation_id uuid,
  p_sender_type text,
  p_content text,
  p_client_message_id text,
  p_metadata jsonb default '{}'::jsonb
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_conversation public.conversations;
  v_content text := p_content;
  v_message public.messages;
begin
  if p_sender_type is null or p_sender_type not in ('client', 'ai', 'human_coach') then
    raise exception using errcode = '22023', message = 'sender_type must be one of client, ai, human_coach';
  end if;
  if p_sender_type = 'client' then
    v_content := regexp_replace(p_content, '^[[:space:]]+|[[:space:]]+$', '', 'g');
    if v_content is null or char_length(v_content) not between 1 and 2000 then
      raise exception using errcode = '22023', message = 'content must be text of 1 to 2000 characters';
    end if;
  elsif v_content is null or char_length(btrim(v_content)) = 0 or char_length(v_content) > 20000 then
    raise exception using errcode = '22023', message = 'content must be text of 1 to 20000 characters';
  end if;
  if p_client_message_id is null or char_length(p_client_message_id) not between 1 and 200 then
    raise exception using errcode = '22023', message = 'client_message_id must be text of 1 to 200 characters';
  end if;
  if p_metadata is not null and jsonb_typeof(p_metadata) not in ('object', 'null') then
    raise exception using errcode = '22023', message = 'metadata must be a JSON object';
  end if;

  select c.* into v_conversation from public.conversations c where c.id = p_conversation_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'conversation not found';
  end if;

  insert into public.messages (conversation_id, bot_id, visitor_id, sender_type, content, metadata, client_message_id)
  values (
    v_conversation.id, v_conversation.bot_id, v_conversation.visitor_id, p_sender_type, v_content,
    case when jsonb_typeof(p_metadata) = 'object' then p_metadata else '{}'::jsonb end,
    p_client_message_id
  )
  on conflict (conversation_id, client_message_id) do nothing
  returning * into v_message;

  if v_message.id is null then
    select m.* into v_message
    from public.messages m
    where m.conversation_id = p_conversation_id and m.client_message_id = p_client_message_id;
    return jsonb_build_object(
      'message', to_jsonb(v_message) - array['conversation_id', 'bot_id', 'visitor_id'],
      'inserted', false
    );
  end if;

  if p_sender_type = 'client' then
    update public.visitors v set last_seen_at = now() where v.id = v_conversation.visitor_id;
  end if;

  return jsonb_build_object(
    'message', to_jsonb(v_message) - array['conversation_id', 'bot_id', 'visitor_id'],
    'inserted', true
  );
end;
$$;

comment on function public.append_session_message(uuid, text, text, text, jsonb) is
  'Stores one message once per (conversation, client_message_id): {message, inserted}. A repeat returns the stored message with inserted=false. Service role only.';
revoke execute on function public.append_session_message(uuid, text, text, text, jsonb) from public, anon, authenticated;
grant execute on function public.append_session_message(uuid, text, text, text, jsonb) to service_role;

create function public.turn_replies(p_conversation_id uuid, p_reply_to text)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not exists (select 1 from public.conversations c where c.id = p_conversation_id) then
    raise exception using errcode = 'P0002', message = 'conversation not found';
  end if;
  return coalesce((
    select jsonb_agg(to_jsonb(m) - array['conversation_id', 'bot_id', 'visitor_id'] order by m.seq)
    from public.messages m
    where m.conversation_id = p_conversation_id
      and m.sender_type <> 'client'
      and m.metadata ->> 'reply_to' = p_reply_to
  ), '[]'::jsonb);
end;
$$;

comment on function public.turn_replies(uuid, text) is
  'The assistant messages answering the visitor message p_reply_to, in order ([] if none). Service role only.';
revoke execute on function public.turn_replies(uuid, text) from public, anon, authenticated;
grant execute on function public.turn_replies(uuid, text) to service_role;

create function public.conversation_history(p_conversation_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not exists (select 1 from public.conversations c where c.id = p_conversation_id) then
    raise exception using errcode = 'P0002', message = 'conversation not found';
  end if;
  return coalesce((
    select jsonb_agg(to_jsonb(m) - array['conversation_id', 'bot_id', 'visitor_id'] order by m.seq)
    from public.messages m
    where m.conversation_id = p_conversation_id
  ), '[]'::jsonb);
end;
$$;

comment on function public.conversation_history(uuid) is
  'All messages of a conversation in order: [{id, seq, sender_type, content, metadata, client_message_id, created_at}]. Service role only.';
revoke execute on function public.conversation_history(uuid) from public, anon, authenticated;
grant execute on function public.conversation_history(uuid) to service_role;

create function public.commit_turn(
  p_conversation_id uuid,
  p_expected_turn int,
  p_reply_to text,
  p_profile jsonb,
  p_conversation jsonb,
  p_messages jsonb,
  p_events jsonb
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_conversation public.conversations;
  v_replies jsonb;
  v_key text;
  v_status text;
  v_item jsonb;
  v_index int;
  v_messages jsonb := '[]'::jsonb;
  v_profile jsonb;
begin
  if p_reply_to is null or char_length(p_reply_to) not between 1 and 150 then
    raise exception using errcode = '22023', message = 'reply_to must be text of 1 to 150 characters';
  end if;
  if p_expected_turn is null then
    raise exception using errcode = '22023', message = 'expected_turn is required';
  end if;

  select c.* into v_conversation from public.conversations c where c.id = p_conversation_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'conversation not found';
  end if;

  -- Already applied (a retry of this visitor message): hand back what was said then, change nothing.
  v_replies := public.turn_replies(p_conversation_id, p_reply_to);
  if jsonb_array_length(v_replies) > 0 then
    return jsonb_build_object('committed', false, 'reason', 'duplicate', 'messages', v_replies);
  end if;
  if v_conversation.turn <> p_expected_turn then
    return jsonb_build_object('committed', false, 'reason', 'stale');
  end if;

  -- Validate everything before writing anything (an error rolls back anyway; this keeps messages precise).
  if p_conversation is not null and jsonb_typeof(p_conversation) not in ('object', 'null') then
    raise exception using errcode = '22023', message = 'conversation must be a JSON object';
  end if;
  if jsonb_typeof(p_conversation) = 'object' then
    for v_key in select jsonb_object_keys(p_conversation) loop
      if v_key not in ('status', 'pending_field', 'handoff_reason') then
        raise exception using errcode = '22023', message = format('unknown conversation field: %s (accepted: status, pending_field, handoff_reason)', v_key);
      end if;
    end loop;
    if p_conversation ? 'status' and (
      jsonb_typeof(p_conversation -> 'status') is distinct from 'string'
      or (p_conversation ->> 'status') not in ('active', 'completed', 'handoff', 'closed')
    ) then
      raise exception using errcode = '22023', message = 'conversation.status must be one of active, completed, handoff, closed';
    end if;
    if p_conversation ? 'pending_field' and jsonb_typeof(p_conversation -> 'pending_field') <> 'null' and (
      jsonb_typeof(p_conversation -> 'pending_field') <> 'string'
      or (p_conversation ->> 'pending_field') not in (
        'name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why',
        'support_level', 'cooking_preference'
      )
    ) then
      raise exception using errcode = '22023', message = 'conversation.pending_field must be null or a profile field (name, age, gender, primary_goal, recomp_focus, eating_habits, emotional_why, support_level, cooking_preference)';
    end if;
    if p_conversation ? 'handoff_reason' and jsonb_typeof(p_conversation -> 'handoff_reason') <> 'null' and (
      jsonb_typeof(p_conversation -> 'handoff_reason') <> 'string'
      or char_length(p_conversation ->> 'handoff_reason') > 500
    ) then
      raise exception using errcode = '22023', message = 'conversation.handoff_reason must be null or text of up to 500 characters';
    end if;
  end if;
  if p_messages is not null and jsonb_typeof(p_messages) not in ('array', 'null') then
    raise exception using errcode = '22023', message = 'messages must be a JSON array';
  end if;
  if jsonb_typeof(p_messages) = 'array' then
    for v_item in select value from jsonb_array_elements(p_messages) loop
      if jsonb_typeof(v_item) <> 'object'
        or coalesce(v_item ->> 'sender_type', 'ai') <> 'ai'
        or jsonb_typeof(v_item -> 'content') is distinct from 'string'
        or (v_item ? 'metadata' and jsonb_typeof(v_item -> 'metadata') not in ('object', 'null')) then
        raise exception using errcode = '22023', message = 'messages must be [{sender_type: "ai", content: text, metadata?: object}]';
      end if;
    end loop;
  end if;
  if p_events is not null and jsonb_typeof(p_events) not in ('array', 'null') then
    raise exception using errcode = '22023', message = 'events must be a JSON array';
  end if;
  if jsonb_typeof(p_events) = 'array' then
    for v_item in select value from jsonb_array_elements(p_events) loop
      if jsonb_typeof(v_item) <> 'object' or jsonb_typeof(v_item -> 'type') is distinct from 'string' then
        raise exception using errcode = '22023', message = 'events must be [{type: text, data?: object}]';
      end if;
    end loop;
  end if;

  -- 1. The profile: the same merge as upsert_profile, for this conversation's visitor.
  if jsonb_typeof(p_profile) = 'object' and p_profile - array['visitor_id', 'bot_id'] <> '{}'::jsonb then
    v_profile := public.upsert_profile(
      p_profile || jsonb_build_object('visitor_id', v_conversation.visitor_id, 'bot_id', v_conversation.bot_id)
    );
  elsif p_profile is not null and jsonb_typeof(p_profile) not in ('object', 'null') then
    raise exception using errcode = '22023', message = 'profile must be a JSON object';
  else
    select to_jsonb(p) into v_profile from public.user_profiles p where p.visitor_id = v_conversation.visitor_id;
  end if;

  -- 2. The conversation: keys present are set (pending_field: null clears it); the turn moves on.
  v_status := case when p_conversation ? 'status' then p_conversation ->> 'status' else v_conversation.status end;
  update public.conversations c set
    status = v_status,
    pending_field = case when p_conversation ? 'pending_field' then p_conversation ->> 'pending_field' else c.pending_field end,
    handoff_reason = case when p_conversation ? 'handoff_reason' then p_conversation ->> 'handoff_reason' else c.handoff_reason end,
    completed_at = case when v_status = 'completed' and c.status <> 'completed' then now() else c.completed_at end,
    turn = c.turn + 1
  where c.id = p_conversation_id
  returning c.* into v_conversation;

  -- 3. The replies, each idempotent on reply_to#index.
  if jsonb_typeof(p_messages) = 'array' then
    for v_item, v_index in select e.value, e.ordinality - 1 from jsonb_array_elements(p_messages) with ordinality e loop
      v_messages := v_messages || jsonb_build_array(public.append_session_message(
        p_conversation_id,
        'ai',
        v_item ->> 'content',
        p_reply_to || '#' || v_index,
        coalesce(nullif(v_item -> 'metadata', 'null'::jsonb), '{}'::jsonb) || jsonb_build_object('reply_to', p_reply_to)
      ) -> 'message');
    end loop;
  end if;

  -- 4. The funnel events, each idempotent on reply_to#type#index.
  if jsonb_typeof(p_events) = 'array' then
    for v_item, v_index in select e.value, e.ordinality - 1 from jsonb_array_elements(p_events) with ordinality e loop
      perform public.record_event(
        v_conversation.bot_id, v_conversation.visitor_id, p_conversation_id,
        v_item ->> 'type', v_item -> 'data', p_reply_to || '#' || (v_item ->> 'type') || '#' || v_index
      );
    end loop;
  end if;

  return jsonb_build_object(
    'committed', true,
    'messages', v_messages,
    'profile', v_profile,
    'conversation', to_jsonb(v_conversation) - array['bot_id', 'visitor_id']
  );
end;
$$;

comment on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb) is
  'Applies one visitor message''s outcome atomically (profile merge, conversation update, ai replies, events). Returns {committed: true, messages, profile, conversation}, or {committed: false, reason: duplicate, messages} / {committed: false, reason: stale}. Service role only.';
revoke execute on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb) from public, anon, authenticated;
grant execute on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb) to service_role;

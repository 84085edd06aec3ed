-- commit_turn carries the function call records that were waiting to be written (p_calls): a chat turn's
-- second round trip stores them too, so measuring the functions adds no round trip to a visitor's path.
-- They are stored first and whatever the turn's outcome (committed, duplicate, stale, wait); an error rolls
-- them back with the rest, and the function keeps them for its next write.

drop function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb);

create function public.commit_turn(
  p_conversation_id uuid,
  p_expected_turn int,
  p_reply_to text,
  p_profile jsonb,
  p_conversation jsonb,
  p_messages jsonb,
  p_events jsonb,
  p_calls jsonb default null
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
  v_seq bigint;
begin
  if p_reply_to is null or char_length(p_reply_to) not between 1 and 150 then
    raise exception using errcode = '22023', message = 'reply_to must be text of 1 to 150 characters';
  end if;
  if p_expected_turn is null then
    raise exception using errcode = '22023', message = 'expected_turn is required';
  end if;

  -- The function calls that were waiting to be recorded, whatever becomes of this turn.
  perform public.record_function_calls(p_calls);

  select c.* into v_conversation from public.conversations c where c.id = p_conversation_id for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'conversation not found';
  end if;

  -- Already applied (a retry of this visitor message): hand back what was said then, change nothing.
  v_replies := public.turn_replies(p_conversation_id, p_reply_to);
  if jsonb_array_length(v_replies) > 0 then
    return jsonb_build_object('committed', false, 'reason', 'duplicate', 'messages', v_replies);
  end if;
  -- Answered in arrival order: while an earlier visitor message of this conversation still waits for its
  -- turn, this one waits too (the caller retries on fresh state). A message whose turn was abandoned (its
  -- request died) stops holding the others back after 20 seconds.
  select m.seq into v_seq from public.messages m
  where m.conversation_id = p_conversation_id and m.client_message_id = p_reply_to and m.sender_type = 'client';
  if v_seq is not null and exists (
    select 1 from public.messages m
    where m.conversation_id = p_conversation_id and m.sender_type = 'client'
      and m.seq > v_conversation.answered_seq and m.seq < v_seq
      and m.created_at > now() - interval '20 seconds'
  ) then
    return jsonb_build_object('committed', false, 'reason', 'wait');
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
      or not exists (
        select 1 from public.bot_fields f
        where f.bot_id = v_conversation.bot_id and f.key = p_conversation ->> 'pending_field'
      )
    ) then
      raise exception using errcode = '22023', message = 'conversation.pending_field must be null or one of the bot''s fields (bot_fields.key)';
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
    turn = c.turn + 1,
    answered_seq = greatest(c.answered_seq, coalesce(v_seq, 0))
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

comment on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb) is
  'Applies one visitor message''s outcome atomically (profile merge, conversation update, ai replies, events) and stores the function call records passed along (record_function_calls). Returns {committed: true, messages, profile, conversation}, or {committed: false, reason: duplicate, messages} / {committed: false, reason: stale} / {committed: false, reason: wait} (an earlier visitor message is still unanswered). Service role only.';
revoke execute on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb) from public, anon, authenticated;
grant execute on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb) to service_role;

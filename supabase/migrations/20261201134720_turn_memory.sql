-- Memory in a turn's two round trips. begin_turn summarises the visitor's conversations that ended or went
-- quiet (summarize_due_conversations) and returns what the bot remembers of them (visitor_memory: their
-- latest summary, insights and tone); commit_turn takes what the turn taught (p_memory: insights, tone) and
-- writes it in the turn's transaction (remember_turn), with the summary of a conversation that ends in this
-- turn. Otherwise begin_turn is as 20261201124014_closed_conversations left it (with the coach); the
-- later memory features change visitor_memory and remember_turn only.

create function public.visitor_memory(p_visitor_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'summary', (
      select to_jsonb(s) - array['bot_id', 'visitor_id'] from public.conversation_summaries s
      where s.visitor_id = p_visitor_id
      order by s.updated_at desc limit 1
    ),
    'insights', coalesce((
      select jsonb_agg(jsonb_build_object('kind', i.kind, 'key', i.key, 'value', i.value, 'active', i.active) order by i.created_at, i.id)
      from public.visitor_insights i where i.visitor_id = p_visitor_id
    ), '[]'::jsonb),
    'relationship', (
      select jsonb_build_object('tone', r.tone, 'detail', r.detail, 'evidence', r.evidence)
      from public.visitor_relationships r where r.visitor_id = p_visitor_id
    )
  )
$$;

comment on function public.visitor_memory(uuid) is 'What the bot remembers of a visitor: {summary (their latest), insights, relationship}. Service role only.';
revoke execute on function public.visitor_memory(uuid) from public, anon, authenticated;
grant execute on function public.visitor_memory(uuid) to service_role;

create function public.remember_turn(p_conversation public.conversations, p_status_before text, p_memory jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_item jsonb;
  v_summarized jsonb := '[]'::jsonb;
begin
  if p_memory is not null and jsonb_typeof(p_memory) not in ('object', 'null') then
    raise exception using errcode = '22023', message = 'memory must be a JSON object';
  end if;

  if jsonb_typeof(p_memory -> 'insights') = 'array' then
    for v_item in select value from jsonb_array_elements(p_memory -> 'insights') loop
      if jsonb_typeof(v_item) <> 'object'
        or coalesce(v_item ->> 'kind', '') not in ('goal', 'blocker', 'objection', 'breakthrough')
        or coalesce(v_item ->> 'key', '') !~ '^[a-z][a-z0-9_]{0,59}$'
        or (jsonb_typeof(v_item -> 'value') not in ('string', 'null'))
        or jsonb_typeof(v_item -> 'active') is distinct from 'boolean' then
        raise exception using errcode = '22023',
          message = 'memory.insights must be [{kind: goal|blocker|objection|breakthrough, key: snake_case, value: text|null, active: boolean}]';
      end if;
      insert into public.visitor_insights as i (bot_id, visitor_id, kind, key, value, active, conversation_id)
      values (p_conversation.bot_id, p_conversation.visitor_id, v_item ->> 'kind', v_item ->> 'key',
        left(v_item ->> 'value', 300), (v_item ->> 'active')::boolean, p_conversation.id)
      on conflict (visitor_id, kind, key) do update set
        value = coalesce(excluded.value, i.value), active = excluded.active, conversation_id = excluded.conversation_id;
    end loop;
  end if;

  if jsonb_typeof(p_memory -> 'relationship') = 'object' then
    v_item := p_memory -> 'relationship';
    if (jsonb_typeof(v_item -> 'tone') = 'string' and v_item ->> 'tone' not in ('direct', 'gentle'))
      or (jsonb_typeof(v_item -> 'detail') = 'string' and v_item ->> 'detail' not in ('brief', 'detailed'))
      or jsonb_typeof(coalesce(v_item -> 'evidence', '{}'::jsonb)) <> 'object' then
      raise exception using errcode = '22023',
        message = 'memory.relationship must be {tone: direct|gentle|null, detail: brief|detailed|null, evidence: object}';
    end if;
    insert into public.visitor_relationships as r (visitor_id, bot_id, tone, detail, evidence)
    values (p_conversation.visitor_id, p_conversation.bot_id, v_item ->> 'tone', v_item ->> 'detail', coalesce(v_item -> 'evidence', '{}'::jsonb))
    on conflict (visitor_id) do update set tone = excluded.tone, detail = excluded.detail, evidence = excluded.evidence;
  end if;

  -- The conversation ended in this turn (the plan was shown): its summary is written now.
  if p_conversation.status in ('completed', 'closed') and coalesce(p_status_before, '') not in ('completed', 'closed') then
    perform public.summarize_conversation(p_conversation.id);
    v_summarized := jsonb_build_array(p_conversation.id);
  end if;
  return jsonb_build_object('summarized', v_summarized);
end;
$$;

comment on function public.remember_turn(public.conversations, text, jsonb) is
  'Part of commit_turn: writes the turn''s insights and relationship ({insights, relationship}) and summarises a conversation that ended in it; returns {summarized}. Service role only.';
revoke execute on function public.remember_turn(public.conversations, text, jsonb) from public, anon, authenticated;
grant execute on function public.remember_turn(public.conversations, text, jsonb) to service_role;

drop function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb);

create function public.commit_turn(
  p_conversation_id uuid,
  p_expected_turn int,
  p_reply_to text,
  p_profile jsonb,
  p_conversation jsonb,
  p_messages jsonb,
  p_events jsonb,
  p_calls jsonb default null,
  p_memory jsonb default null
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
  v_status_before text;
  v_memory jsonb;
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
  v_status_before := v_conversation.status;
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

  -- 5. What the bot remembers of the visitor (insights, tone), and the summary of a conversation that ended.
  v_memory := public.remember_turn(v_conversation, v_status_before, p_memory);

  return jsonb_build_object(
    'committed', true,
    'messages', v_messages,
    'profile', v_profile,
    'conversation', to_jsonb(v_conversation) - array['bot_id', 'visitor_id'],
    'memory', v_memory
  );
end;
$$;

comment on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb, jsonb) is
  'Applies one visitor message''s outcome atomically (profile merge, conversation update, ai replies, events, what the turn taught about the visitor: remember_turn) and stores the function call records passed along (record_function_calls). Returns {committed: true, messages, profile, conversation, memory: {summarized}}, or {committed: false, reason: duplicate, messages} / {committed: false, reason: stale} / {committed: false, reason: wait} (an earlier visitor message is still unanswered). Service role only.';
revoke execute on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb, jsonb) from public, anon, authenticated;
grant execute on function public.commit_turn(uuid, int, text, jsonb, jsonb, jsonb, jsonb, jsonb, jsonb) to service_role;

create or replace function public.begin_turn(
  p_bot_id uuid,
  p_visitor_id uuid,
  p_client_message_id text,
  p_kind text,
  p_content text default null,
  p_metadata jsonb default '{}'::jsonb,
  p_address_key text default 'unknown',
  p_origin text default null,
  p_history int default 20
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_definition jsonb := public.bot_definition(p_bot_id);
  v_bot jsonb;
  v_limit jsonb;
  v_visitor public.visitors;
  v_created jsonb;
  v_conversation public.conversations;
  v_restarted jsonb;
  v_message jsonb;
  v_replies jsonb := '[]'::jsonb;
  v_count int;
  v_summarized jsonb := '[]'::jsonb;
begin
  if p_kind is null or p_kind not in ('start', 'poll', 'restart', 'text', 'choice') then
    raise exception using errcode = '22023', message = 'kind must be one of start, poll, restart, text, choice';
  end if;
  if p_client_message_id is null or char_length(p_client_message_id) not between 1 and 200 then
    raise exception using errcode = '22023', message = 'client_message_id must be text of 1 to 200 characters';
  end if;
  if v_definition is null then
    return null;
  end if;
  v_bot := v_definition -> 'bot';
  if not public.origin_allowed(p_origin, array(select jsonb_array_elements_text(v_bot -> 'allowed_origins'))) then
    return v_definition || jsonb_build_object('refused', 'origin');
  end if;

  if p_visitor_id is not null then
    select v.* into v_visitor from public.visitors v where v.id = p_visitor_id and v.bot_id = p_bot_id;
    if not found then
      return v_definition || jsonb_build_object('refused', 'visitor_gone');
    end if;
  else
    -- First contact: one new visitor per client message id (a retry finds the same one).
    v_limit := public.hit_rate_limit(
      p_bot_id || ':visitors:address:' || p_address_key, (v_bot -> 'limits' ->> 'address_new_visitors_per_hour')::int, 3600);
    if not (v_limit ->> 'allowed')::boolean then
      return v_definition || jsonb_build_object('refused', 'rate_limited', 'limit', 'new_visitors', 'retry_after_seconds', v_limit -> 'retry_after_seconds');
    end if;
    v_created := public.create_visitor(p_bot_id, p_client_message_id::uuid);
    select v.* into v_visitor from public.visitors v where v.id = (v_created ->> 'visitor_id')::uuid;
  end if;

  -- A message counts against the limits once: a retry of a stored one (the widget's, or the runner's after
  -- waiting for an earlier turn) is not a new message.
  -- A restart (a new conversation) counts as a message too.
  if p_kind in ('text', 'choice', 'restart') and not exists (
    select 1 from public.messages m
    where m.visitor_id = v_visitor.id and m.client_message_id = p_client_message_id and m.sender_type = 'client'
  ) then
    foreach v_limit in array array[
      jsonb_build_object('key', p_bot_id || ':messages:visitor:' || v_visitor.id, 'limit', v_bot -> 'limits' -> 'visitor_messages_per_minute', 'name', 'visitor_messages'),
      jsonb_build_object('key', p_bot_id || ':messages:address:' || p_address_key, 'limit', v_bot -> 'limits' -> 'address_messages_per_minute', 'name', 'address_messages')
    ] loop
      v_limit := v_limit || public.hit_rate_limit(v_limit ->> 'key', (v_limit ->> 'limit')::int, 60);
      if not (v_limit ->> 'allowed')::boolean then
        return v_definition || jsonb_build_object('refused', 'rate_limited', 'limit', v_limit ->> 'name', 'retry_after_seconds', v_limit -> 'retry_after_seconds');
      end if;
    end loop;
  end if;

  if p_kind = 'restart' then
    v_restarted := public.start_conversation(p_bot_id, v_visitor.id, p_client_message_id);
    -- A new conversation asks the questions again; the visitor's name stays. A retry finds its turn moved on.
    if (v_restarted ->> 'turn')::int = 0 then
      perform public.upsert_profile(
        coalesce((
          select jsonb_object_agg(f.key, null) from public.bot_fields f
          where f.bot_id = p_bot_id and f.entity is distinct from 'person_name'
        ), '{}'::jsonb) || jsonb_build_object('visitor_id', v_visitor.id, 'recommended_plan', null, 'objection', null)
      );
    end if;
  end if;

  select c.* into v_conversation from public.conversations c
  where c.visitor_id = v_visitor.id
  order by c.created_at desc, c.id desc
  limit 1;
  -- A coach closed the visitor's conversation and they write again: a new conversation takes the message,
  -- with their profile as it is (nothing is asked twice). A retry of a message the closed one holds stays there.
  if p_kind in ('text', 'choice') and v_conversation.status = 'closed' and not exists (
    select 1 from public.messages m where m.conversation_id = v_conversation.id and m.client_message_id = p_client_message_id
  ) then
    v_restarted := public.start_conversation(p_bot_id, v_visitor.id, 'reopened#' || p_client_message_id);
    select c.* into v_conversation from public.conversations c where c.id = (v_restarted ->> 'id')::uuid;
  end if;
  select count(*) into v_count from public.conversations c where c.visitor_id = v_visitor.id;

  if p_kind in ('text', 'choice') then
    v_message := public.append_session_message(v_conversation.id, 'client', p_content, p_client_message_id, coalesce(p_metadata, '{}'::jsonb));
    if not (v_message ->> 'inserted')::boolean then
      v_replies := public.turn_replies(v_conversation.id, p_client_message_id);
    elsif v_conversation.status = 'handoff' then
      -- A person holds the conversation: the bot will not answer this one, so it holds no later turn back.
      update public.conversations c set answered_seq = greatest(c.answered_seq, (v_message -> 'message' ->> 'seq')::bigint)
      where c.id = v_conversation.id
      returning c.* into v_conversation;
    end if;
  end if;

  -- What the bot remembers of the visitor; conversations that ended or went quiet are summarised first.
  if p_kind <> 'poll' then
    v_summarized := public.summarize_due_conversations(v_visitor.id);
  end if;

  return v_definition || jsonb_build_object(
    'memory', case when p_kind = 'poll' then null
      else public.visitor_memory(v_visitor.id) || jsonb_build_object('summarized', v_summarized) end,
    'visitor', jsonb_build_object('id', v_visitor.id, 'created_at', v_visitor.created_at),
    'profile', (select to_jsonb(p) from public.user_profiles p where p.visitor_id = v_visitor.id),
    'conversation', to_jsonb(v_conversation) - array['bot_id', 'visitor_id'],
    'previous_conversations', greatest(v_count - 1, 0),
    'history', coalesce((
      select jsonb_agg(h.row order by h.seq)
      from (
        select to_jsonb(m) - array['conversation_id', 'bot_id', 'visitor_id'] as row, m.seq
        from public.messages m
        where m.conversation_id = v_conversation.id
        order by m.seq desc
        limit greatest(coalesce(p_history, 20), 1)
      ) h
    ), '[]'::jsonb),
    'message', v_message,
    'replies', v_replies,
    'coach', jsonb_build_object(
      'settings', (
        select jsonb_build_object(
          'prompt_min_interval_seconds', b.coach_prompt_min_interval_seconds,
          'prompt_scale_step', b.coach_prompt_scale_step,
          'prompt_on_choice_change', b.coach_prompt_on_choice_change,
          'prompt_on_new_objection', b.coach_prompt_on_new_objection,
          'style_refresh_every', b.coach_style_refresh_every)
        from public.bots b where b.id = p_bot_id),
      'prompt', (
        select jsonb_build_object('version', cp.version, 'prompt', cp.prompt, 'answers', cp.answers, 'objection', cp.objection, 'created_at', cp.created_at)
        from public.coach_prompts cp where cp.visitor_id = v_visitor.id
        order by cp.version desc limit 1),
      'style', (
        select jsonb_build_object('profile', s.profile, 'replies_total', s.replies_total, 'replies_analysed', s.replies_analysed)
        from public.coach_styles s where s.bot_id = p_bot_id)
    )
  );
end;
$$;

comment on function public.begin_turn(uuid, uuid, text, text, text, jsonb, text, text, int) is
  'Starts a chat turn in one round trip: checks origin, visitor and rate limits, creates the visitor on first contact, starts over on restart, stores the visitor''s message (idempotent on client_message_id), summarises the visitor''s conversations that ended or idled and returns {bot, fields, steps, plans, rules, texts, memory, visitor, profile, conversation, previous_conversations, history, message, replies, coach}; null for an unknown bot; {refused, ...} when refused. Service role only.';
revoke execute on function public.begin_turn(uuid, uuid, text, text, text, jsonb, text, text, int) from public, anon, authenticated;
grant execute on function public.begin_turn(uuid, uuid, text, text, text, jsonb, text, text, int) to service_role;

-- A conversation a coach closed is over for the visitor too: their next message starts a new conversation
-- (their profile carries over, the bot greets them back and answers the message), instead of being refused
-- with 409 or answered as if nothing had happened. close_conversation now sets status `closed` (as a restart
-- does to the conversation it replaces) and stamps `closed_at`, so the inbox still lists what a coach closed;
-- begin_turn opens the new conversation for a message that finds the visitor's latest one closed.

alter table public.conversations add column closed_at timestamptz;
comment on column public.conversations.closed_at is 'When a coach closed the conversation (close_conversation). The visitor''s next message starts a new one.';
comment on column public.conversations.status is 'active, completed (plan shown), handoff (wants a human) or closed (closed by a coach, or replaced by a newer one).';

create or replace function public.close_conversation(p_conversation_id uuid)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_conversation public.conversations;
begin
  update public.conversations c
  set status = 'closed', closed_at = now()
  where c.id = p_conversation_id and c.status in ('active', 'handoff', 'completed')
  returning c.* into v_conversation;
  if not found then
    -- Closing twice is not an error.
    select c.* into v_conversation from public.conversations c where c.id = p_conversation_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'conversation not found among your bots'' conversations';
    end if;
  end if;
  return jsonb_build_object('id', v_conversation.id, 'status', v_conversation.status, 'handed_back_at', v_conversation.handed_back_at, 'closed_at', v_conversation.closed_at);
end;
$$;

comment on function public.close_conversation(uuid) is
  'Closes a conversation for good: it leaves the waiting list, and the visitor''s next message starts a new conversation (their profile carries over). Idempotent. Signed-in owners.';

-- The function runs with the owner's rights: they may close their bots' conversations and stamp when.
grant update (closed_at) on table public.conversations to authenticated;
alter policy "Owners can take over or hand back their bots' conversations" on public.conversations
  with check (
    status in ('active', 'handoff', 'completed', 'closed')
    and bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid()))
  );
alter policy "Owners can take over or hand back their bots' conversations" on public.conversations
  rename to "Owners can take over, hand back or close their bots' conversations";

-- The inbox lists conversations a coach closed (closed_at), not those a restart replaced.
create or replace view public.inbox with (security_invoker = true) as
select
  c.id as conversation_id,
  c.bot_id,
  b.name as bot_name,
  c.visitor_id,
  p.name,
  p.email,
  p.phone,
  c.status,
  c.handoff_reason,
  c.handoff_at,
  c.handed_back_at,
  c.pending_field,
  c.created_at,
  m.message_count,
  m.last_message_at,
  m.last_client_at,
  m.last_coach_at,
  last.sender_type as last_sender_type,
  left(last.content, 200) as last_message,
  case
    when c.status <> 'handoff' then null
    -- No coach has answered since the visitor asked: waiting since they asked.
    when m.last_coach_at is null or m.last_coach_at < coalesce(c.handoff_at, c.created_at) then coalesce(c.handoff_at, c.updated_at)
    -- A coach answered, and the visitor wrote again since.
    when m.last_client_at > m.last_coach_at then w.first_unanswered_at
  end as waiting_since,
  c.closed_at
from public.conversations c
join public.bots b on b.id = c.bot_id
left join public.user_profiles p on p.visitor_id = c.visitor_id
left join lateral (
  select
    count(*)::int as message_count,
    max(x.created_at) as last_message_at,
    max(x.created_at) filter (where x.sender_type = 'client') as last_client_at,
    max(x.created_at) filter (where x.sender_type = 'human_coach') as last_coach_at
  from public.messages x
  where x.conversation_id = c.id
) m on true
left join lateral (
  select min(x.created_at) as first_unanswered_at
  from public.messages x
  where x.conversation_id = c.id and x.sender_type = 'client' and x.created_at > m.last_coach_at
) w on true
left join lateral (
  select x.sender_type, x.content from public.messages x
  where x.conversation_id = c.id
  order by x.seq desc
  limit 1
) last on true
-- A conversation a restart replaced is not listed (its successor is); one a coach closed is.
where c.status <> 'closed' or c.closed_at is not null;
comment on column public.inbox.closed_at is 'When a coach closed the conversation; null while it is open.';
revoke all on public.inbox from anon;
revoke insert, update, delete, truncate, references, trigger on public.inbox from authenticated;

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

  return v_definition || jsonb_build_object(
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
  'Starts a chat turn in one round trip: checks origin, visitor and rate limits, creates the visitor on first contact, starts over on restart, stores the visitor''s message (idempotent on client_message_id) and returns {bot, fields, steps, plans, rules, texts, visitor, profile, conversation, previous_conversations, history, message, replies, coach}; null for an unknown bot; {refused, ...} when refused. Service role only.';
revoke execute on function public.begin_turn(uuid, uuid, text, text, text, jsonb, text, text, int) from public, anon, authenticated;
grant execute on function public.begin_turn(uuid, uuid, text, text, text, jsonb, text, text, int) to service_role;

-- What a coach does in the owner console, as small invoker-rights RPCs (the owner's own grants and RLS
-- policies decide, exactly as for direct table writes), and the inbox they work from:
--   reply_as_coach           a human_coach message signed with the coach's name and avatar from their
--                            account's metadata; idempotent on the client message id (a retried send is
--                            stored once); takes the conversation over (the existing trigger)
--   hand_back_conversation   the bot takes over again and resumes where it was (handed_back_at is stamped)
--   close_conversation       the coach is done: it leaves the inbox and the bot asks nothing more
--   inbox                    conversations, with how long the visitor has been waiting for a human

create function public.reply_as_coach(p_conversation_id uuid, p_content text, p_client_message_id text)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_content text := btrim(p_content);
  v_meta jsonb := coalesce(auth.jwt() -> 'user_metadata', '{}'::jsonb);
  v_name text;
  v_avatar text;
  v_message public.messages;
begin
  if auth.uid() is null then
    raise exception using errcode = '42501', message = 'sign in as the bot''s owner to reply';
  end if;
  if v_content is null or char_length(v_content) not between 1 and 4000 then
    raise exception using errcode = '22023', message = 'content must be text of 1 to 4000 characters';
  end if;
  if p_client_message_id is null or char_length(p_client_message_id) not between 1 and 200 then
    raise exception using errcode = '22023', message = 'client_message_id must be text of 1 to 200 characters';
  end if;
  v_name := left(coalesce(nullif(btrim(v_meta ->> 'name'), ''), nullif(btrim(v_meta ->> 'full_name'), ''), 'Coach'), 100);
  v_avatar := case when v_meta ->> 'avatar_url' ~ '^https://[^[:space:]]+$' and char_length(v_meta ->> 'avatar_url') <= 500 then v_meta ->> 'avatar_url' end;

  insert into public.messages (conversation_id, bot_id, visitor_id, sender_type, content, metadata, client_message_id)
  select c.id, c.bot_id, c.visitor_id, 'human_coach', v_content,
    jsonb_build_object('coach', jsonb_strip_nulls(jsonb_build_object('id', auth.uid(), 'name', v_name, 'avatar_url', v_avatar))),
    p_client_message_id
  from public.conversations c
  where c.id = p_conversation_id
  on conflict (conversation_id, client_message_id) do nothing
  returning * into v_message;

  if v_message.id is null then
    select m.* into v_message from public.messages m
    where m.conversation_id = p_conversation_id and m.client_message_id = p_client_message_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'conversation not found among your bots'' conversations';
    end if;
  end if;
  return to_jsonb(v_message) - array['bot_id', 'visitor_id'];
end;
$$;

comment on function public.reply_as_coach(uuid, text, text) is
  'Posts a human coach''s reply (signed with the caller''s name and avatar) in one of their bots'' conversations and takes it over. Idempotent on client_message_id. Signed-in owners.';
revoke execute on function public.reply_as_coach(uuid, text, text) from public, anon;
grant execute on function public.reply_as_coach(uuid, text, text) to authenticated, service_role;

create function public.hand_back_conversation(p_conversation_id uuid)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_conversation public.conversations;
begin
  update public.conversations c
  set status = case when c.completed_at is not null then 'completed' else 'active' end
  where c.id = p_conversation_id and c.status = 'handoff'
  returning c.* into v_conversation;
  if not found then
    -- Handing back twice is not an error: the second call finds the bot already in charge.
    select c.* into v_conversation from public.conversations c where c.id = p_conversation_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'conversation not found among your bots'' conversations';
    end if;
  end if;
  return jsonb_build_object('id', v_conversation.id, 'status', v_conversation.status, 'handed_back_at', v_conversation.handed_back_at);
end;
$$;

comment on function public.hand_back_conversation(uuid) is
  'Hands a conversation in handoff back to the bot, which resumes its pending question. Idempotent. Signed-in owners.';
revoke execute on function public.hand_back_conversation(uuid) from public, anon;
grant execute on function public.hand_back_conversation(uuid) to authenticated, service_role;

create function public.close_conversation(p_conversation_id uuid)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_conversation public.conversations;
begin
  update public.conversations c
  set status = 'completed'
  where c.id = p_conversation_id and c.status in ('active', 'handoff')
  returning c.* into v_conversation;
  if not found then
    select c.* into v_conversation from public.conversations c where c.id = p_conversation_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'conversation not found among your bots'' conversations';
    end if;
  end if;
  return jsonb_build_object('id', v_conversation.id, 'status', v_conversation.status, 'handed_back_at', v_conversation.handed_back_at);
end;
$$;

comment on function public.close_conversation(uuid) is
  'Closes a conversation for the coaches: it leaves the inbox, and the bot answers questions but asks nothing more. Idempotent. Signed-in owners.';
revoke execute on function public.close_conversation(uuid) from public, anon;
grant execute on function public.close_conversation(uuid) to authenticated, service_role;

create view public.inbox with (security_invoker = true) as
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
  end as waiting_since
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
where c.status <> 'closed';

comment on view public.inbox is 'Your conversations for the console''s inbox: waiting_since is set while a visitor waits for a human (handoff with no coach reply since their last message).';
comment on column public.inbox.waiting_since is 'Since when the visitor has been waiting for a human; null when nobody is waiting.';

revoke all on public.inbox from anon;
revoke insert, update, delete, truncate, references, trigger on public.inbox from authenticated;

-- Hosted projects stream row changes to the console over Realtime when the tables are in its publication
-- (Realtime applies RLS, so each owner hears only their own). The local stack has no Realtime; the console
-- polls there.
do $$
begin
  if exists (select 1 from pg_catalog.pg_publication where pubname = 'supabase_realtime') then
    if not exists (select 1 from pg_catalog.pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'messages') then
      alter publication supabase_realtime add table public.messages;
    end if;
    if not exists (select 1 from pg_catalog.pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'conversations') then
      alter publication supabase_realtime add table public.conversations;
    end if;
  end if;
end;
$$;

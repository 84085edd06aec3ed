-- Conversations and their messages. A visitor has at most one open (active or handoff) conversation at a
-- time; `turn` is an optimistic-lock counter that commit_turn increments, so two racing turns cannot both
-- apply. Messages are idempotent on (conversation_id, client_message_id): a retried send is stored once.
-- messages.bot_id and visitor_id are copies of the conversation's, kept for RLS and always taken from the
-- conversation by a trigger, so no writer (an owner replying in the dashboard included) can mislabel them.

create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  visitor_id uuid not null references public.visitors (id) on delete cascade,
  status text not null default 'active' check (status in ('active', 'completed', 'handoff', 'closed')),
  pending_field text check (pending_field in (
    'name', 'age', 'gender', 'primary_goal', 'recomp_focus', 'eating_habits', 'emotional_why',
    'support_level', 'cooking_preference'
  )),
  turn int not null default 0 check (turn >= 0),
  handoff_reason text check (char_length(handoff_reason) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz
);

create index conversations_bot_id_idx on public.conversations (bot_id);
-- Covers the foreign key visitor_id and "the visitor's latest conversation".
create index conversations_visitor_id_created_at_idx on public.conversations (visitor_id, created_at desc);
-- start_conversation closes the open one before opening another; this makes a second open one impossible.
create unique index conversations_one_open_per_visitor on public.conversations (visitor_id)
  where status in ('active', 'handoff');

comment on table public.conversations is 'One chat session of a visitor with a bot.';
comment on column public.conversations.status is 'active, completed (plan shown), handoff (wants a human) or closed (replaced by a newer one).';
comment on column public.conversations.pending_field is 'The profile field the coach asked about and is waiting for.';
comment on column public.conversations.turn is 'Number of visitor turns applied (optimistic-lock counter).';
comment on column public.conversations.handoff_reason is 'Why the visitor asked for a human.';
comment on column public.conversations.completed_at is 'When the plan was recommended.';

create trigger conversations_set_updated_at before update on public.conversations
  for each row execute function public.set_updated_at();

alter table public.conversations enable row level security;
revoke all on table public.conversations from anon;

create policy "Owners can read their bots' conversations" on public.conversations
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  bot_id uuid not null references public.bots (id) on delete cascade,
  visitor_id uuid not null references public.visitors (id) on delete cascade,
  sender_type text not null check (sender_type in ('client', 'ai', 'human_coach')),
  content text not null check (char_length(btrim(content)) > 0 and char_length(content) <= 20000),
  metadata jsonb not null default '{}'::jsonb check (jsonb_typeof(metadata) = 'object'),
  client_message_id text not null default gen_random_uuid()::text
    check (char_length(client_message_id) between 1 and 200),
  created_at timestamptz not null default now(),
  constraint messages_client_content_length check (sender_type <> 'client' or char_length(content) <= 2000),
  -- Covers the foreign key conversation_id (leading column) and history reads.
  constraint messages_conversation_id_client_message_id_key unique (conversation_id, client_message_id)
);

create index messages_bot_id_idx on public.messages (bot_id);
create index messages_visitor_id_idx on public.messages (visitor_id);

comment on table public.messages is 'Everything said in a conversation, in order (seq), with who said it.';
comment on column public.messages.seq is 'Order of the messages.';
comment on column public.messages.sender_type is 'client (the visitor), ai (the coach bot) or human_coach (you, replying to a handoff).';
comment on column public.messages.metadata is 'Attribution: intent, step, sources, handoff reason, reply_to, plan.';
comment on column public.messages.client_message_id is 'Idempotency key of the message within its conversation (filled in for you when left empty).';
comment on column public.messages.bot_id is 'Copied from the conversation.';
comment on column public.messages.visitor_id is 'Copied from the conversation.';

-- Invoker rights on purpose: an owner's insert sees only their own conversations, so naming someone else's
-- conversation fails here instead of being relabelled.
create function public.fill_message_from_conversation()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_bot_id uuid;
  v_visitor_id uuid;
begin
  select c.bot_id, c.visitor_id into v_bot_id, v_visitor_id
  from public.conversations c
  where c.id = new.conversation_id;
  if not found then
    raise exception using errcode = '42501', message = 'messages: conversation_id does not name one of your conversations';
  end if;
  new.bot_id := v_bot_id;
  new.visitor_id := v_visitor_id;
  return new;
end;
$$;

comment on function public.fill_message_from_conversation() is 'Trigger: copies bot_id and visitor_id from the message''s conversation.';
revoke execute on function public.fill_message_from_conversation() from public, anon, authenticated;

create trigger messages_fill_from_conversation before insert or update of conversation_id, bot_id, visitor_id
  on public.messages
  for each row execute function public.fill_message_from_conversation();

alter table public.messages enable row level security;
revoke all on table public.messages from anon;

create policy "Owners can read their bots' messages" on public.messages
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can reply as a human coach in their bots' conversations" on public.messages
  for insert to authenticated
  with check (
    sender_type = 'human_coach'
    and bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid()))
  );

-- Internal notes on a conversation: what coaches tell each other about a visitor ("asked for a call on
-- Monday"). Owners only: the visitor never sees them (no function reads this table, and the chat history
-- comes from `messages`). bot_id is copied from the conversation by a trigger, as for messages, so RLS can
-- filter on it and nobody can file a note under someone else's bot.

create table public.conversation_notes (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  bot_id uuid not null references public.bots (id) on delete cascade,
  author_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  author_name text not null default 'Coach' check (char_length(btrim(author_name)) between 1 and 100),
  body text not null check (char_length(btrim(body)) between 1 and 4000),
  created_at timestamptz not null default now()
);

create index conversation_notes_conversation_id_created_at_idx on public.conversation_notes (conversation_id, created_at);
create index conversation_notes_bot_id_idx on public.conversation_notes (bot_id);
create index conversation_notes_author_id_idx on public.conversation_notes (author_id);

comment on table public.conversation_notes is 'Internal notes coaches leave on a conversation. Never shown to the visitor.';
comment on column public.conversation_notes.author_id is 'The signed-in user who wrote the note.';
comment on column public.conversation_notes.author_name is 'Their name as shown to other coaches.';
comment on column public.conversation_notes.bot_id is 'Copied from the conversation.';

-- Invoker rights: an owner sees only their own conversations, so naming another's fails here.
create function public.fill_note_from_conversation()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  select c.bot_id into new.bot_id from public.conversations c where c.id = new.conversation_id;
  if not found then
    raise exception using errcode = '42501', message = 'conversation_notes: conversation_id does not name one of your conversations';
  end if;
  return new;
end;
$$;

comment on function public.fill_note_from_conversation() is 'Trigger: copies bot_id from the note''s conversation.';
revoke execute on function public.fill_note_from_conversation() from public, anon, authenticated;

create trigger conversation_notes_fill_from_conversation before insert or update of conversation_id, bot_id
  on public.conversation_notes
  for each row execute function public.fill_note_from_conversation();

alter table public.conversation_notes enable row level security;
revoke all on table public.conversation_notes from anon;
revoke update, truncate, references, trigger on table public.conversation_notes from authenticated;

create policy "Owners can read notes on their bots' conversations" on public.conversation_notes
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add notes to their bots' conversations" on public.conversation_notes
  for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid()))
  );

create policy "Owners can delete their own notes" on public.conversation_notes
  for delete to authenticated
  using (
    author_id = (select auth.uid())
    and bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid()))
  );

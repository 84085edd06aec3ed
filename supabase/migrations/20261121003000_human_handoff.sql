-- Human handoff. When a visitor asks for a person (or the coach hands off), the conversation's status
-- becomes 'handoff' and the bot stays silent. An owner replies by inserting a `human_coach` message (the
-- dashboard's Table Editor or their own tools); that also takes the conversation over if it was not yet.
-- Setting the status back to 'active' hands it back to the bot, which resumes its pending question.

-- Owners may change only these two columns, and only on their own bots' conversations.
revoke update on table public.conversations from authenticated;
grant update (status, handoff_reason) on table public.conversations to authenticated;

create policy "Owners can take over or hand back their bots' conversations" on public.conversations
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (
    status in ('active', 'handoff', 'completed')
    and bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid()))
  );

-- Invoker rights: the owner's own update grant and policy above decide, as for a direct update.
create function public.take_over_on_human_reply()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  update public.conversations
  set status = 'handoff',
      handoff_reason = coalesce(handoff_reason, 'A coach replied.')
  where id = new.conversation_id
    and status in ('active', 'completed');
  return new;
end;
$$;

comment on function public.take_over_on_human_reply() is 'Trigger: a human coach''s reply puts the conversation in handoff, so the bot stays silent.';
revoke execute on function public.take_over_on_human_reply() from public, anon, authenticated;

create trigger messages_take_over_on_human_reply after insert on public.messages
  for each row when (new.sender_type = 'human_coach')
  execute function public.take_over_on_human_reply();

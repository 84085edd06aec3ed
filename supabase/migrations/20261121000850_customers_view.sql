-- The merged customer view: one row per visitor with their profile and the state of their latest
-- conversation, the owner's lead list in the dashboard. security_invoker, so owners see only their bots'
-- rows through the tables' own RLS; `customer_view` returns one row to the functions (service role).

create view public.customers with (security_invoker = true) as
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
  m.last_message_at
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

comment on view public.customers is 'Your leads: one row per visitor with what they told the coach and where their latest conversation stands.';
comment on column public.customers.created_at is 'When the visitor''s profile was created (first contact).';
comment on column public.customers.conversation_id is 'The visitor''s latest conversation (status, pending_field, handoff_reason and the message figures are about it).';
comment on column public.customers.status is 'active, completed (plan shown), handoff (wants a human) or closed.';
comment on column public.customers.pending_field is 'The question the latest conversation is waiting on (where they dropped off).';
comment on column public.customers.message_count is 'Messages in the latest conversation.';
comment on column public.customers.last_message_at is 'When the latest conversation''s last message was sent.';

revoke all on public.customers from anon;
revoke insert, update, delete, truncate, references, trigger on public.customers from authenticated;

create function public.customer_view(p_visitor_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_row jsonb;
begin
  select to_jsonb(c) into v_row from public.customers c where c.visitor_id = p_visitor_id;
  if v_row is null then
    raise exception using errcode = 'P0002', message = 'visitor not found';
  end if;
  return v_row;
end;
$$;

comment on function public.customer_view(uuid) is 'One row of the customers view as JSON. Service role only.';
revoke execute on function public.customer_view(uuid) from public, anon, authenticated;
grant execute on function public.customer_view(uuid) to service_role;

-- A visitor's data export also holds what the coach wrote about them: every version of their personal coach
-- prompt. (Erasure needs nothing new: coach_prompts go with the visitor row.) Otherwise unchanged.

create or replace function public.export_visitor(p_visitor_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_visitor public.visitors;
begin
  select v.* into v_visitor from public.visitors v where v.id = p_visitor_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'visitor not found';
  end if;
  return jsonb_build_object(
    'visitor', jsonb_build_object('id', v_visitor.id, 'bot_id', v_visitor.bot_id, 'created_at', v_visitor.created_at, 'last_seen_at', v_visitor.last_seen_at),
    'profile', (select to_jsonb(p) - 'bot_id' from public.user_profiles p where p.visitor_id = p_visitor_id),
    'conversations', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', c.id, 'status', c.status, 'created_at', c.created_at, 'completed_at', c.completed_at,
        'messages', coalesce((
          select jsonb_agg(jsonb_build_object('sender_type', m.sender_type, 'content', m.content, 'created_at', m.created_at) order by m.seq)
          from public.messages m where m.conversation_id = c.id
        ), '[]'::jsonb)
      ) order by c.created_at)
      from public.conversations c where c.visitor_id = p_visitor_id
    ), '[]'::jsonb),
    'events', coalesce((
      select jsonb_agg(jsonb_build_object('type', e.type, 'data', e.data, 'created_at', e.created_at) order by e.seq)
      from public.events e where e.visitor_id = p_visitor_id
    ), '[]'::jsonb),
    'coach_prompts', coalesce((
      select jsonb_agg(jsonb_build_object('version', cp.version, 'prompt', cp.prompt, 'reason', cp.reason, 'created_at', cp.created_at) order by cp.version)
      from public.coach_prompts cp where cp.visitor_id = p_visitor_id
    ), '[]'::jsonb)
  );
end;
$$;

comment on function public.export_visitor(uuid) is 'Everything stored about one visitor, as JSON (their data export). Service role only.';
revoke execute on function public.export_visitor(uuid) from public, anon, authenticated;
grant execute on function public.export_visitor(uuid) to service_role;

-- A visitor's data export includes what the bot remembers of them: their conversation summaries, insights and
-- tone (visitor_memory_export, which the later memory features extend). Erasure needs nothing new: these rows
-- go with the visitor row (foreign keys cascade).

create function public.visitor_memory_export(p_visitor_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'summaries', coalesce((
      select jsonb_agg(to_jsonb(s) - array['bot_id', 'visitor_id', 'model', 'prompt_tokens', 'completion_tokens'] order by s.created_at)
      from public.conversation_summaries s where s.visitor_id = p_visitor_id
    ), '[]'::jsonb),
    'insights', coalesce((
      select jsonb_agg(jsonb_build_object('kind', i.kind, 'key', i.key, 'value', i.value, 'active', i.active, 'updated_at', i.updated_at) order by i.created_at, i.id)
      from public.visitor_insights i where i.visitor_id = p_visitor_id
    ), '[]'::jsonb),
    'relationship', (
      select jsonb_build_object('tone', r.tone, 'detail', r.detail, 'updated_at', r.updated_at)
      from public.visitor_relationships r where r.visitor_id = p_visitor_id
    )
  )
$$;

comment on function public.visitor_memory_export(uuid) is 'What the bot remembers of a visitor, for their data export. Service role only.';
revoke execute on function public.visitor_memory_export(uuid) from public, anon, authenticated;
grant execute on function public.visitor_memory_export(uuid) to service_role;

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
    ), '[]'::jsonb),
    'memory', public.visitor_memory_export(p_visitor_id)
  );
end;
$$;

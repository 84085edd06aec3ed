-- Funnel events (widget opened, conversation started, step answered, plan shown, CTA clicked, handoff
-- requested) and `record_event`, the idempotent way the functions write them: each event carries a client
-- event id, so a retried report is counted once.

create table public.events (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  bot_id uuid not null references public.bots (id) on delete cascade,
  visitor_id uuid not null references public.visitors (id) on delete cascade,
  conversation_id uuid references public.conversations (id) on delete cascade,
  type text not null check (type in (
    'widget_opened', 'conversation_started', 'step_answered', 'plan_shown', 'cta_clicked', 'handoff_requested'
  )),
  data jsonb not null default '{}'::jsonb check (jsonb_typeof(data) = 'object'),
  client_event_id text not null check (char_length(client_event_id) between 1 and 300),
  created_at timestamptz not null default now(),
  -- Covers the foreign key bot_id (leading column) and the policies' filter on it.
  constraint events_bot_id_client_event_id_key unique (bot_id, client_event_id)
);

create index events_visitor_id_idx on public.events (visitor_id);
create index events_conversation_id_idx on public.events (conversation_id);

comment on table public.events is 'Funnel events of your bots: widget_opened, conversation_started, step_answered, plan_shown, cta_clicked, handoff_requested.';
comment on column public.events.type is 'What happened.';
comment on column public.events.data is 'Details, e.g. {"field":"age"} for step_answered or {"plan":"Shred-Spartan"} for plan_shown.';
comment on column public.events.client_event_id is 'Idempotency key: the same event reported twice is stored once.';

alter table public.events enable row level security;
revoke all on table public.events from anon;

create policy "Owners can read their bots' events" on public.events
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create function public.record_event(
  p_bot_id uuid,
  p_visitor_id uuid,
  p_conversation_id uuid,
  p_type text,
  p_data jsonb,
  p_client_event_id text
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if p_type is null or p_type not in (
    'widget_opened', 'conversation_started', 'step_answered', 'plan_shown', 'cta_clicked', 'handoff_requested'
  ) then
    raise exception using errcode = '22023',
      message = 'type must be one of widget_opened, conversation_started, step_answered, plan_shown, cta_clicked, handoff_requested';
  end if;
  if p_data is not null and jsonb_typeof(p_data) not in ('object', 'null') then
    raise exception using errcode = '22023', message = 'data must be a JSON object';
  end if;
  if p_client_event_id is null or char_length(p_client_event_id) not between 1 and 300 then
    raise exception using errcode = '22023', message = 'client_event_id must be text of 1 to 300 characters';
  end if;
  if not exists (select 1 from public.visitors v where v.id = p_visitor_id and v.bot_id = p_bot_id) then
    raise exception using errcode = 'P0002', message = 'visitor not found for this bot';
  end if;
  if p_conversation_id is not null and not exists (
    select 1 from public.conversations c where c.id = p_conversation_id and c.visitor_id = p_visitor_id
  ) then
    raise exception using errcode = 'P0002', message = 'conversation not found for this visitor';
  end if;

  insert into public.events (bot_id, visitor_id, conversation_id, type, data, client_event_id)
  values (
    p_bot_id, p_visitor_id, p_conversation_id, p_type,
    case when jsonb_typeof(p_data) = 'object' then p_data else '{}'::jsonb end,
    p_client_event_id
  )
  on conflict (bot_id, client_event_id) do nothing
  returning id into v_id;

  if v_id is not null then
    return jsonb_build_object('id', v_id, 'inserted', true);
  end if;
  select e.id into v_id from public.events e where e.bot_id = p_bot_id and e.client_event_id = p_client_event_id;
  return jsonb_build_object('id', v_id, 'inserted', false);
end;
$$;

comment on function public.record_event(uuid, uuid, uuid, text, jsonb, text) is
  'Records a funnel event once per (bot, client_event_id): {id, inserted}. Service role only.';
revoke execute on function public.record_event(uuid, uuid, uuid, text, jsonb, text) from public, anon, authenticated;
grant execute on function public.record_event(uuid, uuid, uuid, text, jsonb, text) to service_role;

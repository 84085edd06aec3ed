-- When a human is expected to answer a handoff, and when the conversation changed hands. The widget reads the
-- bot's settings once (the appearance request) to tell the visitor what happens next: within
-- `handoff_wait_seconds` during the coaches' hours it waits for a reply, otherwise (or once that time has
-- passed without one) it offers to leave contact details. `handoff_at` and `handed_back_at` are kept by a
-- trigger on every path that changes the status (the chat function, the console, the dashboard), so the
-- inbox knows how long a visitor has waited and the bot knows it was handed the conversation back.

alter table public.bots
  add column handoff_wait_seconds int not null default 300 check (handoff_wait_seconds between 30 and 86400),
  add column coach_time_zone text not null default 'UTC' check (char_length(coach_time_zone) between 1 and 64),
  add column coach_hours jsonb check (coach_hours is null or jsonb_typeof(coach_hours) = 'array');

comment on column public.bots.handoff_wait_seconds is 'How long a visitor who asked for a human waits for a reply before the chat offers to take their email or phone number (30 s to 1 day).';
comment on column public.bots.coach_time_zone is 'The time zone of coach_hours, an IANA name such as Europe/London.';
comment on column public.bots.coach_hours is 'When coaches answer, e.g. [{"days":["mon","tue","wed","thu","fri"],"from":"09:00","to":"17:00"}]; empty (null) means any time. Outside these hours a visitor asking for a human is offered to leave contact details at once.';

-- A check constraint cannot say which entry is wrong; the owner editing the row needs to know.
create function public.validate_coach_hours()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_entry jsonb;
  v_day text;
begin
  if not exists (select 1 from pg_catalog.pg_timezone_names z where z.name = new.coach_time_zone) then
    raise exception using errcode = '23514',
      message = format('bots: coach_time_zone %s is not a time zone name such as Europe/London or America/New_York', quote_literal(new.coach_time_zone));
  end if;
  if new.coach_hours is null then
    return new;
  end if;
  for v_entry in select value from jsonb_array_elements(new.coach_hours) loop
    if jsonb_typeof(v_entry) <> 'object'
      or jsonb_typeof(v_entry -> 'days') is distinct from 'array'
      or jsonb_array_length(v_entry -> 'days') = 0
      or coalesce(v_entry ->> 'from', '') !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
      or coalesce(v_entry ->> 'to', '') !~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'
      or (v_entry ->> 'from') >= (v_entry ->> 'to') then
      raise exception using errcode = '23514',
        message = format('bots: coach_hours entry %s must look like {"days":["mon","tue"],"from":"09:00","to":"17:00"} with from before to', v_entry::text);
    end if;
    for v_day in select value from jsonb_array_elements_text(v_entry -> 'days') loop
      if v_day not in ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun') then
        raise exception using errcode = '23514',
          message = format('bots: coach_hours day %s must be one of mon, tue, wed, thu, fri, sat, sun', quote_literal(v_day));
      end if;
    end loop;
  end loop;
  return new;
end;
$$;

comment on function public.validate_coach_hours() is 'Trigger: refuses an unknown coach_time_zone or a malformed coach_hours entry, naming it.';
revoke execute on function public.validate_coach_hours() from public, anon, authenticated;

create trigger bots_validate_coach_hours before insert or update of coach_time_zone, coach_hours on public.bots
  for each row execute function public.validate_coach_hours();

alter table public.conversations
  add column handoff_at timestamptz,
  add column handed_back_at timestamptz;

comment on column public.conversations.handoff_at is 'When the conversation last went to a human (status became handoff).';
comment on column public.conversations.handed_back_at is 'When a coach last handed the conversation back to the bot (status left handoff).';

update public.conversations set handoff_at = updated_at where status = 'handoff';

create function public.track_handoff_times()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if new.status = 'handoff' and old.status is distinct from 'handoff' then
    new.handoff_at := now();
  elsif old.status = 'handoff' and new.status in ('active', 'completed') then
    new.handed_back_at := now();
  end if;
  return new;
end;
$$;

comment on function public.track_handoff_times() is 'Trigger: stamps handoff_at when a conversation goes to a human and handed_back_at when it comes back to the bot.';
revoke execute on function public.track_handoff_times() from public, anon, authenticated;

create trigger conversations_track_handoff_times before update of status on public.conversations
  for each row execute function public.track_handoff_times();

-- The chat function reads the bot through chat_context; the settings join what it returns.
create or replace function public.bot_handoff_settings(p_bot_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'wait_seconds', b.handoff_wait_seconds,
    'time_zone', b.coach_time_zone,
    'hours', b.coach_hours
  )
  from public.bots b
  where b.id = p_bot_id and b.is_active
$$;

comment on function public.bot_handoff_settings(uuid) is 'What the widget needs to tell a visitor when a coach will answer: {wait_seconds, time_zone, hours}. Service role only.';
revoke execute on function public.bot_handoff_settings(uuid) from public, anon, authenticated;
grant execute on function public.bot_handoff_settings(uuid) to service_role;

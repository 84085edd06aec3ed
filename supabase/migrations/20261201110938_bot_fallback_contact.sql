-- The owner's fallback contact: how a visitor reaches them when the chat itself cannot (the backend is down,
-- or this page is not allowed), shown by the widget beside Try again. And `bot_appearance`, the small read
-- behind the widget's one idle-time request (`GET /functions/v1/chat?bot_id=`): name, theme, fallback contact
-- and allowed origins, without the steps, plans and visitor that a chat turn loads.

alter table public.bots
  add column fallback_contact text check (fallback_contact is null or char_length(btrim(fallback_contact)) between 3 and 300);

comment on column public.bots.fallback_contact is
  'How visitors reach you when the chat cannot: an email address, a phone number or a URL, e.g. hello@example.com. Shown with the "try again" message.';

create function public.bot_appearance(p_bot_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'name', b.name,
    'theme', b.theme,
    'fallback_contact', b.fallback_contact,
    'allowed_origins', to_jsonb(b.allowed_origins)
  )
  from public.bots b
  where b.id = p_bot_id and b.is_active;
$$;

comment on function public.bot_appearance(uuid) is
  'What the widget shows of a bot before any conversation: {name, theme, fallback_contact, allowed_origins}, or null for an unknown or inactive bot. Service role only.';
revoke execute on function public.bot_appearance(uuid) from public, anon, authenticated;
grant execute on function public.bot_appearance(uuid) to service_role;

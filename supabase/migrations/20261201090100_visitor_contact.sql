-- A visitor's contact details, given when no coach could answer in time: an email address or a phone
-- number, with the consent sentence they agreed to and when. Stored on their profile (so the lead list,
-- the data export and erasure include them with no extra step) only through `save_visitor_contact`, which
-- the profile function calls for the visitor named by a valid token. Never guessed from what they typed.

alter table public.user_profiles
  add column email text check (email is null or (char_length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')),
  add column phone text check (phone is null or (char_length(phone) <= 30 and phone ~ '^\+?[0-9 ().-]+$')),
  add column contact_consent text check (char_length(contact_consent) between 1 and 500),
  add column contact_consent_at timestamptz,
  add constraint user_profiles_contact_has_consent check ((email is null and phone is null) or contact_consent_at is not null);

comment on column public.user_profiles.email is 'Email address the visitor left for a coach to follow up (with consent).';
comment on column public.user_profiles.phone is 'Phone number the visitor left for a coach to follow up (with consent).';
comment on column public.user_profiles.contact_consent is 'The consent sentence the visitor agreed to when leaving contact details.';
comment on column public.user_profiles.contact_consent_at is 'When they agreed to it.';

create function public.save_visitor_contact(p_visitor_id uuid, p_email text, p_phone text, p_consent text)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_email text := nullif(btrim(p_email), '');
  v_phone text := nullif(btrim(p_phone), '');
  v_profile public.user_profiles;
begin
  if v_email is null and v_phone is null then
    raise exception using errcode = '22023', message = 'give an email address or a phone number';
  end if;
  if v_email is not null and (char_length(v_email) > 254 or v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
    raise exception using errcode = '22023', message = 'email must be an address like name@example.com';
  end if;
  if v_phone is not null and (char_length(v_phone) > 30 or v_phone !~ '^\+?[0-9 ().-]+$'
    or char_length(regexp_replace(v_phone, '[^0-9]', '', 'g')) not between 6 and 15) then
    raise exception using errcode = '22023', message = 'phone must be a number of 6 to 15 digits, e.g. +44 20 7946 0958';
  end if;
  if p_consent is null or char_length(btrim(p_consent)) not between 1 and 500 then
    raise exception using errcode = '22023', message = 'consent must be the sentence the visitor agreed to (1 to 500 characters)';
  end if;

  update public.user_profiles p set
    email = v_email,
    phone = v_phone,
    contact_consent = btrim(p_consent),
    contact_consent_at = now()
  where p.visitor_id = p_visitor_id
  returning p.* into v_profile;
  if not found then
    raise exception using errcode = 'P0002', message = 'visitor not found';
  end if;
  return jsonb_build_object('email', v_profile.email, 'phone', v_profile.phone, 'contact_consent_at', v_profile.contact_consent_at);
end;
$$;

comment on function public.save_visitor_contact(uuid, text, text, text) is
  'Stores the contact details a visitor gave (email and/or phone, replacing earlier ones) with their consent sentence; bad values raise 22023 naming the field. Idempotent. Service role only.';
revoke execute on function public.save_visitor_contact(uuid, text, text, text) from public, anon, authenticated;
grant execute on function public.save_visitor_contact(uuid, text, text, text) to service_role;

-- The lead list gains the contact details (appended: a view's existing columns keep their order).
create or replace view public.customers with (security_invoker = true) as
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
  m.last_message_at,
  p.email,
  p.phone,
  p.contact_consent_at
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

comment on column public.customers.email is 'Email address the visitor left (with consent).';
comment on column public.customers.phone is 'Phone number the visitor left (with consent).';
comment on column public.customers.contact_consent_at is 'When the visitor agreed to be contacted.';

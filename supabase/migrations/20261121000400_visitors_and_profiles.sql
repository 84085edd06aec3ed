-- Visitors and their profiles. A visitor is an anonymous person chatting with one bot (not an auth user);
-- the widget's first contact carries a random client key, so a retried first contact finds the same
-- visitor. The profile holds what the guided questions collected; each value is checked here as well as in
-- the functions, so no path can store an age of 200 or a goal the plan rules do not know.

create table public.visitors (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  client_key uuid not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  -- Covers the foreign key bot_id (leading column) and the policies' filter on it.
  constraint visitors_bot_id_client_key_key unique (bot_id, client_key)
);

comment on table public.visitors is 'Anonymous people who opened one of your bots. Deleting a visitor erases their profile, conversations, messages and events.';
comment on column public.visitors.client_key is 'Random key of the visitor''s first contact (makes a retried first contact idempotent).';
comment on column public.visitors.last_seen_at is 'When the visitor last sent a message.';

alter table public.visitors enable row level security;
revoke all on table public.visitors from anon;

create policy "Owners can read their bots' visitors" on public.visitors
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create table public.user_profiles (
  visitor_id uuid primary key references public.visitors (id) on delete cascade,
  bot_id uuid not null references public.bots (id) on delete cascade,
  name text check (char_length(name) between 1 and 60),
  age int check (age between 13 and 100),
  gender text check (gender in ('male', 'female', 'nonbinary', 'prefer_not')),
  primary_goal text check (primary_goal in ('fat_loss', 'muscle_gain', 'recomp')),
  recomp_focus text check (recomp_focus in ('lean', 'build')),
  eating_habits text check (char_length(eating_habits) between 1 and 500),
  emotional_why text check (char_length(emotional_why) between 1 and 500),
  support_level int check (support_level between 1 and 10),
  cooking_preference boolean,
  objection text check (objection in ('price', 'time', 'doubt', 'tried_before')),
  recommended_plan text check (char_length(recommended_plan) between 1 and 100),
  returning_user boolean not null default false,
  last_seen timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index user_profiles_bot_id_idx on public.user_profiles (bot_id);

comment on table public.user_profiles is 'What each visitor told the coach: one row per visitor, filled step by step.';
comment on column public.user_profiles.name is 'First name (up to 60 characters).';
comment on column public.user_profiles.age is 'Age, 13 to 100.';
comment on column public.user_profiles.gender is 'male, female, nonbinary or prefer_not.';
comment on column public.user_profiles.primary_goal is 'fat_loss, muscle_gain or recomp (both).';
comment on column public.user_profiles.recomp_focus is 'For recomp: lean (lose fat first) or build (muscle first).';
comment on column public.user_profiles.eating_habits is 'How they eat on a typical day, in their words.';
comment on column public.user_profiles.emotional_why is 'Why it matters to them now, in their words.';
comment on column public.user_profiles.support_level is 'How much hands-on support they want: 1 (just the plan) to 10 (daily check-ins).';
comment on column public.user_profiles.cooking_preference is 'True when they enjoy cooking their own meals.';
comment on column public.user_profiles.objection is 'Last objection raised: price, time, doubt or tried_before.';
comment on column public.user_profiles.recommended_plan is 'Code of the plan recommended to them, e.g. Shred-Spartan.';
comment on column public.user_profiles.returning_user is 'True once they started a second conversation.';
comment on column public.user_profiles.last_seen is 'When the profile was last touched.';

-- Every write to a profile is a sign of life: keep both timestamps here rather than trusting each caller.
create function public.touch_user_profile()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  new.updated_at := now();
  new.last_seen := now();
  return new;
end;
$$;

comment on function public.touch_user_profile() is 'Trigger: sets updated_at and last_seen on every profile update.';
revoke execute on function public.touch_user_profile() from public, anon, authenticated;

create trigger user_profiles_touch before update on public.user_profiles
  for each row execute function public.touch_user_profile();

alter table public.user_profiles enable row level security;
revoke all on table public.user_profiles from anon;

create policy "Owners can read their bots' visitor profiles" on public.user_profiles
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

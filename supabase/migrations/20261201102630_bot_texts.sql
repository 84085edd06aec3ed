-- Bot texts: the bot's own words, one row per text and language, so an owner changes what the bot says
-- (greetings, acknowledgements, objection replies, hand-off, closing, the plan pitch) without code. Every key
-- has a default in the code for each language the widget speaks, written for no business in particular, so a
-- bot with no rows here still talks well; docs/owner-guide.md lists the keys and their placeholders.
-- `bots.language` says which language a bot speaks.

alter table public.bots add column language text not null default 'en' check (language in ('en', 'es'));
comment on column public.bots.language is 'The language the bot speaks (en or es): picks its default words and the rows of bot_texts.';

create table public.bot_texts (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  key text not null check (key ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$' and char_length(key) <= 120),
  lang text not null default 'en' check (lang in ('en', 'es')),
  text text not null check (char_length(btrim(text)) between 1 and 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Covers the foreign key bot_id (leading column) and the policies' filter on it.
  constraint bot_texts_bot_id_key_lang_key unique (bot_id, key, lang)
);

comment on table public.bot_texts is 'What your bot says, by key and language, replacing the built-in wording (see docs/owner-guide.md for the keys and their {placeholders}).';
comment on column public.bot_texts.key is 'Which text, e.g. greeting, ack.primary_goal.fat_loss, objection.price, handoff.asked_for_human, plan.guarantee.';
comment on column public.bot_texts.lang is 'Language of this text: en or es (the bot speaks bots.language).';
comment on column public.bot_texts.text is 'The words; {name}, {field keys}, {prompt}, {value} and the like are filled in where the key allows them.';

create trigger bot_texts_set_updated_at before update on public.bot_texts
  for each row execute function public.set_updated_at();

alter table public.bot_texts enable row level security;
revoke all on table public.bot_texts from anon;

create policy "Owners can read their bots' texts" on public.bot_texts
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add texts to their bots" on public.bot_texts
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' texts" on public.bot_texts
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' texts" on public.bot_texts
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

-- A new kind of objection ("not now") gets its own words; the column keeps refusing anything else.
alter table public.user_profiles drop constraint user_profiles_objection_check;
alter table public.user_profiles add constraint user_profiles_objection_check
  check (objection in ('price', 'time', 'doubt', 'tried_before', 'not_now'));
comment on column public.user_profiles.objection is 'Last objection raised: price, time, doubt, tried_before or not_now.';

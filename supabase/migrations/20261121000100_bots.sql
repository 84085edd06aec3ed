-- Bots: one row per embeddable coach an owner runs (brand voice, welcome text, theme, allowed origins,
-- model settings, budget). Everything else a bot has (steps, plans, visitors, conversations) hangs off it and
-- goes when it goes. Also the `set_updated_at` trigger function the later tables share.
--
-- Owners (auth users) manage their own bots through the Data API under RLS; visitors never touch tables
-- (the Edge Functions use the service role); the anon key gets no table privileges at all.

create function public.set_updated_at()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

comment on function public.set_updated_at() is 'Trigger: keeps updated_at current on every update.';
revoke execute on function public.set_updated_at() from public, anon, authenticated;

create table public.bots (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 100),
  welcome_message text not null default 'Hi! I''m here to help you find the right plan.'
    check (char_length(btrim(welcome_message)) between 1 and 1000),
  brand_voice text not null default '' check (char_length(brand_voice) <= 4000),
  theme jsonb not null default '{}'::jsonb check (jsonb_typeof(theme) = 'object'),
  allowed_origins text[] not null default '{}',
  handoff_message text not null default 'Thanks! A coach from our team will reply here as soon as possible.'
    check (char_length(btrim(handoff_message)) between 1 and 1000),
  llm_model text not null default 'gpt-4o-mini' check (char_length(btrim(llm_model)) between 1 and 100),
  llm_temperature numeric not null default 0.4 check (llm_temperature between 0 and 1.5),
  daily_llm_budget int not null default 200 check (daily_llm_budget >= 0),
  visitor_messages_per_minute int not null default 30 check (visitor_messages_per_minute between 1 and 1000),
  address_messages_per_minute int not null default 60 check (address_messages_per_minute between 1 and 100000),
  address_new_visitors_per_hour int not null default 20 check (address_new_visitors_per_hour between 1 and 100000),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index bots_owner_id_idx on public.bots (owner_id);

comment on table public.bots is 'A guided sales-coach chat you can embed on your site. Edit its texts, theme, allowed origins and model settings here.';
comment on column public.bots.owner_id is 'The Supabase user who owns this bot.';
comment on column public.bots.name is 'Shown in the chat header.';
comment on column public.bots.welcome_message is 'The first thing the coach says when a visitor opens the chat.';
comment on column public.bots.brand_voice is 'How the coach speaks (tone, words to use and avoid); guides model-written answers.';
comment on column public.bots.theme is 'Widget colours and shapes, e.g. {"accent":"#e4572e","radius":12}.';
comment on column public.bots.allowed_origins is 'Sites allowed to embed this bot, each scheme://host[:port] without a path, e.g. https://www.example.com.';
comment on column public.bots.handoff_message is 'What the coach says when a visitor asks for a human.';
comment on column public.bots.llm_model is 'OpenAI model for written answers (only used when an API key is set).';
comment on column public.bots.llm_temperature is 'Model temperature, 0 to 1.5.';
comment on column public.bots.daily_llm_budget is 'Model calls per day; past it the bot keeps working without the model.';
comment on column public.bots.visitor_messages_per_minute is 'Messages one visitor may send per minute; past it they are asked to slow down.';
comment on column public.bots.address_messages_per_minute is 'Messages per minute from one network address (all its visitors together).';
comment on column public.bots.address_new_visitors_per_hour is 'New chats per hour from one network address.';
comment on column public.bots.is_active is 'Off: the widget shows nothing and the API refuses new visitors.';

-- A check constraint cannot name the offending entry; the dashboard user needs to see which one is wrong.
create function public.validate_bot()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_origin text;
begin
  foreach v_origin in array new.allowed_origins loop
    if v_origin is null or v_origin !~ '^https?://[^/[:space:]]+$' then
      raise exception using
        errcode = '23514',
        message = format('bots: allowed_origins entry %s must be scheme://host[:port] with no path or trailing slash, e.g. https://www.example.com', coalesce(quote_literal(v_origin), 'null'));
    end if;
  end loop;
  return new;
end;
$$;

comment on function public.validate_bot() is 'Trigger: refuses malformed allowed_origins entries, naming the entry.';
revoke execute on function public.validate_bot() from public, anon, authenticated;

create trigger bots_validate before insert or update on public.bots
  for each row execute function public.validate_bot();
create trigger bots_set_updated_at before update on public.bots
  for each row execute function public.set_updated_at();

alter table public.bots enable row level security;
revoke all on table public.bots from anon;

create policy "Owners can read their bots" on public.bots
  for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Owners can create bots for themselves" on public.bots
  for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Owners can update their bots" on public.bots
  for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Owners can delete their bots" on public.bots
  for delete to authenticated
  using (owner_id = (select auth.uid()));

-- Plans: a bot's catalogue of offers (e.g. Shred-Spartan). The conversation ends by recommending one of them
-- as a card with a call-to-action link, so every row must be showable as it is: code = family-variant (what
-- recommend_plan computes), an ISO currency, a known billing period and an https link.

create table public.plans (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  code text not null,
  family text not null check (family ~ '^[A-Za-z0-9_]+$'),
  variant text not null check (variant ~ '^[A-Za-z0-9_]+$'),
  title text not null check (char_length(btrim(title)) between 1 and 200),
  description text not null default '' check (char_length(description) <= 4000),
  price_cents int not null check (price_cents >= 0),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  billing_period text not null default 'month'
    check (billing_period in ('day', 'week', 'month', 'quarter', 'year', 'one_time')),
  cta_label text not null check (char_length(btrim(cta_label)) between 1 and 80),
  cta_url text not null check (
    cta_url ~ '^https://[^[:space:]]+$'
    or cta_url ~ '^http://(127\.0\.0\.1|localhost)(:[0-9]+)?(/[^[:space:]]*)?$'
  ),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint plans_code_is_family_variant check (code = family || '-' || variant),
  -- Covers the foreign key bot_id (leading column) and the policies' filter on it.
  constraint plans_bot_id_code_key unique (bot_id, code)
);

comment on table public.plans is 'The plans a bot can recommend, shown as a card with a button at the end of the conversation.';
comment on column public.plans.code is 'family-variant, e.g. Shred-Spartan; must equal family || ''-'' || variant.';
comment on column public.plans.family is 'Plan family chosen by the goal, e.g. Shred (fat loss) or Beast (muscle gain).';
comment on column public.plans.variant is 'Variant chosen by support and cooking preference, e.g. Spartan or Gladiator.';
comment on column public.plans.title is 'Card title.';
comment on column public.plans.description is 'One paragraph shown on the card.';
comment on column public.plans.price_cents is 'Price in the smallest currency unit (4900 = 49.00).';
comment on column public.plans.currency is 'ISO 4217 code in capitals, e.g. USD.';
comment on column public.plans.billing_period is 'day, week, month, quarter, year or one_time.';
comment on column public.plans.cta_label is 'Text of the card''s button, e.g. Start Shred Spartan.';
comment on column public.plans.cta_url is 'Where the button goes (https; http only for 127.0.0.1 or localhost).';
comment on column public.plans.is_active is 'Off: never recommended or shown.';

create trigger plans_set_updated_at before update on public.plans
  for each row execute function public.set_updated_at();

alter table public.plans enable row level security;
revoke all on table public.plans from anon;

create policy "Owners can read their bots' plans" on public.plans
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add plans to their bots" on public.plans
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' plans" on public.plans
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' plans" on public.plans
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

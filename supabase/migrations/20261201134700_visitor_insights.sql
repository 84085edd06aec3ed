-- What the coach has learnt about a visitor, kept up to date by their turns (commit_turn writes it in the
-- turn's own transaction, from the decision; no extra round trip):
--   visitor_insights       typed rows: goal and blocker (answers to the fields the owner marks so), objection
--                          (each one raised, active until the visitor moves past it) and breakthrough (they
--                          moved past an objection, or said it clicked); one row per visitor, kind and key
--   visitor_relationships  the tone that works for this visitor (direct or gentle, brief or detailed),
--                          inferred by rules from their answers and how they write, with the counts behind it
-- Both are derived from what the visitor said, go with the visitor (erasure) and are in their export.
-- bot_fields.insight says which answers are goals or blockers.

alter table public.bot_fields add column insight text check (insight in ('goal', 'blocker'));
comment on column public.bot_fields.insight is 'What this answer tells about the visitor, for their insights and personal coach prompt: goal (what they want, or why) or blocker (what stands in their way). Empty: neither.';

create table public.visitor_insights (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  visitor_id uuid not null references public.visitors (id) on delete cascade,
  kind text not null check (kind in ('goal', 'blocker', 'objection', 'breakthrough')),
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,59}$'),
  value text check (char_length(value) <= 300),
  active boolean not null default true,
  conversation_id uuid references public.conversations (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Covers the foreign key visitor_id (leading column) and a visitor's insights.
  constraint visitor_insights_visitor_id_kind_key_key unique (visitor_id, kind, key)
);

create index visitor_insights_bot_id_idx on public.visitor_insights (bot_id);
create index visitor_insights_conversation_id_idx on public.visitor_insights (conversation_id);

comment on table public.visitor_insights is 'What the coach learnt about each visitor, kept up to date by their turns: goals, blockers, objections and breakthroughs. Written by the chat; read-only here.';
comment on column public.visitor_insights.kind is 'goal or blocker (an answer to a field marked so in bot_fields.insight), objection (price, time, doubt, tried_before, not_now), breakthrough (moved past an objection: past_<objection>; said it clicked: positive).';
comment on column public.visitor_insights.key is 'What it is about: the field key, the objection, or the breakthrough.';
comment on column public.visitor_insights.value is 'The answer, or the visitor''s own words (shortened).';
comment on column public.visitor_insights.active is 'Still true of the visitor: an objection stops being active once they move past it.';

create trigger visitor_insights_set_updated_at before update on public.visitor_insights
  for each row execute function public.set_updated_at();

alter table public.visitor_insights enable row level security;
revoke all on table public.visitor_insights from anon;
revoke insert, update, delete, truncate, references, trigger on table public.visitor_insights from authenticated;

create policy "Owners can read their bots' visitor insights" on public.visitor_insights
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create table public.visitor_relationships (
  visitor_id uuid primary key references public.visitors (id) on delete cascade,
  bot_id uuid not null references public.bots (id) on delete cascade,
  tone text check (tone in ('direct', 'gentle')),
  detail text check (detail in ('brief', 'detailed')),
  evidence jsonb not null default '{}'::jsonb check (jsonb_typeof(evidence) = 'object'),
  updated_at timestamptz not null default now()
);

create index visitor_relationships_bot_id_idx on public.visitor_relationships (bot_id);

comment on table public.visitor_relationships is 'The tone that works for each visitor, inferred from their answers and how they write; model-written replies follow it, and brief visitors get shorter acknowledgements. Written by the chat; read-only here.';
comment on column public.visitor_relationships.tone is 'direct (they ask for straight answers) or gentle (they sound unsure or worried); empty until it shows.';
comment on column public.visitor_relationships.detail is 'brief (short replies, quick replies) or detailed (long messages); empty until it shows.';
comment on column public.visitor_relationships.evidence is 'The counts the inference reads: messages, words, choices, direct and gentle cues.';

create trigger visitor_relationships_set_updated_at before update on public.visitor_relationships
  for each row execute function public.set_updated_at();

alter table public.visitor_relationships enable row level security;
revoke all on table public.visitor_relationships from anon;
revoke insert, update, delete, truncate, references, trigger on table public.visitor_relationships from authenticated;

create policy "Owners can read their bots' visitor relationships" on public.visitor_relationships
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

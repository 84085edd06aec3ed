-- A personal coach prompt per visitor, versioned: what the model is told about this visitor when it writes
-- for them (the bot's generic prompt serves until version 1 exists). Written from the visitor's answers by
-- the model when the bot has one, by a template in the bot's own words otherwise; every version keeps the
-- answers it was written from (so the next change is measured against them), why it was written, and what
-- writing it cost. Assistant messages name the version they were written with (metadata.coach_prompt_version,
-- 0 for the generic prompt).
--   coach_prompts            one row per visitor and version; owners read their bots' rows
--   write_coach_prompt       the next version, only if the caller saw the latest (a retry or a race writes
--                            nothing twice); service role only
--   coach_prompt_versions    the versions per visitor with their tokens and cost, priced by llm_prices

create table public.coach_prompts (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  visitor_id uuid not null references public.visitors (id) on delete cascade,
  version int not null check (version >= 1),
  prompt text not null check (char_length(btrim(prompt)) between 1 and 4000),
  written_by text not null check (written_by in ('model', 'template')),
  reason text not null check (char_length(reason) between 1 and 300),
  answers jsonb not null default '{}'::jsonb check (jsonb_typeof(answers) = 'object'),
  objection text,
  model text check (model is null or char_length(model) between 1 and 100),
  prompt_tokens int not null default 0 check (prompt_tokens >= 0),
  completion_tokens int not null default 0 check (completion_tokens >= 0),
  created_at timestamptz not null default now(),
  unique (visitor_id, version)
);

comment on table public.coach_prompts is 'Each visitor''s personal coach prompt, one row per version: what the model is told about them. Written by the chat function; read-only here.';
comment on column public.coach_prompts.version is 'Counts from 1 per visitor; assistant messages record the version they used (metadata.coach_prompt_version, 0 = the bot''s generic prompt).';
comment on column public.coach_prompts.written_by is 'model (your bot''s model wrote it) or template (written from the answers without a model).';
comment on column public.coach_prompts.reason is 'Why this version was written: the guided questions were done, or what changed in the visitor''s profile.';
comment on column public.coach_prompts.answers is 'The visitor''s answers this version was written from.';
comment on column public.coach_prompts.prompt_tokens is 'Tokens the model read to write it (0 for a template).';

create index coach_prompts_bot_id_idx on public.coach_prompts (bot_id);

alter table public.coach_prompts enable row level security;
revoke all on table public.coach_prompts from anon;
revoke insert, update, delete, truncate, references, trigger on table public.coach_prompts from authenticated;

create policy "Owners can read their bots' coach prompts" on public.coach_prompts
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create function public.write_coach_prompt(
  p_bot_id uuid,
  p_visitor_id uuid,
  p_based_on int,
  p_prompt text,
  p_written_by text,
  p_reason text,
  p_answers jsonb,
  p_objection text default null,
  p_model text default null,
  p_prompt_tokens int default 0,
  p_completion_tokens int default 0
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_latest int;
  v_row public.coach_prompts;
begin
  if p_based_on is null or p_based_on < 0 then
    raise exception using errcode = '22023', message = 'based_on must be the latest version seen (0 for none)';
  end if;
  if not exists (select 1 from public.visitors v where v.id = p_visitor_id and v.bot_id = p_bot_id) then
    raise exception using errcode = '22023', message = 'no such visitor of this bot';
  end if;
  select coalesce(max(cp.version), 0) into v_latest from public.coach_prompts cp where cp.visitor_id = p_visitor_id;
  if v_latest <> p_based_on then
    -- Someone wrote a version since (another turn, or this call's first attempt): keep theirs.
    return jsonb_build_object('written', false, 'version', v_latest);
  end if;
  insert into public.coach_prompts (bot_id, visitor_id, version, prompt, written_by, reason, answers, objection, model, prompt_tokens, completion_tokens)
  values (p_bot_id, p_visitor_id, p_based_on + 1, btrim(p_prompt), p_written_by, p_reason, coalesce(p_answers, '{}'::jsonb), p_objection,
    p_model, coalesce(p_prompt_tokens, 0), coalesce(p_completion_tokens, 0))
  on conflict (visitor_id, version) do nothing
  returning * into v_row;
  if v_row.id is null then
    return jsonb_build_object('written', false, 'version', p_based_on + 1);
  end if;
  return jsonb_build_object('written', true, 'version', v_row.version);
end;
$$;

comment on function public.write_coach_prompt(uuid, uuid, int, text, text, text, jsonb, text, text, int, int) is
  'Writes a visitor''s next personal coach prompt version, only when based_on is still their latest (else nothing; {written, version}). Service role only.';
revoke execute on function public.write_coach_prompt(uuid, uuid, int, text, text, text, jsonb, text, text, int, int) from public, anon, authenticated;
grant execute on function public.write_coach_prompt(uuid, uuid, int, text, text, text, jsonb, text, text, int, int) to service_role;

-- Cost: the price of the longest model name the answering model starts with ("gpt-4o-mini" prices
-- "gpt-4o-mini-2024-07-18"); no price, no cost rather than a wrong one. Templates cost nothing.
create view public.coach_prompt_versions with (security_invoker = true) as
select
  cp.bot_id,
  cp.visitor_id,
  cp.version,
  cp.written_by,
  cp.reason,
  cp.created_at,
  cp.model,
  cp.prompt_tokens,
  cp.completion_tokens,
  case
    when cp.written_by = 'template' then 0::numeric
    else round((cp.prompt_tokens * price.prompt_usd_per_million + cp.completion_tokens * price.completion_usd_per_million) / 1000000, 6)
  end as cost_usd
from public.coach_prompts cp
left join lateral (
  select p.prompt_usd_per_million, p.completion_usd_per_million
  from public.llm_prices p
  where cp.model is not null and starts_with(cp.model, p.model)
  order by char_length(p.model) desc
  limit 1
) price on true;

comment on view public.coach_prompt_versions is 'Each visitor''s personal coach prompt versions: why each was written, by the model or a template, and what it cost (tokens, and US dollars priced by llm_prices).';
revoke all on public.coach_prompt_versions from anon;
revoke insert, update, delete, truncate, references, trigger on public.coach_prompt_versions from authenticated;
create trigger refuse_writes instead of insert or update or delete on public.coach_prompt_versions
  for each row execute function public.refuse_view_write();

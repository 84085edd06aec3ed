-- Words an owner's visitors use for what the knowledge says another way: "warm up" for "reheat", "ways to pay"
-- for "payment", a city for the country the FAQ names. One row per pair, either way round: rag_search
-- expands a question that contains one side with the other. Owners add rows in the dashboard; `npm run
-- ingest` also loads a `synonyms.csv` (term,synonym) from a knowledge folder, tagged with it as `source`
-- so the next run replaces what the file said without touching rows added by hand.

create table public.knowledge_synonyms (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  term text not null check (char_length(btrim(term)) between 1 and 100),
  synonym text not null check (char_length(btrim(synonym)) between 1 and 100),
  source text check (source is null or char_length(btrim(source)) between 1 and 500),
  created_at timestamptz not null default now()
);

-- Leads with bot_id: serves the foreign key, the owners' policies and rag_search.
create unique index knowledge_synonyms_pair_idx on public.knowledge_synonyms (bot_id, lower(term), lower(synonym));

comment on table public.knowledge_synonyms is 'Words your visitors use for words your knowledge uses, e.g. term "warm up", synonym "reheat". Works both ways round; a question with either finds passages with the other.';
comment on column public.knowledge_synonyms.term is 'A word or phrase visitors say (1 to 100 characters), e.g. "ways to pay" or "Toronto".';
comment on column public.knowledge_synonyms.synonym is 'What your knowledge calls it, e.g. "payment" or "Canada".';
comment on column public.knowledge_synonyms.source is 'The synonyms file this row came from (npm run ingest replaces its rows on the next run); empty for rows added by hand.';

alter table public.knowledge_synonyms enable row level security;
revoke all on table public.knowledge_synonyms from anon;

create policy "Owners can read their bots' synonyms" on public.knowledge_synonyms
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add synonyms to their bots" on public.knowledge_synonyms
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' synonyms" on public.knowledge_synonyms
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' synonyms" on public.knowledge_synonyms
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create function public.replace_knowledge_synonyms(p_bot_id uuid, p_source text, p_pairs jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_bad int;
  v_removed int;
  v_added int;
begin
  if p_source is null or char_length(btrim(p_source)) not between 1 and 500 then
    raise exception using errcode = '22023', message = 'replace_knowledge_synonyms: source must be 1 to 500 characters';
  end if;
  if p_pairs is null or jsonb_typeof(p_pairs) <> 'array' or jsonb_array_length(p_pairs) > 5000 then
    raise exception using errcode = '22023', message = 'replace_knowledge_synonyms: pairs must be a JSON array of at most 5000 {term, synonym}';
  end if;
  -- Another owner's bot is "not found" (RLS hides it): a 404 from PostgREST, code P0002, as upsert_rag_chunks.
  if p_bot_id is null or not exists (select 1 from public.bots b where b.id = p_bot_id) then
    raise sqlstate 'PGRST' using
      message = json_build_object('code', 'P0002',
        'message', format('replace_knowledge_synonyms: bot %s not found', coalesce(p_bot_id::text, 'null')))::text,
      detail = json_build_object('status', 404, 'headers', json_build_object())::text;
  end if;
  select min(p.i) - 1 into v_bad from jsonb_array_elements(p_pairs) with ordinality p(value, i)
  where jsonb_typeof(p.value -> 'term') is distinct from 'string' or jsonb_typeof(p.value -> 'synonym') is distinct from 'string'
    or char_length(btrim(p.value ->> 'term')) not between 1 and 100 or char_length(btrim(p.value ->> 'synonym')) not between 1 and 100;
  if v_bad is not null then
    raise exception using errcode = '22023', message = format(
      'replace_knowledge_synonyms: pair %s must be {term, synonym}, each 1 to 100 characters', v_bad);
  end if;

  delete from public.knowledge_synonyms s where s.bot_id = p_bot_id and s.source = p_source;
  get diagnostics v_removed = row_count;
  insert into public.knowledge_synonyms (bot_id, term, synonym, source)
  select distinct on (lower(btrim(p.value ->> 'term')), lower(btrim(p.value ->> 'synonym')))
    p_bot_id, btrim(p.value ->> 'term'), btrim(p.value ->> 'synonym'), p_source
  from jsonb_array_elements(p_pairs) p
  on conflict do nothing;
  get diagnostics v_added = row_count;
  return jsonb_build_object('added', v_added, 'removed', v_removed);
end;
$$;

comment on function public.replace_knowledge_synonyms(uuid, text, jsonb) is
  'Ingestion: replaces the synonyms that came from one file (p_source) with p_pairs [{term, synonym}]; rows added by hand and pairs that already exist are kept. Returns {added, removed}. Idempotent and atomic. Service role, or an owner for their own bots (RLS); another owner''s bot raises P0002.';
revoke execute on function public.replace_knowledge_synonyms(uuid, text, jsonb) from public, anon;
grant execute on function public.replace_knowledge_synonyms(uuid, text, jsonb) to authenticated, service_role;

-- Knowledge: `rag_documents`, one row per chunk of an owner's documents (FAQ, meal plans, testimonials, brand
-- voice), with a generated full-text column and an optional OpenAI embedding (pgvector), so the coach can
-- answer off-route questions from the owner's own words. Chunks are written by ingestion (the `ingest`
-- function or `npm run ingest`), keyed by (bot, source document, chunk index) with a content hash, so
-- re-ingesting unchanged text writes nothing.
--
-- Owners manage their bots' documents under RLS; visitors reach them only through the functions (service
-- role); the anon key gets nothing. No personal data belongs here: ingestion refuses or redacts it.

create extension if not exists vector with schema extensions;
-- The platform revoked the default EXECUTE-to-PUBLIC on new functions (20261121000000), which also covers the
-- extension's own functions (the distance operators): let the API roles that search use them, as on hosted
-- Supabase.
grant execute on all functions in schema extensions to authenticated, service_role;

create table public.rag_documents (
  id uuid primary key default gen_random_uuid(),
  bot_id uuid not null references public.bots (id) on delete cascade,
  content text not null check (char_length(btrim(content)) between 1 and 20000),
  embedding extensions.vector(1536),
  -- The first paragraph is the heading path ("FAQ › Shipping › Do you ship to Canada?"): weighted A, so a
  -- question that matches a chunk's own heading ranks it above chunks that only mention the words.
  fts tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, split_part(content, E'\n\n', 1)), 'A')
    || setweight(to_tsvector('english'::regconfig, substr(content, char_length(split_part(content, E'\n\n', 1)) + 1)), 'D')
  ) stored,
  category text not null check (category in ('faq', 'meal_plans', 'testimonials', 'brand_voice')),
  metadata jsonb not null default '{}'::jsonb,
  source text not null check (char_length(btrim(source)) between 1 and 500),
  chunk_index int not null check (chunk_index between 0 and 9999),
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  token_count int check (token_count >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (bot_id, source, chunk_index)
);

-- The unique key's index leads with bot_id, so it serves the foreign key and the owners' policies too.
create index rag_documents_bot_id_category_idx on public.rag_documents (bot_id, category);
create index rag_documents_fts_idx on public.rag_documents using gin (fts);
create index rag_documents_metadata_idx on public.rag_documents using gin (metadata jsonb_path_ops);
-- Cosine distance, as OpenAI's embeddings are normalised. Built while the table is empty; a bulk load into a
-- big table is faster with the index dropped and rebuilt afterwards (shared/STACK.md).
create index rag_documents_embedding_idx on public.rag_documents
  using hnsw (embedding extensions.vector_cosine_ops);

comment on table public.rag_documents is 'Your bot''s knowledge, one row per chunk of a document. Filled by ingestion (npm run ingest or the ingest function); edit the source documents and ingest again rather than editing rows.';
comment on column public.rag_documents.bot_id is 'The bot whose coach may quote this chunk.';
comment on column public.rag_documents.content is 'The chunk''s text, starting with its heading path (e.g. "FAQ › Shipping").';
comment on column public.rag_documents.embedding is 'OpenAI text-embedding-3-small vector (1536 dims); empty until embedded (npm run ingest -- --embed-missing).';
comment on column public.rag_documents.fts is 'Full-text search vector (English), generated from content; the heading path line weighs most.';
comment on column public.rag_documents.category is 'faq, meal_plans, testimonials or brand_voice: the coach searches the category a question calls for.';
comment on column public.rag_documents.metadata is 'Tags for filtering: goal (fat_loss, muscle_gain, recomp), gender (male, female, nonbinary, prefer_not), age_bracket (18-24, 25-34, 35-44, 45-54, 55+), cuisine, tone_anchor, title, heading.';
comment on column public.rag_documents.source is 'The document this chunk came from (path or name); re-ingesting it replaces its chunks.';
comment on column public.rag_documents.chunk_index is 'Position of the chunk in its document, from 0.';
comment on column public.rag_documents.content_hash is 'SHA-256 of the normalised text, category and metadata: unchanged chunks are skipped on re-ingestion.';
comment on column public.rag_documents.token_count is 'Estimated tokens (characters / 4), for cost estimates.';

-- A check constraint cannot name the offending key; the owner needs to see which tag is wrong.
create function public.validate_rag_document()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_key text;
  v_value jsonb;
begin
  if jsonb_typeof(new.metadata) <> 'object' then
    raise exception using errcode = '23514', message = 'rag_documents: metadata must be a JSON object';
  end if;
  for v_key, v_value in select key, value from jsonb_each(new.metadata) loop
    if v_key not in ('goal', 'gender', 'age_bracket', 'cuisine', 'tone_anchor', 'title', 'heading') then
      raise exception using errcode = '23514', message = format(
        'rag_documents: metadata key %s is not one of goal, gender, age_bracket, cuisine, tone_anchor, title, heading', quote_literal(v_key));
    end if;
    if jsonb_typeof(v_value) <> 'string' or char_length(v_value #>> '{}') not between 1 and 200 then
      raise exception using errcode = '23514', message = format(
        'rag_documents: metadata %s must be a text of 1 to 200 characters', v_key);
    end if;
    if (v_key = 'goal' and v_value #>> '{}' not in ('fat_loss', 'muscle_gain', 'recomp'))
      or (v_key = 'gender' and v_value #>> '{}' not in ('male', 'female', 'nonbinary', 'prefer_not'))
      or (v_key = 'age_bracket' and v_value #>> '{}' not in ('18-24', '25-34', '35-44', '45-54', '55+')) then
      raise exception using errcode = '23514', message = format(
        'rag_documents: metadata %s has the value %s, which is not allowed (see the column comment)', v_key, v_value #>> '{}');
    end if;
  end loop;
  return new;
end;
$$;

comment on function public.validate_rag_document() is 'Trigger: refuses unknown metadata keys and out-of-vocabulary tag values, naming them.';
revoke execute on function public.validate_rag_document() from public, anon, authenticated;

create trigger rag_documents_validate before insert or update on public.rag_documents
  for each row execute function public.validate_rag_document();
create trigger rag_documents_set_updated_at before update on public.rag_documents
  for each row execute function public.set_updated_at();

alter table public.rag_documents enable row level security;
revoke all on table public.rag_documents from anon;

create policy "Owners can read their bots' documents" on public.rag_documents
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can add documents to their bots" on public.rag_documents
  for insert to authenticated
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can update their bots' documents" on public.rag_documents
  for update to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())))
  with check (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create policy "Owners can delete their bots' documents" on public.rag_documents
  for delete to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

-- The vocabulary of each bot's knowledge: every lexeme its chunks contain and in how many chunks. rag_search
-- reads it for two things: how rare a word of the question is (inverse document frequency, one index
-- lookup instead of counting matches per query) and, for a word the knowledge never uses, which of its
-- words the visitor probably meant: one it is the start of ("veg" -> vegan) or a near spelling ("canda" ->
-- canada), found with pg_trgm's trigram similarity (PGlite ships pg_trgm, as hosted Supabase does).
--
-- Kept by statement-level triggers on rag_documents with transition tables, so one ingestion statement
-- updates the counts once, whichever way the chunks were written (the RPCs, the dashboard, SQL).

create extension if not exists pg_trgm with schema extensions;
grant execute on all functions in schema extensions to authenticated, service_role;

create table public.rag_terms (
  bot_id uuid not null references public.bots (id) on delete cascade,
  lexeme text not null,
  documents int not null check (documents >= 0),
  primary key (bot_id, lexeme)
);

create index rag_terms_lexeme_trgm_idx on public.rag_terms using gin (lexeme extensions.gin_trgm_ops);
-- Byte order, for the longer words a known word starts (a range scan whatever the database's collation).
create index rag_terms_prefix_idx on public.rag_terms (bot_id, (lexeme collate "C"));

comment on table public.rag_terms is 'The words of your bot''s knowledge (stemmed) and how many chunks hold each; kept up to date by ingestion. Read-only: used to weigh rare words and to correct misspellings in questions.';
comment on column public.rag_terms.lexeme is 'A stemmed word as full-text search stores it ("delivery" -> "deliveri").';
comment on column public.rag_terms.documents is 'How many of the bot''s chunks contain it.';

alter table public.rag_terms enable row level security;
revoke all on table public.rag_terms from anon;
revoke insert, update, delete on table public.rag_terms from authenticated;

create policy "Owners can read their bots' vocabulary" on public.rag_terms
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create function public.rag_terms_count()
returns trigger
language plpgsql
-- Definer: an owner writing their documents under RLS has no write access to the vocabulary, which must
-- follow every write all the same. It only adds and removes counts for the rows the statement changed.
security definer
set search_path = ''
as $$
declare
  v_bots uuid[];
  v_lexemes text[];
  v_deltas int[];
begin
  if tg_op = 'INSERT' then
    select array_agg(bot_id order by bot_id, lexeme), array_agg(lexeme order by bot_id, lexeme), array_agg(n order by bot_id, lexeme)
      into v_bots, v_lexemes, v_deltas
      from (select r.bot_id, l as lexeme, count(*)::int as n from new_rows r cross join lateral unnest(tsvector_to_array(r.fts)) l group by 1, 2) x;
  elsif tg_op = 'DELETE' then
    select array_agg(bot_id order by bot_id, lexeme), array_agg(lexeme order by bot_id, lexeme), array_agg(n order by bot_id, lexeme)
      into v_bots, v_lexemes, v_deltas
      from (select r.bot_id, l as lexeme, -count(*)::int as n from old_rows r cross join lateral unnest(tsvector_to_array(r.fts)) l group by 1, 2) x;
  else
    select array_agg(bot_id order by bot_id, lexeme), array_agg(lexeme order by bot_id, lexeme), array_agg(n order by bot_id, lexeme)
      into v_bots, v_lexemes, v_deltas
      from (
        select bot_id, lexeme, sum(n)::int as n from (
          select r.bot_id, l as lexeme, 1 as n from new_rows r cross join lateral unnest(tsvector_to_array(r.fts)) l
          union all
          select r.bot_id, l, -1 from old_rows r cross join lateral unnest(tsvector_to_array(r.fts)) l
        ) u group by 1, 2 having sum(n) <> 0
      ) x;
  end if;
  if v_bots is null then
    return null;
  end if;

  insert into public.rag_terms as t (bot_id, lexeme, documents)
  select d.bot_id, d.lexeme, d.n from unnest(v_bots, v_lexemes, v_deltas) d(bot_id, lexeme, n) where d.n > 0
  on conflict (bot_id, lexeme) do update set documents = t.documents + excluded.documents;
  update public.rag_terms t set documents = greatest(t.documents + d.n, 0)
  from unnest(v_bots, v_lexemes, v_deltas) d(bot_id, lexeme, n)
  where d.n < 0 and t.bot_id = d.bot_id and t.lexeme = d.lexeme;
  delete from public.rag_terms t
  using unnest(v_bots, v_lexemes, v_deltas) d(bot_id, lexeme, n)
  where d.n < 0 and t.bot_id = d.bot_id and t.lexeme = d.lexeme and t.documents = 0;
  return null;
end;
$$;

comment on function public.rag_terms_count() is 'Trigger: keeps rag_terms'' counts in step with the rows a statement inserted, updated or deleted in rag_documents. Security definer (owners cannot write rag_terms); not callable through the API.';
revoke execute on function public.rag_terms_count() from public, anon, authenticated;

-- One trigger per event: Postgres allows transition tables only on single-event triggers.
create trigger rag_terms_on_insert after insert on public.rag_documents
  referencing new table as new_rows for each statement execute function public.rag_terms_count();
create trigger rag_terms_on_update after update on public.rag_documents
  referencing old table as old_rows new table as new_rows for each statement execute function public.rag_terms_count();
create trigger rag_terms_on_delete after delete on public.rag_documents
  referencing old table as old_rows for each statement execute function public.rag_terms_count();

insert into public.rag_terms (bot_id, lexeme, documents)
select d.bot_id, l, count(*) from public.rag_documents d cross join lateral unnest(tsvector_to_array(d.fts)) l group by 1, 2;

-- After a bulk load the vocabulary needs fresh planner statistics as much as the chunks do: without them the
-- local stack (no autovacuum) plans rag_search's vocabulary lookups blind, about a third slower.
create or replace function public.rag_set_embedding_index(p_enabled boolean)
returns jsonb
language plpgsql
-- Definer: DDL needs the table's owner, and the service role is not. Execute is for the service role only.
security definer
set search_path = ''
as $$
declare
  v_started timestamptz := clock_timestamp();
begin
  if p_enabled is null then
    raise exception using errcode = '22023', message = 'rag_set_embedding_index: enabled must be true or false';
  end if;
  if p_enabled then
    create index if not exists rag_documents_embedding_idx on public.rag_documents
      using hnsw (embedding extensions.vector_cosine_ops);
    analyze public.rag_documents;
    analyze public.rag_terms;
  else
    drop index if exists public.rag_documents_embedding_idx;
  end if;
  return jsonb_build_object(
    'enabled', exists (select 1 from pg_catalog.pg_indexes where schemaname = 'public' and indexname = 'rag_documents_embedding_idx'),
    'ms', round(extract(epoch from clock_timestamp() - v_started) * 1000));
end;
$$;

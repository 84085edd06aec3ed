-- Bulk loads of knowledge: inserting thousands of embedded chunks into the HNSW-indexed table is several times
-- slower than loading first and building the index afterwards (shared/STACK.md: 10k vectors, 30 s to insert
-- and 71 s to index; with the index in place, 28 chunks/s through the Data API). This lets the service role
-- take the embedding index down for a bulk load and build it again after.

create function public.rag_set_embedding_index(p_enabled boolean)
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
    -- Fresh statistics after a bulk load, so the planner picks the full-text and bot indexes (the local
    -- stack has no autovacuum; hosted Postgres would get there by itself, later).
    analyze public.rag_documents;
  else
    drop index if exists public.rag_documents_embedding_idx;
  end if;
  return jsonb_build_object(
    'enabled', exists (select 1 from pg_catalog.pg_indexes where schemaname = 'public' and indexname = 'rag_documents_embedding_idx'),
    'ms', round(extract(epoch from clock_timestamp() - v_started) * 1000));
end;
$$;

comment on function public.rag_set_embedding_index(boolean) is
  'Bulk loads: false drops the HNSW index on rag_documents.embedding, true builds it (again) and refreshes the table''s planner statistics; returns {enabled, ms}. Vector search still works without it, only slower. Idempotent. Security definer (DDL needs the table owner); service role only.';
revoke execute on function public.rag_set_embedding_index(boolean) from public, anon, authenticated;
grant execute on function public.rag_set_embedding_index(boolean) to service_role;

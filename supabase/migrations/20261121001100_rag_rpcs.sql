-- The knowledge RPCs: `rag_search` (hybrid vector + full-text search with calibrated scores) and the
-- ingestion writes (`upsert_rag_chunks`, `delete_rag_source`, `rag_sources`, `set_rag_embeddings`).
--
-- All are security invoker: the functions call them with the service role; an owner may call them with
-- their own JWT and RLS limits them to their own bots. The anon key may call none of them.
-- Written in plpgsql: a `language sql` search gets inlined under PostgREST and misses the HNSW index
-- (shared/STACK.md).

create function public.rag_search(
  p_bot_id uuid,
  p_query text,
  p_category text default null,
  p_filters jsonb default null,
  p_top_k int default 5,
  p_min_score float default 0.75,
  p_query_embedding extensions.vector(1536) default null
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_lexemes text[];
  v_queries tsquery[];
  v_weights float[];
  v_total float;
  v_any tsquery;
  v_docs bigint;
  v_pool int := p_top_k * 4;
  v_result jsonb;
  -- English stems of words that carry no topic in a visitor's question.
  v_filler constant text[] := array['get', 'much', 'mani', 'work', 'need', 'want', 'like', 'know', 'tell', 'pleas',
    'thank', 'thx', 'realli', 'actual', 'someth', 'thing', 'go', 'make', 'way', 'would', 'could', 'also', 'hi',
    'hello', 'hey', 'ok', 'okay', 'yes', 'im', 'dont', 'lot', 'kind', 'sort', 'good', 'possibl', 'abl', 'question',
    'wonder', 'ask', 'curious', 'guy', 'anyon', 'say', 'let'];
begin
  if p_bot_id is null then
    raise exception using errcode = '22023', message = 'rag_search: bot_id is required';
  end if;
  if p_query is null or btrim(p_query) = '' or char_length(p_query) > 1000 then
    raise exception using errcode = '22023', message = 'rag_search: query must be 1 to 1000 characters';
  end if;
  if p_top_k is null or p_top_k not between 1 and 50 then
    raise exception using errcode = '22023', message = 'rag_search: top_k must be between 1 and 50';
  end if;
  if p_min_score is null or p_min_score not between 0 and 1 or p_min_score = 'NaN'::float then
    raise exception using errcode = '22023', message = 'rag_search: min_score must be between 0 and 1';
  end if;
  if p_category is not null and p_category not in ('faq', 'meal_plans', 'testimonials', 'brand_voice') then
    raise exception using errcode = '22023', message = 'rag_search: category must be faq, meal_plans, testimonials or brand_voice';
  end if;
  if p_filters is not null and jsonb_typeof(p_filters) <> 'object' then
    raise exception using errcode = '22023', message = 'rag_search: filters must be a JSON object, e.g. {"goal": "fat_loss"}';
  end if;

  -- The query's distinct English lexemes (stop words dropped), each weighted by its inverse document
  -- frequency in this bot's knowledge: "ship" and "canada" matter, "much" and "get" barely do, and a word
  -- the corpus never uses ("france") weighs most, so a query about something else scores low.
  select array_agg(l), array_agg(quote_literal(l)::tsquery)
    into v_lexemes, v_queries
    from (
      select l from unnest(tsvector_to_array(to_tsvector('english'::regconfig, p_query))) l
      where l !~ '\\' and char_length(l) > 1
        -- Conversational filler says nothing about the topic ("can you tell me", "does that work"), unless
        -- the question is nothing but filler.
        and (not l = any (v_filler) or not exists (
          select 1 from unnest(tsvector_to_array(to_tsvector('english'::regconfig, p_query))) o
          where char_length(o) > 1 and not o = any (v_filler)))
      limit 32
    ) q;
  if v_lexemes is not null then
    select count(*) into v_docs from public.rag_documents d where d.bot_id = p_bot_id;
    -- Document frequencies are counted up to 1,000: past that a word is common anyway, and the count stays
    -- cheap in a big knowledge base.
    select array_agg(ln((v_docs + 1)::float / (greatest(df, 1) + 0.5)) order by i), sum(ln((v_docs + 1)::float / (greatest(df, 1) + 0.5)))
      into v_weights, v_total
      from (
        select i, (select count(*) from (
            select 1 from public.rag_documents d where d.bot_id = p_bot_id and d.fts @@ v_queries[i] limit 1000
          ) m) df
        from generate_subscripts(v_queries, 1) i
      ) f;
    select string_agg(quote_literal(l), ' | ')::tsquery into v_any from unnest(v_lexemes) l;
  end if;

  if p_query_embedding is not null then
    -- pgvector >= 0.8: keep scanning the HNSW graph until enough rows pass the bot/category filters.
    perform set_config('hnsw.iterative_scan', 'relaxed_order', true);
  end if;

  with fts_hits as (
    select d.id, sum(q.w) / v_total as coverage, max(d.rank) as rank
    from (
      -- The best 200 matches by rank are scored; in a big knowledge base a common word matches thousands.
      select d.id, d.fts, ts_rank_cd(d.fts, v_any, 1) as rank
      from public.rag_documents d
      where v_any is not null
        and d.bot_id = p_bot_id
        and d.fts @@ v_any
        and (p_category is null or d.category = p_category)
        and (p_filters is null or d.metadata @> p_filters)
      order by rank desc
      limit greatest(200, v_pool * 10)
    ) d
    join unnest(v_queries, v_weights) as q(tsq, w) on d.fts @@ q.tsq
    group by d.id
  ),
  fts_ranked as (
    -- Coverage is absolute (how much of the query a chunk answers); ts_rank_cd against the best hit only
    -- breaks ties between chunks that cover the same words.
    select s.id, s.score, row_number() over (order by s.score desc, s.id) as rank
    from (
      select h.id,
        power(h.coverage, 1.0 / 3) * (0.9 + 0.1 * coalesce(h.rank / nullif(max(h.rank) over (), 0), 1)) as score
      from fts_hits h
    ) s
    order by rank
    limit v_pool
  ),
  vec_hits as (
    -- Ordered by the distance operator with a limit, so the planner walks the HNSW index.
    select d.id, d.embedding operator(extensions.<=>) p_query_embedding as distance
    from public.rag_documents d
    where p_query_embedding is not null
      and d.bot_id = p_bot_id
      and d.embedding is not null
      and (p_category is null or d.category = p_category)
      and (p_filters is null or d.metadata @> p_filters)
    order by d.embedding operator(extensions.<=>) p_query_embedding
    limit v_pool
  ),
  vec_ranked as (
    -- Cosine similarity calibrated for text-embedding-3-small (related question/passage pairs sit around
    -- 0.45-0.7, unrelated ones below 0.2): (similarity - 0.1) / 0.5, clamped to 0..1.
    select v.id, least(1, greatest(0, ((1 - v.distance) - 0.1) / 0.5)) as score,
      row_number() over (order by v.distance, v.id) as rank
    from vec_hits v
  ),
  fused as (
    -- Reciprocal rank fusion (k = 60) orders; the score is the strongest path's calibrated evidence.
    select coalesce(f.id, v.id) as id,
      coalesce(1.0 / (60 + f.rank), 0) + coalesce(1.0 / (60 + v.rank), 0) as rrf,
      greatest(coalesce(f.score, 0), coalesce(v.score, 0)) as score
    from fts_ranked f full join vec_ranked v on v.id = f.id
  ),
  best as (
    select f.id, f.score, f.rrf from fused f
    where f.score >= p_min_score
    order by f.rrf desc, f.score desc, f.id
    limit p_top_k
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', d.id,
      'content', d.content,
      'score', round(b.score::numeric, 4),
      'category', d.category,
      'metadata', d.metadata,
      'source', d.source,
      'chunk_index', d.chunk_index
    ) order by b.rrf desc, b.score desc, b.id), '[]'::jsonb)
    into v_result
    from best b join public.rag_documents d on d.id = b.id;
  return v_result;
end;
$$;

comment on function public.rag_search(uuid, text, text, jsonb, int, float, extensions.vector) is
$c$Searches a bot's knowledge; returns [{id, content, score, category, metadata, source, chunk_index}], best first, [] when nothing is relevant enough.
Filters: the bot (always), category (optional), metadata containment (p_filters, e.g. {"goal":"fat_loss"}).
Scores are 0..1 on every path, so p_min_score (default 0.75) means the same thing with or without embeddings:
- full text (always): the query's English lexemes (stop words and conversational filler such as "tell", "work", "much" dropped) are OR-ed, since natural questions rarely contain every word of the answer; coverage = the share of those lexemes, weighted by inverse document frequency in this bot's knowledge (a word the knowledge never uses weighs like the rarest one), that the chunk contains; score = coverage^(1/3) x (0.9 + 0.1 x ts_rank_cd relative to the best hit; the heading line weighs most). 0.75 ~ a chunk holding over 40% of the query's information; a query about something the knowledge never mentions matches nothing and returns [].
- vector (when p_query_embedding is given): cosine similarity s calibrated for text-embedding-3-small, (s - 0.1) / 0.5 clamped to 0..1 (s = 0.475 -> 0.75).
- hybrid (both): results ordered by reciprocal rank fusion (k = 60) of the two rankings; a result's score is the higher of its two path scores.
Security invoker: service role (the functions) or an owner for their own bots through RLS. Not for anon.$c$;
revoke execute on function public.rag_search(uuid, text, text, jsonb, int, float, extensions.vector) from public, anon;
grant execute on function public.rag_search(uuid, text, text, jsonb, int, float, extensions.vector) to authenticated, service_role;

-- Ingestion writes one document at a time, atomically: its chunks in order, unchanged ones skipped.
create function public.upsert_rag_chunks(p_bot_id uuid, p_source text, p_chunks jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_count int;
  v_chunk jsonb;
  v_added int := 0;
  v_updated int := 0;
  v_skipped int := 0;
  v_removed int := 0;
  v_existing record;
  v_index int := 0;
begin
  if p_source is null or btrim(p_source) = '' or char_length(p_source) > 500 then
    raise exception using errcode = '22023', message = 'upsert_rag_chunks: source must be 1 to 500 characters';
  end if;
  if p_chunks is null or jsonb_typeof(p_chunks) <> 'array' then
    raise exception using errcode = '22023', message = 'upsert_rag_chunks: chunks must be a JSON array';
  end if;
  v_count := jsonb_array_length(p_chunks);
  if v_count > 2000 then
    raise exception using errcode = '22023', message = 'upsert_rag_chunks: at most 2000 chunks per document';
  end if;
  -- Under RLS an owner sees only their own bots: another owner's bot is "not found", never written.
  if p_bot_id is null or not exists (select 1 from public.bots b where b.id = p_bot_id) then
    raise exception using errcode = 'P0002', message = format('upsert_rag_chunks: bot %s not found', coalesce(p_bot_id::text, 'null'));
  end if;

  for v_chunk in select value from jsonb_array_elements(p_chunks) loop
    if jsonb_typeof(v_chunk) <> 'object' or jsonb_typeof(v_chunk -> 'content') <> 'string'
      or jsonb_typeof(v_chunk -> 'content_hash') <> 'string' or jsonb_typeof(v_chunk -> 'category') <> 'string' then
      raise exception using errcode = '22023', message = format(
        'upsert_rag_chunks: chunk %s must be an object with content, content_hash and category', v_index);
    end if;
    select d.id, d.content_hash, d.embedding is null as unembedded into v_existing
      from public.rag_documents d
      where d.bot_id = p_bot_id and d.source = p_source and d.chunk_index = v_index;
    if v_existing.id is null then
      insert into public.rag_documents (bot_id, source, chunk_index, content, content_hash, category, metadata, token_count, embedding)
      values (p_bot_id, p_source, v_index, v_chunk ->> 'content', v_chunk ->> 'content_hash', v_chunk ->> 'category',
        coalesce(v_chunk -> 'metadata', '{}'::jsonb), (v_chunk ->> 'token_count')::int,
        (v_chunk ->> 'embedding')::extensions.vector);
      v_added := v_added + 1;
    elsif v_existing.content_hash is distinct from v_chunk ->> 'content_hash' then
      -- Changed text: the old embedding is stale, so it goes unless a new one came with the chunk.
      update public.rag_documents d set
        content = v_chunk ->> 'content', content_hash = v_chunk ->> 'content_hash', category = v_chunk ->> 'category',
        metadata = coalesce(v_chunk -> 'metadata', '{}'::jsonb), token_count = (v_chunk ->> 'token_count')::int,
        embedding = (v_chunk ->> 'embedding')::extensions.vector
      where d.id = v_existing.id;
      v_updated := v_updated + 1;
    else
      if v_existing.unembedded and v_chunk ? 'embedding' and jsonb_typeof(v_chunk -> 'embedding') <> 'null' then
        update public.rag_documents d set embedding = (v_chunk ->> 'embedding')::extensions.vector where d.id = v_existing.id;
      end if;
      v_skipped := v_skipped + 1;
    end if;
    v_index := v_index + 1;
  end loop;

  delete from public.rag_documents d
    where d.bot_id = p_bot_id and d.source = p_source and d.chunk_index >= v_count;
  get diagnostics v_removed = row_count;

  return jsonb_build_object('added', v_added, 'updated', v_updated, 'skipped', v_skipped, 'removed', v_removed);
end;
$$;

comment on function public.upsert_rag_chunks(uuid, text, jsonb) is
  'Ingestion: writes one document''s chunks [{content, content_hash, category, metadata?, token_count?, embedding?}] by position, skipping chunks whose hash is unchanged and deleting chunks past the new count; returns {added, updated, skipped, removed}. Idempotent and atomic. Service role, or an owner for their own bots (RLS); another owner''s bot raises P0002.';
revoke execute on function public.upsert_rag_chunks(uuid, text, jsonb) from public, anon;
grant execute on function public.upsert_rag_chunks(uuid, text, jsonb) to authenticated, service_role;

create function public.delete_rag_source(p_bot_id uuid, p_source text)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_removed int;
begin
  if p_source is null or btrim(p_source) = '' then
    raise exception using errcode = '22023', message = 'delete_rag_source: source is required';
  end if;
  delete from public.rag_documents d where d.bot_id = p_bot_id and d.source = p_source;
  get diagnostics v_removed = row_count;
  return jsonb_build_object('removed', v_removed);
end;
$$;

comment on function public.delete_rag_source(uuid, text) is
  'Ingestion: deletes every chunk of one source document of a bot; returns {removed}. Idempotent. Service role or the bot''s owner (RLS).';
revoke execute on function public.delete_rag_source(uuid, text) from public, anon;
grant execute on function public.delete_rag_source(uuid, text) to authenticated, service_role;

create function public.rag_sources(p_bot_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  return coalesce((
    select jsonb_agg(jsonb_build_object(
        'source', s.source, 'chunks', s.chunks, 'unembedded', s.unembedded, 'tokens', s.tokens, 'updated_at', s.updated_at
      ) order by s.source)
    from (
      select d.source, count(*) as chunks, count(*) filter (where d.embedding is null) as unembedded,
        coalesce(sum(d.token_count), 0) as tokens, max(d.updated_at) as updated_at
      from public.rag_documents d
      where d.bot_id = p_bot_id
      group by d.source
    ) s
  ), '[]'::jsonb);
end;
$$;

comment on function public.rag_sources(uuid) is
  'Ingestion: the source documents of a bot with their chunk, unembedded-chunk and token counts. Service role or the bot''s owner (RLS).';
revoke execute on function public.rag_sources(uuid) from public, anon;
grant execute on function public.rag_sources(uuid) to authenticated, service_role;

create function public.set_rag_embeddings(p_bot_id uuid, p_embeddings jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_updated int;
begin
  if p_embeddings is null or jsonb_typeof(p_embeddings) <> 'array' or jsonb_array_length(p_embeddings) > 500 then
    raise exception using errcode = '22023', message = 'set_rag_embeddings: embeddings must be a JSON array of at most 500 {id, content_hash, embedding}';
  end if;
  -- Only where the text is still the one that was embedded: a chunk changed meanwhile keeps no stale vector.
  update public.rag_documents d set embedding = (e ->> 'embedding')::extensions.vector
    from jsonb_array_elements(p_embeddings) e
    where d.bot_id = p_bot_id and d.id = (e ->> 'id')::uuid and d.content_hash = e ->> 'content_hash';
  get diagnostics v_updated = row_count;
  return jsonb_build_object('updated', v_updated);
end;
$$;

comment on function public.set_rag_embeddings(uuid, jsonb) is
  'Ingestion: stores embeddings [{id, content_hash, embedding}] for chunks whose text is unchanged; returns {updated}. Idempotent. Service role or the bot''s owner (RLS).';
revoke execute on function public.set_rag_embeddings(uuid, jsonb) from public, anon;
grant execute on function public.set_rag_embeddings(uuid, jsonb) to authenticated, service_role;

-- rag_search, portable and as long as a chat message: the same search as before, with two changes.
-- 1. Questions up to 2,000 characters, the limit of a chat message and of the rag-search function (it was
--    1,000, so a long side question answered 500 instead of being searched).
-- 2. The HNSW iterative scan is asked for only where pgvector has it (0.8 and later; hosted projects on an
--    older pgvector, and other Postgres servers, refuse the setting).
-- The signature is unchanged, so its grants and comment stay as they are.

create or replace function public.rag_search(
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
  if p_query is null or btrim(p_query) = '' or char_length(p_query) > 2000 then
    raise exception using errcode = '22023', message = 'rag_search: query must be 1 to 2000 characters';
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

  -- pgvector >= 0.8: keep scanning the HNSW graph until enough rows pass the bot/category filters. Older
  -- versions reserve the `hnsw.` prefix without this setting, and setting it would fail the search.
  if p_query_embedding is not null and (
    select string_to_array(split_part(e.extversion, '-', 1), '.')::int[] >= array[0, 8]
    from pg_catalog.pg_extension e where e.extname = 'vector'
  ) then
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

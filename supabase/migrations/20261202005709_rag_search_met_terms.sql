-- rag_search says, per passage, which of the question's words it met and through which of the passage's own
-- words, with the quality of each (`met`: [{word, via: {lexeme: quality}}]): the word itself as stemmed, an
-- owner's or an everyday synonym, a word English relates to it ("purchase" met by "buy" 0.8, "Lyon" by
-- "France"). Near spellings and word starts are left out: they are the search's guesses. The
-- answer composer weighs a quote by the question's words it holds; without this it saw only the words spelt
-- as the visitor spelt them, and refused or quoted another passage where the search had rightly matched a
-- paraphrase. The ranking is unchanged: otherwise it is the function of 20261201214720_rag_search_lexicon.

create or replace function public.rag_search(
  p_bot_id uuid,
  p_query text,
  p_category text default null,
  p_filters jsonb default null,
  p_top_k int default 5,
  p_min_score float default 0.75,
  p_query_embedding extensions.vector(1536) default null,
  p_prefer_category text default null
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_config regconfig;
  v_query tsvector;
  v_lexemes text[];
  v_weights float[];
  v_total float;
  v_alt_term bigint[];
  v_alt_query tsquery[];
  v_alt_quality float[];
  v_alt_own tsquery[];
  v_alt_above tsquery[];
  v_alt_said text[];
  v_words text[];
  v_any tsquery;
  v_alt tsquery;
  v_docs bigint;
  v_pool int := p_top_k * 4;
  v_result jsonb;
  -- English stems of words that carry no topic in a visitor's question.
  v_filler constant text[] := array['get', 'much', 'mani', 'work', 'need', 'want', 'like', 'know', 'tell', 'pleas',
    'thank', 'thx', 'realli', 'actual', 'someth', 'thing', 'go', 'make', 'way', 'would', 'could', 'also', 'hi',
    'hello', 'hey', 'ok', 'okay', 'yes', 'im', 'dont', 'lot', 'kind', 'sort', 'good', 'possibl', 'abl', 'question',
    'wonder', 'ask', 'curious', 'guy', 'anyon', 'say', 'let', 'u', 'ur', 'pl', 'plz',
    -- Adverbs and chat that colour a question without naming its topic ("where exactly is…", "lol").
    'exact', 'basic', 'honest', 'literal', 'serious', 'probabl', 'definit', 'lol', 'btw', 'hmm', 'um', 'pleas', 'cheer'];
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
  if p_prefer_category is not null and p_prefer_category not in ('faq', 'meal_plans', 'testimonials', 'brand_voice') then
    raise exception using errcode = '22023', message = 'rag_search: prefer_category must be faq, meal_plans, testimonials or brand_voice';
  end if;
  if p_filters is not null and jsonb_typeof(p_filters) <> 'object' then
    raise exception using errcode = '22023', message = 'rag_search: filters must be a JSON object, e.g. {"goal": "fat_loss"}';
  end if;

  -- The question is read in the language of the bot's knowledge (a bot's documents share one; with several,
  -- the first found decides: counting them all would cost every search a scan of the bot's chunks).
  select d.language into v_config from public.rag_documents d where d.bot_id = p_bot_id limit 1;
  v_config := coalesce(v_config, 'english'::regconfig);
  v_query := to_tsvector(v_config, left(p_query, 2000));

  -- The query's distinct lexemes (stop words dropped): the terms whose share of the question a chunk covers.
  select array_agg(l order by l) into v_lexemes
    from (
      select l from unnest(tsvector_to_array(v_query)) l
      where l !~ '\\' and char_length(l) > 1
        -- Conversational filler says nothing about the topic ("can you tell me", "does that work"), unless
        -- the question is nothing but filler.
        and (not l = any (v_filler) or not exists (
          select 1 from unnest(tsvector_to_array(v_query)) o where char_length(o) > 1 and not o = any (v_filler)))
      limit 32
    ) q;

  if v_lexemes is not null then
    -- Each term as the visitor typed it (its first token), so the composer can tell which of its words was met.
    with tokens as (
      select lower(d.token) as token, d.lexemes from pg_catalog.ts_debug(v_config, left(p_query, 2000)) d
      where cardinality(d.lexemes) > 0
    )
    select array_agg(coalesce((select t.token from tokens t where u.l = any (t.lexemes) limit 1), u.l) order by u.i)
      into v_words from unnest(v_lexemes) with ordinality u(l, i);

    select count(*) into v_docs from public.rag_documents d where d.bot_id = p_bot_id;

    -- Each term is met by alternatives, each with a quality: the word itself (1); the longer words of the
    -- vocabulary it starts (0.9; for a word the knowledge never uses, also those it nearly spells, 0.7-0.95 by
    -- trigram similarity, at least 0.4); and the owner's synonyms of a phrase of the question that holds it (1).
    -- A term weighs by its inverse document frequency: a word the knowledge never uses weighs most (a question
    -- about something else scores low), unless an alternative stands in for it, which lends its frequency.
    with terms as (
      select t.i, t.lexeme, coalesce(r.documents, 0) as df
      from unnest(v_lexemes) with ordinality t(lexeme, i)
      left join public.rag_terms r on r.bot_id = p_bot_id and r.lexeme = t.lexeme
    ),
    spelled as (
      select t.i, quote_literal(c.lexeme)::tsquery as q, c.quality, c.documents as df,
        -- A near spelling is the search's guess; the composer reads spellings itself (extract.ts), so it is not said.
        null::text as said
      from terms t
      cross join lateral (
        select r.lexeme, r.documents,
          case when starts_with(r.lexeme, t.lexeme) then 0.9 else least(0.95, extensions.similarity(r.lexeme, t.lexeme) + 0.3) end as quality
        from public.rag_terms r
        where char_length(t.lexeme) >= 3 and t.lexeme !~ '^[0-9]' and t.lexeme !~ '[%_]'
          and r.bot_id = p_bot_id and r.lexeme <> t.lexeme
          and case when t.df = 0 then r.lexeme operator(extensions.%) t.lexeme or r.lexeme like t.lexeme || '%'
            -- A known word still finds the longer words its stem starts ("rent" -> rental, "deliv" -> deliveri):
            -- a range of the byte-ordered index, cheaper than trigrams for a word the vocabulary holds.
            else char_length(t.lexeme) >= 4 and r.lexeme collate "C" > t.lexeme collate "C"
              and r.lexeme collate "C" < (t.lexeme || chr(1114111)) collate "C" end
        order by 3 desc, r.documents desc
        limit 2
      ) c
      where c.quality >= 0.7
    ),
    said as (
      select s.term as phrase, s.synonym as means from public.knowledge_synonyms s where s.bot_id = p_bot_id
      union
      select s.synonym, s.term from public.knowledge_synonyms s where s.bot_id = p_bot_id
      -- Everyday words every bot's visitors use, in the language of its knowledge (rag_common_synonyms).
      union
      select c.term, c.synonym from public.rag_common_synonyms c where c.language = v_config
      union
      select c.synonym, c.term from public.rag_common_synonyms c where c.language = v_config
    ),
    synonyms as (
      select t.i, plainto_tsquery(v_config, y.means) as q, 1.0::float as quality,
        (select coalesce(min(coalesce(r.documents, 0)), 0)
          from unnest(tsvector_to_array(to_tsvector(v_config, y.means))) m
          left join public.rag_terms r on r.bot_id = p_bot_id and r.lexeme = m) as df,
        array_to_string(tsvector_to_array(to_tsvector(v_config, y.means)), ' ') as said
      from said y
      join terms t on t.lexeme = any (tsvector_to_array(to_tsvector(v_config, y.phrase)))
      where numnode(plainto_tsquery(v_config, y.phrase)) > 0 and numnode(plainto_tsquery(v_config, y.means)) > 0
        and v_query @@ plainto_tsquery(v_config, y.phrase)
    ),
    related as (
      -- For a word the knowledge never uses, the words English relates to it (rag_lexicon) that it does use.
      select t.i, quote_literal(x.related)::tsquery as q,
        case x.relation when 'derived' then 0.85 else 0.8 end::float as quality, r.documents as df, x.related as said
      from terms t
      join public.rag_lexicon x on x.language = v_config and x.lexeme = t.lexeme
      join public.rag_terms r on r.bot_id = p_bot_id and r.lexeme = x.related
      where t.df = 0
    ),
    alternatives as (
      select row_number() over () as k, u.* from (
        select t.i, quote_literal(t.lexeme)::tsquery as q, 1.0::float as quality, t.df, t.lexeme as said from terms t
        union all select * from spelled
        union all select * from synonyms
        union all select * from related
      ) u
    ),
    lent as (
      select t.i, case when t.df > 0 then t.df else coalesce((select max(a.df) from alternatives a where a.i = t.i), 0) end as df
      from terms t
    ),
    weights as (
      select l.i, l.df, ln((v_docs + 1)::float / (l.df + 0.5)) as w from lent l
    )
    -- Each alternative also as it would match in a heading: its lexemes marked :A (the chunk's own heading)
    -- or :B (the headings above it), so no chunk's vector needs filtering.
    select x.terms, x.queries, x.qualities, x.own, x.above, x.said, y.weights, y.total
      into v_alt_term, v_alt_query, v_alt_quality, v_alt_own, v_alt_above, v_alt_said, v_weights, v_total
      from (select array_agg(a.i order by a.k) as terms, array_agg(a.q order by a.k) as queries,
              array_agg(a.said order by a.k) as said,
              array_agg(a.quality order by a.k) as qualities,
              array_agg(regexp_replace(a.q::text, '''(?:[^'']|'''')*''', '\&:A', 'g')::tsquery order by a.k) as own,
              array_agg(regexp_replace(a.q::text, '''(?:[^'']|'''')*''', '\&:B', 'g')::tsquery order by a.k) as above
            from alternatives a) x,
           -- A long, rambling question is judged on its six most telling words: a passage that answers it need
           -- not echo every "thinking about it for a while".
           (select array_agg(w.w order by w.i) as weights,
              (select sum(top.w) from (select w2.w from weights w2 order by w2.w desc limit 6) top) as total from weights w) y;

    foreach v_alt in array v_alt_query loop
      v_any := case when v_any is null then v_alt else v_any || v_alt end;
    end loop;
  end if;

  -- pgvector >= 0.8: keep scanning the HNSW graph until enough rows pass the bot/category filters. Older
  -- versions reserve the `hnsw.` prefix without this setting, and setting it would fail the search.
  if p_query_embedding is not null and (
    select string_to_array(split_part(e.extversion, '-', 1), '.')::int[] >= array[0, 8]
    from pg_catalog.pg_extension e where e.extname = 'vector'
  ) then
    perform set_config('hnsw.iterative_scan', 'relaxed_order', true);
  end if;

  with candidates as (
    -- The best 200 matches by rank are scored; in a big knowledge base a common word matches thousands.
    select d.id, d.category, d.fts, cardinality(d.headings) > 0 as headed, ts_rank_cd(d.fts, v_any, 1) as rank
    from public.rag_documents d
    where v_any is not null
      and d.bot_id = p_bot_id
      and d.fts @@ v_any
      and (p_category is null or d.category = p_category)
      and (p_filters is null or d.metadata @> p_filters)
    order by rank desc
    limit greatest(200, v_pool * 10)
  ),
  credits as (
    -- Per chunk and term: the best alternative it holds, and how much of that stands in its headings (its
    -- own heading fully, a heading above it half).
    select c.id, a.term, max(a.quality) as quality,
      max(case when c.fts @@ a.own then a.quality when c.fts @@ a.above then a.quality * 0.5 else 0 end) as in_headings,
      bool_or(c.fts @@ a.own) as in_own_heading
    from candidates c
    join unnest(v_alt_term, v_alt_query, v_alt_quality, v_alt_own, v_alt_above) as a(term, q, quality, own, above) on c.fts @@ a.q
    group by c.id, a.term
  ),
  fts_hits as (
    select cr.id, least(1, sum(w.w * cr.quality) / v_total) as coverage, least(1, sum(w.w * cr.in_headings) / v_total) as heading_coverage,
      count(*) filter (where cr.in_own_heading) as own_heading_terms
    from credits cr join unnest(v_weights) with ordinality as w(w, term) on w.term = cr.term
    group by cr.id
  ),
  fts_scored as (
    -- Coverage is absolute (how much of the question a chunk answers); where the words stand (headings
    -- over text) and ts_rank_cd against the best hit then order chunks that cover the same words.
    select h.id, c.category,
      power(h.coverage, 1.0 / 3)
        * (0.8 + 0.2 * least(1, h.heading_coverage / nullif(h.coverage, 0))
          -- and how much of its own heading the question says: "can I rent a car?" says a third of "Do you rent to people under 18?".
          * case when h.own_heading_terms > 0 then sqrt(least(1, h.own_heading_terms::float / length(ts_filter(c.fts, '{a}'))))
              when c.headed then 0 else 1 end)
        * (0.95 + 0.05 * coalesce(c.rank / nullif(max(c.rank) over (), 0), 1)) as score
    from fts_hits h join candidates c on c.id = h.id
  ),
  fts_ranked as (
    select s.id, s.score,
      row_number() over (order by s.score * case when s.category = p_prefer_category then 1.1 else 1 end desc, s.id) as rank
    from fts_scored s
    order by rank
    limit v_pool
  ),
  vec_hits as (
    -- Ordered by the distance operator with a limit, so the planner walks the HNSW index.
    select d.id, d.category, d.embedding operator(extensions.<=>) p_query_embedding as distance
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
    select v.id, v.score,
      row_number() over (order by v.score * case when v.category = p_prefer_category then 1.1 else 1 end desc, v.id) as rank
    from (
      select h.id, h.category, least(1, greatest(0, ((1 - h.distance) - 0.1) / 0.5)) as score from vec_hits h
    ) v
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
      'headings', to_jsonb(d.headings),
      'score', round(b.score::numeric, 4),
      'category', d.category,
      'metadata', d.metadata,
      'source', d.source,
      'chunk_index', d.chunk_index,
      'met', coalesce(m.met, '[]'::jsonb)
    ) order by b.rrf desc, b.score desc, b.id), '[]'::jsonb)
    into v_result
    from best b join public.rag_documents d on d.id = b.id
    -- The question's words this passage holds, each with the passage's words (lexemes) that met it; only for
    -- the few passages returned, so it costs the search nothing.
    left join lateral (
      select jsonb_agg(jsonb_build_object('word', v_words[w.term], 'via', w.via) order by w.term) as met
      from (
        select v.term, jsonb_object_agg(v.said, v.quality) as via
        from (
          select a.term, a.said, max(a.quality) as quality
          from unnest(v_alt_term, v_alt_query, v_alt_quality, v_alt_said) as a(term, q, quality, said)
          where a.said is not null and d.fts @@ a.q
          group by a.term, a.said
        ) v
        group by v.term
      ) w
    ) m on true;
  return v_result;
end;
$$;

comment on function public.rag_search(uuid, text, text, jsonb, int, float, extensions.vector, text) is
$c$Searches a bot's knowledge; returns [{id, content, headings, score, category, metadata, source, chunk_index, met}], best first, [] when nothing is relevant enough. met: the question's words the passage holds, [{word (as typed), via: {lexeme or phrase of lexemes: quality} (the passage's words that met it: the word itself 1, a synonym 1, a related word 0.8-0.85; near spellings and word starts are not listed)}].
Filters: the bot (always), category (optional, p_category), metadata containment (p_filters, e.g. {"goal":"fat_loss"}). p_prefer_category is a hint, not a filter: passages of that category rank as if scored 10% higher.
Scores are 0..1 on every path, so p_min_score (default 0.75) means the same thing with or without embeddings:
- full text (always), in the language of the bot's knowledge: the question's lexemes (stop words and filler such as "tell", "work", "much" dropped) are terms, each weighted by its inverse document frequency in this bot's knowledge (rag_terms; a word the knowledge never uses weighs like the rarest one). A term is met by the word itself, the owner's synonyms of a phrase holding it (knowledge_synonyms, and the everyday ones of rag_common_synonyms), the words English relates to it that the knowledge uses (rag_lexicon: a synonym or a place it lies within 0.8, a word made from it 0.85), the known longer words it starts, and for an unknown word the known words it nearly spells (pg_trgm similarity >= 0.4), each with a quality (1, 1, 0.8-0.85, 0.9, 0.7-0.95). coverage = the weighted share of the terms a chunk meets (of the six weightiest, for a long question); score = coverage^(1/3) x (0.8 + 0.2 x h) x (0.95 + 0.05 x ts_rank_cd relative to the best hit), where h is the share of that coverage found in its headings (its own heading fully, those above half) times the square root of the share of its own heading's words the question says. A chunk that holds every word of the question in its own heading scores 1; one that holds them only in its text at most 0.8. The coach quotes from 0.6 (0.6 to 0.75 as a guess, with a person offered).
- vector (when p_query_embedding is given): cosine similarity s calibrated for text-embedding-3-small, (s - 0.1) / 0.5 clamped to 0..1 (s = 0.475 -> 0.75).
- hybrid (both): results ordered by reciprocal rank fusion (k = 60) of the two rankings; a result's score is the higher of its two path scores.
Security invoker: service role (the functions) or an owner for their own bots through RLS. Not for anon.$c$;

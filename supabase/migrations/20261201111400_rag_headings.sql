-- Knowledge chunks keep their headings beside their text instead of inside it. `headings` is the path of
-- headings above a chunk ("Shipping and delivery", "Do you ship to Canada?") and `content` only the words
-- under them, so a quoted answer never opens with a heading path and a document's first heading is not glued
-- to every passage of it. Full-text search weighs where a word stands: the chunk's own heading (A) over the
-- headings above it (B) over its text (C). `language` is the text-search configuration a chunk is read with
-- (English unless its document says otherwise, e.g. `lang: es`).
--
-- `fts` stops being a generated column (its expression cannot change in place) and is kept by a trigger.
-- Chunks stored before this keep working: their heading path line moves out of `content` into `headings`.
-- Metadata may also carry `url` (the page a "read more" link points to) and `author` (who said a testimonial).

alter table public.rag_documents
  add column headings text[] not null default '{}',
  add column language regconfig not null default 'english';

alter table public.rag_documents alter column fts drop expression;

comment on column public.rag_documents.content is 'The chunk''s text, without its headings (see headings).';
comment on column public.rag_documents.headings is 'The headings above the chunk, outermost first, e.g. {"Shipping and delivery","Do you ship to Canada?"}. Searched (the last one weighs most) but never quoted as an answer.';
comment on column public.rag_documents.language is 'Text-search configuration the chunk is read with (english, spanish, ...): stems words so "shipping" finds "ships".';
comment on column public.rag_documents.fts is 'Full-text search vector, kept by a trigger: own heading weight A, headings above it B, text C.';
comment on column public.rag_documents.metadata is 'Tags for filtering and quoting: goal (fat_loss, muscle_gain, recomp), gender (male, female, nonbinary, prefer_not), age_bracket (18-24, 25-34, 35-44, 45-54, 55+), cuisine, tone_anchor, title, heading, author (who said a testimonial), url (https page for "read more").';

create function public.rag_documents_fts()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_above text[] := new.headings[1:cardinality(new.headings) - 1];
begin
  new.fts := setweight(to_tsvector(new.language, coalesce(new.headings[cardinality(new.headings)], '')), 'A')
    || setweight(to_tsvector(new.language, coalesce(array_to_string(v_above, ' '), '')), 'B')
    || setweight(to_tsvector(new.language, new.content), 'C');
  return new;
end;
$$;

comment on function public.rag_documents_fts() is 'Trigger: computes rag_documents.fts from headings, content and language.';
revoke execute on function public.rag_documents_fts() from public, anon, authenticated;

create trigger rag_documents_fts before insert or update of content, headings, language on public.rag_documents
  for each row execute function public.rag_documents_fts();

-- Headings are checked with the other tags, so an owner sees which chunk is wrong.
create or replace function public.validate_rag_document()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_key text;
  v_value jsonb;
begin
  if cardinality(new.headings) > 6 or exists (select 1 from unnest(new.headings) h where h is null or char_length(btrim(h)) not between 1 and 200) then
    raise exception using errcode = '23514', message = 'rag_documents: headings must be at most 6 texts of 1 to 200 characters';
  end if;
  if jsonb_typeof(new.metadata) <> 'object' then
    raise exception using errcode = '23514', message = 'rag_documents: metadata must be a JSON object';
  end if;
  for v_key, v_value in select key, value from jsonb_each(new.metadata) loop
    if v_key not in ('goal', 'gender', 'age_bracket', 'cuisine', 'tone_anchor', 'title', 'heading', 'author', 'url') then
      raise exception using errcode = '23514', message = format(
        'rag_documents: metadata key %s is not one of goal, gender, age_bracket, cuisine, tone_anchor, title, heading, author, url', quote_literal(v_key));
    end if;
    if jsonb_typeof(v_value) <> 'string' or char_length(v_value #>> '{}') not between 1 and (case when v_key = 'url' then 2000 else 200 end) then
      raise exception using errcode = '23514', message = format(
        'rag_documents: metadata %s must be a text of 1 to %s characters', v_key, case when v_key = 'url' then 2000 else 200 end);
    end if;
    if (v_key = 'goal' and v_value #>> '{}' not in ('fat_loss', 'muscle_gain', 'recomp'))
      or (v_key = 'gender' and v_value #>> '{}' not in ('male', 'female', 'nonbinary', 'prefer_not'))
      or (v_key = 'age_bracket' and v_value #>> '{}' not in ('18-24', '25-34', '35-44', '45-54', '55+'))
      or (v_key = 'url' and v_value #>> '{}' !~ '^https://[^\s]+$') then
      raise exception using errcode = '23514', message = format(
        'rag_documents: metadata %s has the value %s, which is not allowed (see the column comment)', v_key, v_value #>> '{}');
    end if;
  end loop;
  return new;
end;
$$;

-- Chunks written by the earlier ingestion began with their heading path line ("FAQ › Shipping\n\nYes, ...").
update public.rag_documents d set
  headings = string_to_array(split_part(d.content, E'\n\n', 1), ' › '),
  content = substr(d.content, char_length(split_part(d.content, E'\n\n', 1)) + 3)
where position(E'\n\n' in d.content) > 0
  and char_length(btrim(substr(d.content, char_length(split_part(d.content, E'\n\n', 1)) + 3))) > 0
  and coalesce(d.metadata ->> 'heading', d.metadata ->> 'title') is not null
  and right(split_part(d.content, E'\n\n', 1), char_length(coalesce(d.metadata ->> 'heading', d.metadata ->> 'title')))
    = coalesce(d.metadata ->> 'heading', d.metadata ->> 'title');
-- Every chunk's search vector in the new layout.
update public.rag_documents set language = language;

-- Ingestion writes one document at a time, atomically, in three statements (changed, new, gone) rather than
-- row by row: every chunk is checked first, so an owner learns which chunk is wrong and nothing is written.
create or replace function public.upsert_rag_chunks(p_bot_id uuid, p_source text, p_chunks jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_count int;
  v_bad int;
  v_added int;
  v_updated int;
  v_removed int;
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
  -- Under RLS an owner sees only their own bots: another owner's bot is "not found", never written. Raised
  -- for PostgREST as a 404 (a plain P0002 is a 500 there); callers still read the code P0002.
  if p_bot_id is null or not exists (select 1 from public.bots b where b.id = p_bot_id) then
    raise sqlstate 'PGRST' using
      message = json_build_object('code', 'P0002',
        'message', format('upsert_rag_chunks: bot %s not found', coalesce(p_bot_id::text, 'null')))::text,
      detail = json_build_object('status', 404, 'headers', json_build_object())::text;
  end if;

  select min(c.i) - 1 into v_bad from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  where jsonb_typeof(c.value) <> 'object' or jsonb_typeof(c.value -> 'content') is distinct from 'string'
    or jsonb_typeof(c.value -> 'content_hash') is distinct from 'string' or jsonb_typeof(c.value -> 'category') is distinct from 'string';
  if v_bad is not null then
    raise exception using errcode = '22023', message = format(
      'upsert_rag_chunks: chunk %s must be an object with content, content_hash and category', v_bad);
  end if;
  select min(c.i) - 1 into v_bad from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  where char_length(btrim(c.value ->> 'content')) not between 1 and 20000;
  if v_bad is not null then
    raise exception using errcode = '22023', message = format('upsert_rag_chunks: chunk %s: content must be 1 to 20000 characters', v_bad);
  end if;
  select min(c.i) - 1 into v_bad from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  where coalesce(jsonb_typeof(c.value -> 'headings'), 'null') not in ('array', 'null')
    or exists (select 1 from jsonb_array_elements(case when jsonb_typeof(c.value -> 'headings') = 'array' then c.value -> 'headings' else '[]' end) h
      where jsonb_typeof(h) <> 'string');
  if v_bad is not null then
    raise exception using errcode = '22023', message = format('upsert_rag_chunks: chunk %s: headings must be an array of texts', v_bad);
  end if;
  select min(c.i) - 1 into v_bad from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  where c.value ? 'language' and not exists (select 1 from pg_catalog.pg_ts_config t where t.cfgname = c.value ->> 'language');
  if v_bad is not null then
    raise exception using errcode = '22023', message = format(
      'upsert_rag_chunks: chunk %s: language must be a text-search configuration such as english or spanish', v_bad);
  end if;

  delete from public.rag_documents d where d.bot_id = p_bot_id and d.source = p_source and d.chunk_index >= v_count;
  get diagnostics v_removed = row_count;

  -- Changed text: the old embedding is stale, so it goes unless a new one came with the chunk.
  with incoming as (
    select (c.i - 1)::int as chunk_index, c.value ->> 'content' as content, c.value ->> 'content_hash' as content_hash,
      c.value ->> 'category' as category, coalesce(c.value -> 'metadata', '{}'::jsonb) as metadata,
      (c.value ->> 'token_count')::int as token_count,
      coalesce(array(select jsonb_array_elements_text(case when jsonb_typeof(c.value -> 'headings') = 'array' then c.value -> 'headings' else '[]' end)), '{}') as headings,
      coalesce(c.value ->> 'language', 'english')::regconfig as language,
      (c.value ->> 'embedding')::extensions.vector as embedding
    from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  )
  update public.rag_documents d set
    content = i.content, content_hash = i.content_hash, category = i.category, metadata = i.metadata,
    token_count = i.token_count, headings = i.headings, language = i.language, embedding = i.embedding
  from incoming i
  where d.bot_id = p_bot_id and d.source = p_source and d.chunk_index = i.chunk_index
    and d.content_hash is distinct from i.content_hash;
  get diagnostics v_updated = row_count;

  -- Unchanged text that arrives with an embedding it lacked keeps its row and gains the vector.
  update public.rag_documents d set embedding = (c.value ->> 'embedding')::extensions.vector
  from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  where d.bot_id = p_bot_id and d.source = p_source and d.chunk_index = c.i - 1
    and d.content_hash = c.value ->> 'content_hash' and d.embedding is null
    and jsonb_typeof(c.value -> 'embedding') = 'string';

  insert into public.rag_documents (bot_id, source, chunk_index, content, content_hash, category, metadata, token_count, headings, language, embedding)
  select p_bot_id, p_source, (c.i - 1)::int, c.value ->> 'content', c.value ->> 'content_hash', c.value ->> 'category',
    coalesce(c.value -> 'metadata', '{}'::jsonb), (c.value ->> 'token_count')::int,
    coalesce(array(select jsonb_array_elements_text(case when jsonb_typeof(c.value -> 'headings') = 'array' then c.value -> 'headings' else '[]' end)), '{}'),
    coalesce(c.value ->> 'language', 'english')::regconfig, (c.value ->> 'embedding')::extensions.vector
  from jsonb_array_elements(p_chunks) with ordinality c(value, i)
  where not exists (select 1 from public.rag_documents d where d.bot_id = p_bot_id and d.source = p_source and d.chunk_index = c.i - 1)
  on conflict (bot_id, source, chunk_index) do nothing;
  get diagnostics v_added = row_count;

  return jsonb_build_object('added', v_added, 'updated', v_updated, 'skipped', v_count - v_added - v_updated, 'removed', v_removed);
end;
$$;

comment on function public.upsert_rag_chunks(uuid, text, jsonb) is
  'Ingestion: writes one document''s chunks [{content, content_hash, category, metadata?, headings?, language?, token_count?, embedding?}] by position, skipping chunks whose hash is unchanged and deleting chunks past the new count; returns {added, updated, skipped, removed}. Every chunk is checked first (22023 names the bad one). Idempotent and atomic. Service role, or an owner for their own bots (RLS); another owner''s bot raises P0002.';

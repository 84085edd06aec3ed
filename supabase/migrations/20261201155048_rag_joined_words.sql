-- A hyphenated word is searchable written either way: "e-bike" also as "ebike", "wi-fi" as "wifi",
-- "tune-up" as "tuneup", as visitors type them. Full-text search splits "e-bike" into e-bike, e and bike,
-- so a question saying "ebike" found none of them (and weighed the word as one the knowledge never uses).
-- The chunk's search vector now also holds each hyphenated word joined; the vocabulary (rag_terms) follows
-- through its triggers.

create function public.rag_joined_words(p_text text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select coalesce(p_text, '') || coalesce(' ' || (
    select string_agg(replace(m[1], '-', ''), ' ')
    from regexp_matches(coalesce(p_text, ''), '([[:alpha:]]+(?:-[[:alpha:]]+)+)', 'g') as m
  ), '');
$$;

comment on function public.rag_joined_words(text) is 'The text followed by each of its hyphenated words joined ("e-bike" -> "ebike"), for full-text search.';
revoke execute on function public.rag_joined_words(text) from public, anon;
-- The search-vector trigger runs as whoever writes the chunk: the service role, or an owner ingesting their own.
grant execute on function public.rag_joined_words(text) to authenticated, service_role;

create or replace function public.rag_documents_fts()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_above text[] := new.headings[1:cardinality(new.headings) - 1];
begin
  new.fts := setweight(to_tsvector(new.language, public.rag_joined_words(new.headings[cardinality(new.headings)])), 'A')
    || setweight(to_tsvector(new.language, public.rag_joined_words(array_to_string(v_above, ' '))), 'B')
    || setweight(to_tsvector(new.language, public.rag_joined_words(new.content)), 'C');
  return new;
end;
$$;

-- Every chunk's search vector again, with its joined words.
update public.rag_documents set language = language;

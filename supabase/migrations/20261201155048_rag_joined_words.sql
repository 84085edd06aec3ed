-- A hyphenated word is searchable written either way: "e-bike" also as "ebike", "wi-fi" as "wifi",
-- "tune-up" as "tuneup", as visitors type them. Full-text search splits "e-bike" into e-bike, e and bike,
-- so a question saying "ebike" found none of them (and weighed the word as one the knowledge never uses).
-- The chunk's search vector now also holds each hyphenated word joined; the vocabulary (rag_terms) follows
-- through its triggers. Written inside the trigger, so no helper function joins the API's surface.

create or replace function public.rag_documents_fts()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  -- The chunk's own heading (weight A), the headings above it (B) and its text (C).
  v_parts text[] := array[
    coalesce(new.headings[cardinality(new.headings)], ''),
    coalesce(array_to_string(new.headings[1:cardinality(new.headings) - 1], ' '), ''),
    new.content
  ];
  i int;
begin
  for i in 1..3 loop
    v_parts[i] := v_parts[i] || coalesce(' ' || (
      select string_agg(replace(m[1], '-', ''), ' ')
      from regexp_matches(v_parts[i], '([[:alpha:]]+(?:-[[:alpha:]]+)+)', 'g') as m
    ), '');
  end loop;
  new.fts := setweight(to_tsvector(new.language, v_parts[1]), 'A')
    || setweight(to_tsvector(new.language, v_parts[2]), 'B')
    || setweight(to_tsvector(new.language, v_parts[3]), 'C');
  return new;
end;
$$;

-- Every chunk's search vector again, with its joined words.
update public.rag_documents set language = language;

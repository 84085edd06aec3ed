-- Words English relates to a visitor's word, for every bot's knowledge search: another word for it ("buy",
-- "purchase"), a word made from it ("pay", "payment"), a place it lies within ("lyon", "france"). rag_search
-- lets a question's word be met by a related one the knowledge uses, for a little less than the word itself.
-- The rows come from WordNet (scripts/lexicon.ts writes them as a migration of their own); each word is kept
-- as the lexeme full-text search makes of it, in its text-search language. The table is the product's,
-- read-only: owners may read it, nobody writes it through the API. A business's own words go in
-- knowledge_synonyms.

create table public.rag_lexicon (
  language regconfig not null default 'english',
  lexeme text not null check (char_length(lexeme) between 1 and 100),
  related text not null check (char_length(related) between 1 and 100 and related <> lexeme),
  relation text not null check (relation in ('synonym', 'derived', 'within')),
  primary key (language, lexeme, related)
);

comment on table public.rag_lexicon is 'Words related to a question''s word (synonym, derived, within: a place and the places it is part of), as full-text lexemes by text-search language, from WordNet. Read-only; rag_search uses them.';

alter table public.rag_lexicon enable row level security;
revoke all on table public.rag_lexicon from anon;
revoke insert, update, delete on table public.rag_lexicon from authenticated;

create policy "Signed-in owners can read the lexicon" on public.rag_lexicon
  for select to authenticated
  using (true);

-- An owner writing knowledge into a bot that is not theirs (or does not exist) gets 404 from the Data API,
-- not 500: upsert_rag_chunks raises its "bot not found" in the form PostgREST turns into an HTTP status
-- (SQLSTATE PGRST with the status in the detail), keeping P0002 as the code callers read. Only that raise
-- changes; the signature, grants and comment stay.

create or replace function public.upsert_rag_chunks(p_bot_id uuid, p_source text, p_chunks jsonb)
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
  -- Under RLS an owner sees only their own bots: another owner's bot is "not found", never written. Raised
  -- for PostgREST as a 404 (a plain P0002 is a 500 there); callers still read the code P0002.
  if p_bot_id is null or not exists (select 1 from public.bots b where b.id = p_bot_id) then
    raise sqlstate 'PGRST' using
      message = json_build_object('code', 'P0002',
        'message', format('upsert_rag_chunks: bot %s not found', coalesce(p_bot_id::text, 'null')))::text,
      detail = json_build_object('status', 404, 'headers', json_build_object())::text;
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

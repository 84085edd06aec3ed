-- Conversation summaries: one row per conversation once it ends (the plan shown or a coach closed it) or
-- idles 30 minutes: the topics asked about, the answers given, objections raised, the plan shown (and its
-- alternative, and the one chosen), the questions left open, and a readable summary. Rules write it from the
-- conversation's own rows (message metadata, events, the profile), so it works without a model; with
-- OPENAI_API_KEY set the chat function then has the model rewrite the readable summary
-- (save_conversation_summary). The coach sees it in the console; a returning visitor is greeted by it.
--
-- Idle conversations are summarised lazily, with no scheduler: at the visitor's next turn (begin_turn) and
-- when a coach opens the conversation (conversation_summary). On a hosted project pg_cron may do it too:
--   select cron.schedule('summarise-idle-conversations', '*/10 * * * *',
--     $$select public.summarize_idle_conversations()$$);

create table public.conversation_summaries (
  conversation_id uuid primary key references public.conversations (id) on delete cascade,
  bot_id uuid not null references public.bots (id) on delete cascade,
  visitor_id uuid not null references public.visitors (id) on delete cascade,
  topics text[] not null default '{}',
  answers jsonb not null default '{}'::jsonb check (jsonb_typeof(answers) = 'object'),
  objections text[] not null default '{}',
  plan_shown text,
  plan_alternative text,
  plan_chosen text,
  open_questions text[] not null default '{}',
  summary text not null check (char_length(summary) between 1 and 4000),
  written_by text not null check (written_by in ('rules', 'model')),
  through_seq bigint not null check (through_seq >= 0),
  model text,
  prompt_tokens int check (prompt_tokens >= 0),
  completion_tokens int check (completion_tokens >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- A visitor's latest summary (the greeting), and the foreign keys.
create index conversation_summaries_visitor_id_updated_at_idx on public.conversation_summaries (visitor_id, updated_at desc);
create index conversation_summaries_bot_id_idx on public.conversation_summaries (bot_id);

comment on table public.conversation_summaries is 'One summary per conversation that ended or went quiet for 30 minutes: what was asked, answered, objected, shown and left open. Written by the chat (rules, then the model when a key is set); read-only here.';
comment on column public.conversation_summaries.topics is 'What the visitor asked about (the knowledge topics of their side questions).';
comment on column public.conversation_summaries.answers is 'The answers given in this conversation, by field key.';
comment on column public.conversation_summaries.objections is 'Objections raised: price, time, doubt, tried_before, not_now.';
comment on column public.conversation_summaries.plan_shown is 'Code of the plan recommended, if one was.';
comment on column public.conversation_summaries.plan_alternative is 'Code of the alternative the plan card offered.';
comment on column public.conversation_summaries.plan_chosen is 'Code of the plan whose button they clicked.';
comment on column public.conversation_summaries.open_questions is 'Questions of the visitor the bot had no answer to.';
comment on column public.conversation_summaries.summary is 'A readable summary for the coach.';
comment on column public.conversation_summaries.written_by is 'rules, or model (the readable summary rewritten by the model).';
comment on column public.conversation_summaries.through_seq is 'The last message it covers (messages.seq): a conversation that went on is summarised again once idle.';

create trigger conversation_summaries_set_updated_at before update on public.conversation_summaries
  for each row execute function public.set_updated_at();

alter table public.conversation_summaries enable row level security;
revoke all on table public.conversation_summaries from anon;
revoke insert, update, delete, truncate, references, trigger on table public.conversation_summaries from authenticated;

create policy "Owners can read their bots' conversation summaries" on public.conversation_summaries
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

-- A plan's short name for a sentence: family and variant ("Core Plus") when it has them, else its title.
create function public.plan_name(p_bot_id uuid, p_code text)
returns text
language sql
stable
security invoker
set search_path = ''
as $$
  select coalesce(
    (select coalesce(nullif(btrim(concat_ws(' ', p.family, p.variant)), ''), p.title) from public.plans p
     where p.bot_id = p_bot_id and p.code = p_code),
    p_code)
$$;

comment on function public.plan_name(uuid, text) is 'A plan''s short name for a sentence: "family variant", else its title, else its code. Internal.';
revoke execute on function public.plan_name(uuid, text) from public, anon, authenticated;
grant execute on function public.plan_name(uuid, text) to service_role;

-- security definer: called from the owner's conversation_summary and close_conversation (which check that
-- the conversation is theirs) and from the chat's RPCs; it reads and writes only the one conversation's rows.
create function public.summarize_conversation(p_conversation_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_conversation public.conversations;
  v_existing public.conversation_summaries;
  v_through bigint;
  v_profile jsonb;
  v_topics text[];
  v_answers jsonb;
  v_objections text[];
  v_card jsonb;
  v_chosen text;
  v_open text[];
  v_labels text[];
  v_text text;
  v_row public.conversation_summaries;
begin
  select c.* into v_conversation from public.conversations c where c.id = p_conversation_id;
  if not found then
    return null;
  end if;
  select max(m.seq) into v_through from public.messages m where m.conversation_id = p_conversation_id;
  if v_through is null then
    return null;
  end if;
  select s.* into v_existing from public.conversation_summaries s where s.conversation_id = p_conversation_id;
  if found and v_existing.through_seq >= v_through then
    return to_jsonb(v_existing);
  end if;

  select coalesce(array_agg(distinct m.metadata ->> 'topic' order by m.metadata ->> 'topic'), '{}') into v_topics
  from public.messages m
  where m.conversation_id = p_conversation_id and m.sender_type = 'ai'
    and m.metadata ->> 'intent' = 'question' and coalesce(m.metadata ->> 'topic', '') <> '';
  select coalesce(array_agg(distinct m.metadata ->> 'objection' order by m.metadata ->> 'objection'), '{}') into v_objections
  from public.messages m
  where m.conversation_id = p_conversation_id and m.sender_type = 'ai' and m.metadata ->> 'intent' = 'objection'
    and coalesce(m.metadata ->> 'objection', '') <> '';
  select m.metadata -> 'plan' into v_card
  from public.messages m
  where m.conversation_id = p_conversation_id and m.sender_type = 'ai' and jsonb_typeof(m.metadata -> 'plan') = 'object'
  order by m.seq desc limit 1;
  select e.data ->> 'plan' into v_chosen
  from public.events e
  where e.conversation_id = p_conversation_id and e.type = 'cta_clicked' and coalesce(e.data ->> 'plan', '') <> ''
  order by e.seq desc limit 1;
  -- The visitor's questions that found no answer, in their words (shortened).
  select coalesce(array_agg(left(q.content, 200) order by q.seq), '{}') into v_open
  from public.messages a
  join public.messages q on q.conversation_id = a.conversation_id and q.sender_type = 'client'
    and q.client_message_id = a.metadata ->> 'reply_to'
  where a.conversation_id = p_conversation_id and a.sender_type = 'ai'
    and a.metadata ->> 'intent' = 'question' and a.metadata ->> 'written_by' = 'none';

  -- The answers given in this conversation, as they are stored now.
  select to_jsonb(p) || coalesce(p.answers, '{}'::jsonb) into v_profile from public.user_profiles p where p.visitor_id = v_conversation.visitor_id;
  select coalesce(jsonb_object_agg(f.field, v_profile -> f.field), '{}'::jsonb) into v_answers
  from (
    select distinct e.data ->> 'field' as field from public.events e
    where e.conversation_id = p_conversation_id and e.type = 'step_answered'
  ) f
  where v_profile ? f.field and jsonb_typeof(v_profile -> f.field) <> 'null';
  select coalesce(array_agg(coalesce(bf.label, k) order by k), '{}') into v_labels
  from jsonb_object_keys(v_answers) k
  left join public.bot_fields bf on bf.bot_id = v_conversation.bot_id and bf.key = k;

  v_text := concat_ws(' ',
    case when cardinality(v_labels) > 0 then format('Answered: %s.', array_to_string(v_labels, ', ')) end,
    case when cardinality(v_topics) > 0 then format('Asked about %s.', array_to_string(v_topics, ', ')) end,
    case when cardinality(v_objections) > 0 then format('Raised %s.', replace(array_to_string(v_objections, ', '), '_', ' ')) end,
    case when v_card is not null then format('Was recommended %s%s.', public.plan_name(v_conversation.bot_id, v_card ->> 'code'),
      case when v_card -> 'alternative' ->> 'code' is not null
        then format(' (alternative: %s)', public.plan_name(v_conversation.bot_id, v_card -> 'alternative' ->> 'code')) else '' end) end,
    case when v_chosen is not null then format('Clicked to take %s.', public.plan_name(v_conversation.bot_id, v_chosen)) end,
    case when v_conversation.handoff_at is not null then 'Asked for a person.' end,
    case when cardinality(v_open) > 0 then format('Left open: %s.', array_to_string(array(select format('"%s"', q) from unnest(v_open) q), '; ')) end
  );
  if coalesce(v_text, '') = '' then
    v_text := 'Opened the chat; nothing was answered or asked yet.';
  end if;

  insert into public.conversation_summaries as s (
    conversation_id, bot_id, visitor_id, topics, answers, objections, plan_shown, plan_alternative, plan_chosen,
    open_questions, summary, written_by, through_seq, model, prompt_tokens, completion_tokens
  ) values (
    p_conversation_id, v_conversation.bot_id, v_conversation.visitor_id, v_topics, v_answers, v_objections,
    v_card ->> 'code', v_card -> 'alternative' ->> 'code', v_chosen, v_open, left(v_text, 4000), 'rules', v_through,
    null, null, null
  )
  on conflict (conversation_id) do update set
    topics = excluded.topics, answers = excluded.answers, objections = excluded.objections,
    plan_shown = excluded.plan_shown, plan_alternative = excluded.plan_alternative, plan_chosen = excluded.plan_chosen,
    open_questions = excluded.open_questions, summary = excluded.summary, written_by = 'rules',
    through_seq = excluded.through_seq, model = null, prompt_tokens = null, completion_tokens = null
  returning s.* into v_row;
  return to_jsonb(v_row);
end;
$$;

comment on function public.summarize_conversation(uuid) is
  'Writes (or brings up to date) the rules-made summary of one conversation and returns it; null for a conversation without messages. Service role only.';
revoke execute on function public.summarize_conversation(uuid) from public, anon, authenticated;
grant execute on function public.summarize_conversation(uuid) to service_role;

-- Whether a conversation is due a summary: it ended or went quiet, and its summary is missing, or older than
-- its last message and the conversation has been closed or quiet since (a conversation still going, a plan
-- shown included, is not rewritten on every turn).
create function public.summary_due(p_conversation public.conversations, p_last_message_at timestamptz, p_last_seq bigint, p_summarized_seq bigint)
returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select p_last_seq is not null and (
    (p_summarized_seq is null and (p_conversation.status in ('completed', 'closed') or p_last_message_at < now() - interval '30 minutes'))
    or (p_summarized_seq < p_last_seq and (p_conversation.status = 'closed' or p_last_message_at < now() - interval '30 minutes'))
  )
$$;

comment on function public.summary_due(public.conversations, timestamptz, bigint, bigint) is 'Whether a conversation is due its summary (ended or idle 30 minutes, and not summarised up to its last message). Internal.';
revoke execute on function public.summary_due(public.conversations, timestamptz, bigint, bigint) from public, anon, authenticated;
grant execute on function public.summary_due(public.conversations, timestamptz, bigint, bigint) to service_role;

-- A click on the plan's button comes after the summary of a conversation that ended with the plan: the
-- summary learns which plan they went for then (the trigger runs as the table's owner, so the chat needs no
-- extra call). security definer: it writes one column of the clicked conversation's summary, nothing else.
create function public.summary_notes_plan_chosen()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.type = 'cta_clicked' and new.conversation_id is not null and coalesce(new.data ->> 'plan', '') <> '' then
    update public.conversation_summaries s set plan_chosen = left(new.data ->> 'plan', 100)
    where s.conversation_id = new.conversation_id;
  end if;
  return new;
end;
$$;

comment on function public.summary_notes_plan_chosen() is 'Trigger: a cta_clicked event sets plan_chosen on its conversation''s summary. Internal.';
revoke execute on function public.summary_notes_plan_chosen() from public, anon, authenticated;

create trigger events_note_plan_chosen after insert on public.events
  for each row execute function public.summary_notes_plan_chosen();

-- The visitor's conversations that are due, summarised; returns their ids (for the model to rewrite).
create function public.summarize_due_conversations(p_visitor_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id uuid;
  v_ids jsonb := '[]'::jsonb;
begin
  for v_id in
    select c.id from public.conversations c
    left join lateral (select max(m.seq) as seq, max(m.created_at) as at from public.messages m where m.conversation_id = c.id) last on true
    left join public.conversation_summaries s on s.conversation_id = c.id
    where c.visitor_id = p_visitor_id and public.summary_due(c, last.at, last.seq, s.through_seq)
  loop
    perform public.summarize_conversation(v_id);
    v_ids := v_ids || to_jsonb(v_id);
  end loop;
  return v_ids;
end;
$$;

comment on function public.summarize_due_conversations(uuid) is 'Summarises the visitor''s conversations that ended or idled 30 minutes since their last summary; returns their ids. Service role only.';
revoke execute on function public.summarize_due_conversations(uuid) from public, anon, authenticated;
grant execute on function public.summarize_due_conversations(uuid) to service_role;

-- For pg_cron on a hosted project (see the header); a batch at a time, so one run stays short.
create function public.summarize_idle_conversations(p_limit int default 500)
returns int
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id uuid;
  v_count int := 0;
begin
  for v_id in
    select c.id from public.conversations c
    left join lateral (select max(m.seq) as seq, max(m.created_at) as at from public.messages m where m.conversation_id = c.id) last on true
    left join public.conversation_summaries s on s.conversation_id = c.id
    where c.updated_at > now() - interval '30 days' and public.summary_due(c, last.at, last.seq, s.through_seq)
    order by c.updated_at
    limit greatest(coalesce(p_limit, 500), 1)
  loop
    perform public.summarize_conversation(v_id);
    v_count := v_count + 1;
  end loop;
  return v_count;
end;
$$;

comment on function public.summarize_idle_conversations(int) is 'Summarises up to p_limit conversations that ended or idled 30 minutes (for pg_cron); returns how many. Service role only.';
revoke execute on function public.summarize_idle_conversations(int) from public, anon, authenticated;
grant execute on function public.summarize_idle_conversations(int) to service_role;

-- The console reads a conversation's summary through this: it is written first when due (lazily, so no
-- scheduler is needed). security definer: the summary table is written by no owner; the caller must own
-- the conversation's bot, which is checked here.
create function public.conversation_summary(p_conversation_id uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_conversation public.conversations;
  v_last record;
  v_summary public.conversation_summaries;
begin
  select c.* into v_conversation from public.conversations c
  join public.bots b on b.id = c.bot_id
  where c.id = p_conversation_id and (b.owner_id = (select auth.uid()) or (select auth.role()) = 'service_role');
  if not found then
    raise exception using errcode = 'P0002', message = 'conversation not found among your bots'' conversations';
  end if;
  select max(m.seq) as seq, max(m.created_at) as at into v_last from public.messages m where m.conversation_id = p_conversation_id;
  select s.* into v_summary from public.conversation_summaries s where s.conversation_id = p_conversation_id;
  if public.summary_due(v_conversation, v_last.at, v_last.seq, v_summary.through_seq) then
    return public.summarize_conversation(p_conversation_id);
  end if;
  -- No row: a record of nulls, which is not a summary.
  return case when v_summary.conversation_id is null then null else to_jsonb(v_summary) end;
end;
$$;

comment on function public.conversation_summary(uuid) is
  'The summary of one of your conversations (written first if it ended or idled 30 minutes since its last summary), or null while it is still going. Signed-in owners.';
revoke execute on function public.conversation_summary(uuid) from public, anon;
grant execute on function public.conversation_summary(uuid) to authenticated, service_role;

-- The model's rewrite of the readable summary, kept only if the summary still covers the same messages; the
-- call's tokens are recorded either way (the call was made), in the same round trip.
create function public.save_conversation_summary(
  p_conversation_id uuid,
  p_through_seq bigint,
  p_summary text,
  p_model text,
  p_prompt_tokens int,
  p_completion_tokens int
)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_bot_id uuid;
  v_kept boolean;
begin
  if p_summary is null or char_length(btrim(p_summary)) not between 1 and 4000 then
    raise exception using errcode = '22023', message = 'summary must be text of 1 to 4000 characters';
  end if;
  if p_model is null or char_length(btrim(p_model)) not between 1 and 100 then
    raise exception using errcode = '22023', message = 'model must be text of 1 to 100 characters';
  end if;
  select c.bot_id into v_bot_id from public.conversations c where c.id = p_conversation_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'conversation not found';
  end if;
  update public.conversation_summaries s set
    summary = btrim(p_summary), written_by = 'model', model = p_model,
    prompt_tokens = greatest(coalesce(p_prompt_tokens, 0), 0), completion_tokens = greatest(coalesce(p_completion_tokens, 0), 0)
  where s.conversation_id = p_conversation_id and s.through_seq = p_through_seq;
  v_kept := found;
  perform public.record_llm_usage(v_bot_id, greatest(coalesce(p_prompt_tokens, 0), 0), greatest(coalesce(p_completion_tokens, 0), 0), p_model, 'summary');
  return v_kept;
end;
$$;

comment on function public.save_conversation_summary(uuid, bigint, text, text, int, int) is
  'Stores the model''s readable summary if the summary still covers messages up to p_through_seq (returns whether it was kept) and records the call''s tokens. Service role only.';
revoke execute on function public.save_conversation_summary(uuid, bigint, text, text, int, int) from public, anon, authenticated;
grant execute on function public.save_conversation_summary(uuid, bigint, text, text, int, int) to service_role;

-- What the model reads to rewrite a summary: the summary and the conversation's latest messages.
create function public.conversation_for_summary(p_conversation_id uuid, p_limit int default 60)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'summary', to_jsonb(s) - array['bot_id', 'visitor_id'],
    'messages', coalesce((
      select jsonb_agg(jsonb_build_object('sender_type', h.sender_type, 'content', h.content) order by h.seq)
      from (
        select m.sender_type, left(m.content, 500) as content, m.seq from public.messages m
        where m.conversation_id = p_conversation_id and not coalesce((m.metadata ->> 'hidden')::boolean, false)
        order by m.seq desc limit greatest(least(coalesce(p_limit, 60), 200), 1)
      ) h
    ), '[]'::jsonb)
  )
  from public.conversation_summaries s
  where s.conversation_id = p_conversation_id
$$;

comment on function public.conversation_for_summary(uuid, int) is 'A conversation''s summary and latest messages, for the model that rewrites the summary; null without a summary. Service role only.';
revoke execute on function public.conversation_for_summary(uuid, int) from public, anon, authenticated;
grant execute on function public.conversation_for_summary(uuid, int) to service_role;

-- A coach closing a conversation ends it: its summary is written then (the owner's RPC checks the owner).
-- Otherwise as 20261201124014_closed_conversations left it.
create or replace function public.close_conversation(p_conversation_id uuid)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_conversation public.conversations;
begin
  update public.conversations c
  set status = 'closed', closed_at = now()
  where c.id = p_conversation_id and c.status in ('active', 'handoff', 'completed')
  returning c.* into v_conversation;
  if not found then
    -- Closing twice is not an error.
    select c.* into v_conversation from public.conversations c where c.id = p_conversation_id;
    if not found then
      raise exception using errcode = 'P0002', message = 'conversation not found among your bots'' conversations';
    end if;
  end if;
  perform public.conversation_summary(p_conversation_id);
  return jsonb_build_object('id', v_conversation.id, 'status', v_conversation.status, 'handed_back_at', v_conversation.handed_back_at, 'closed_at', v_conversation.closed_at);
end;
$$;

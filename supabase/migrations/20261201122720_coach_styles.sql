-- The coaches' style per bot: how the owner's people write to visitors (typical phrases, length, greeting and
-- sign-off, tone), made from their human_coach replies and given to the model, so the bot's own replies
-- sound like them. Made by the model when the bot has one, by rules otherwise (lengths, the greetings and
-- sign-offs they use, phrases they repeat: measured, not guessed). Made again once `coach_style_refresh_every`
-- new replies have come in: a trigger counts the replies, so a turn learns it is due without a query.
--   coach_styles          one row per bot; owners read their bots' row
--   write_coach_style     a profile made from the replies counted so far (never an older one over a newer)
--   coach_replies         the latest human_coach replies of a bot, for the analysis; service role only

create table public.coach_styles (
  bot_id uuid primary key references public.bots (id) on delete cascade,
  profile jsonb check (profile is null or jsonb_typeof(profile) = 'object'),
  written_by text check (written_by in ('model', 'rules')),
  replies_total int not null default 0 check (replies_total >= 0),
  replies_analysed int not null default 0 check (replies_analysed >= 0),
  model text check (model is null or char_length(model) between 1 and 100),
  prompt_tokens int not null default 0 check (prompt_tokens >= 0),
  completion_tokens int not null default 0 check (completion_tokens >= 0),
  analysed_at timestamptz,
  updated_at timestamptz not null default now()
);

comment on table public.coach_styles is 'How your coaches write (from their replies in the console), which the bot''s model writes like. Written by the chat function; read-only here.';
comment on column public.coach_styles.profile is 'The style: typical length, greetings and sign-offs, phrases they repeat, tone, and a one-line summary.';
comment on column public.coach_styles.written_by is 'model (your bot''s model read the replies) or rules (measured from them without a model).';
comment on column public.coach_styles.replies_total is 'Coach replies stored for this bot so far.';
comment on column public.coach_styles.replies_analysed is 'How many of them the current profile was made from (replies_total when it was made).';

alter table public.coach_styles enable row level security;
revoke all on table public.coach_styles from anon;
revoke insert, update, delete, truncate, references, trigger on table public.coach_styles from authenticated;

-- The policy filters on bot_id, the primary key: no further index needed.
create policy "Owners can read their bots' coach style" on public.coach_styles
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

-- Security definer: a coach replying as the owner may not write coach_styles, but their reply is counted.
create function public.count_coach_reply()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.coach_styles (bot_id, replies_total) values (new.bot_id, 1)
  on conflict (bot_id) do update set replies_total = public.coach_styles.replies_total + 1, updated_at = now();
  return null;
end;
$$;

comment on function public.count_coach_reply() is 'Trigger on messages: counts each human_coach reply in coach_styles.replies_total. Security definer because the coach who replies may not write coach_styles; never callable.';
revoke execute on function public.count_coach_reply() from public, anon, authenticated;

create trigger messages_count_coach_reply after insert on public.messages
  for each row when (new.sender_type = 'human_coach')
  execute function public.count_coach_reply();

-- Replies stored before this migration count too.
insert into public.coach_styles (bot_id, replies_total)
select m.bot_id, count(*) from public.messages m where m.sender_type = 'human_coach' group by m.bot_id
on conflict (bot_id) do update set replies_total = excluded.replies_total;

create function public.write_coach_style(
  p_bot_id uuid,
  p_profile jsonb,
  p_written_by text,
  p_replies_analysed int,
  p_model text default null,
  p_prompt_tokens int default 0,
  p_completion_tokens int default 0
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_row public.coach_styles;
begin
  if p_profile is null or jsonb_typeof(p_profile) <> 'object' then
    raise exception using errcode = '22023', message = 'profile must be a JSON object';
  end if;
  update public.coach_styles s set
    profile = p_profile, written_by = p_written_by, replies_analysed = p_replies_analysed, model = p_model,
    prompt_tokens = coalesce(p_prompt_tokens, 0), completion_tokens = coalesce(p_completion_tokens, 0),
    analysed_at = now(), updated_at = now()
  where s.bot_id = p_bot_id and (s.profile is null or s.replies_analysed < p_replies_analysed)
  returning s.* into v_row;
  return jsonb_build_object('written', v_row.bot_id is not null);
end;
$$;

comment on function public.write_coach_style(uuid, jsonb, text, int, text, int, int) is
  'Stores a bot''s coach style profile made from its first p_replies_analysed replies, unless a profile of as many or more is there. Service role only.';
revoke execute on function public.write_coach_style(uuid, jsonb, text, int, text, int, int) from public, anon, authenticated;
grant execute on function public.write_coach_style(uuid, jsonb, text, int, text, int, int) to service_role;

-- The analysis reads a bot's latest coach replies: found by this index, not by scanning all its messages.
create index messages_coach_replies_idx on public.messages (bot_id, seq desc) where sender_type = 'human_coach';

create function public.coach_replies(p_bot_id uuid, p_limit int default 40)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'total', coalesce((select s.replies_total from public.coach_styles s where s.bot_id = p_bot_id), 0),
    'replies', coalesce((
      select jsonb_agg(r.content order by r.seq)
      from (
        select m.content, m.seq from public.messages m
        where m.bot_id = p_bot_id and m.sender_type = 'human_coach'
        order by m.seq desc
        limit least(greatest(coalesce(p_limit, 40), 1), 200)
      ) r
    ), '[]'::jsonb)
  );
$$;

comment on function public.coach_replies(uuid, int) is 'The latest human_coach replies of a bot (oldest first) and how many it has, for its style profile. Service role only.';
revoke execute on function public.coach_replies(uuid, int) from public, anon, authenticated;
grant execute on function public.coach_replies(uuid, int) to service_role;

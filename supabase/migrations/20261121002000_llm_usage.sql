-- Model usage per bot and day, and the daily budget of model calls. The chat function takes a call from the
-- budget before asking the model (`take_llm_call`, atomic, so concurrent turns cannot overspend it) and
-- records the tokens afterwards (`record_llm_usage`). Past `bots.daily_llm_budget` the coach keeps answering
-- without the model. Days are UTC.
--
-- Owners read their bots' usage in the dashboard; only the service role (the functions) writes it.

create table public.llm_usage (
  bot_id uuid not null references public.bots (id) on delete cascade,
  day date not null,
  calls int not null default 0 check (calls >= 0),
  prompt_tokens bigint not null default 0 check (prompt_tokens >= 0),
  completion_tokens bigint not null default 0 check (completion_tokens >= 0),
  updated_at timestamptz not null default now(),
  primary key (bot_id, day)
);

comment on table public.llm_usage is 'Model (OpenAI) calls and tokens per bot and UTC day. Written by the chat function; read-only here.';
comment on column public.llm_usage.day is 'The UTC day the calls were made.';
comment on column public.llm_usage.calls is 'Model calls taken from the daily budget (bots.daily_llm_budget).';
comment on column public.llm_usage.prompt_tokens is 'Tokens sent to the model.';
comment on column public.llm_usage.completion_tokens is 'Tokens the model wrote.';

create trigger llm_usage_set_updated_at before update on public.llm_usage
  for each row execute function public.set_updated_at();

alter table public.llm_usage enable row level security;
revoke all on table public.llm_usage from anon;
revoke insert, update, delete, truncate on table public.llm_usage from authenticated;

-- The policy filters on bot_id, the primary key's leading column: no further index needed.
create policy "Owners can read their bots' model usage" on public.llm_usage
  for select to authenticated
  using (bot_id in (select b.id from public.bots b where b.owner_id = (select auth.uid())));

create function public.take_llm_call(p_bot_id uuid, p_budget int)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_day date := (now() at time zone 'utc')::date;
  v_calls int;
begin
  if p_bot_id is null then
    raise exception using errcode = '22023', message = 'bot_id is required';
  end if;
  if p_budget is null or p_budget < 0 then
    raise exception using errcode = '22023', message = 'budget must be a whole number >= 0';
  end if;

  if p_budget > 0 then
    -- One statement: the row lock of the upsert serialises concurrent calls, and the where clause makes
    -- the increment conditional, so the count never passes the budget.
    insert into public.llm_usage as u (bot_id, day, calls)
    values (p_bot_id, v_day, 1)
    on conflict (bot_id, day) do update set calls = u.calls + 1
      where u.calls < p_budget
    returning u.calls into v_calls;
    if v_calls is not null then
      return jsonb_build_object('allowed', true, 'used', v_calls);
    end if;
  end if;

  select u.calls into v_calls from public.llm_usage u where u.bot_id = p_bot_id and u.day = v_day;
  return jsonb_build_object('allowed', false, 'used', coalesce(v_calls, 0));
end;
$$;

comment on function public.take_llm_call(uuid, int) is
  'Takes one model call from the bot''s budget for today (UTC) if fewer than p_budget were taken: {allowed, used}. Service role only.';
revoke execute on function public.take_llm_call(uuid, int) from public, anon, authenticated;
grant execute on function public.take_llm_call(uuid, int) to service_role;

create function public.record_llm_usage(p_bot_id uuid, p_prompt_tokens int, p_completion_tokens int)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if p_bot_id is null then
    raise exception using errcode = '22023', message = 'bot_id is required';
  end if;
  if p_prompt_tokens is null or p_prompt_tokens < 0 or p_completion_tokens is null or p_completion_tokens < 0 then
    raise exception using errcode = '22023', message = 'token counts must be whole numbers >= 0';
  end if;

  insert into public.llm_usage as u (bot_id, day, prompt_tokens, completion_tokens)
  values (p_bot_id, (now() at time zone 'utc')::date, p_prompt_tokens, p_completion_tokens)
  on conflict (bot_id, day) do update set
    prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
    completion_tokens = u.completion_tokens + excluded.completion_tokens;
end;
$$;

comment on function public.record_llm_usage(uuid, int, int) is
  'Adds the tokens of one model call to the bot''s usage for today (UTC). Service role only.';
revoke execute on function public.record_llm_usage(uuid, int, int) from public, anon, authenticated;
grant execute on function public.record_llm_usage(uuid, int, int) to service_role;

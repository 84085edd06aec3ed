-- Rate-limit counters and `hit_rate_limit`, a fixed-window counter the functions consult before doing work
-- (per visitor, per IP, new visitors per IP). One upsert per check keeps it atomic under concurrency; ended
-- windows are swept now and then so the table stays small. Service role only: RLS on, no policies.

create table public.rate_limits (
  key text not null check (char_length(key) between 1 and 200),
  window_start timestamptz not null,
  count int not null default 0,
  primary key (key, window_start)
);

-- For the sweep of old windows.
create index rate_limits_window_start_idx on public.rate_limits (window_start);

comment on table public.rate_limits is 'Internal: request counters per key and time window (service role only).';

alter table public.rate_limits enable row level security;
revoke all on table public.rate_limits from anon, authenticated;

create function public.hit_rate_limit(p_key text, p_limit int, p_window_seconds int)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_now timestamptz := clock_timestamp();
  v_window_start timestamptz;
  v_count int;
begin
  if p_key is null or char_length(p_key) not between 1 and 200 then
    raise exception using errcode = '22023', message = 'key must be text of 1 to 200 characters';
  end if;
  if p_limit is null or p_limit < 0 then
    raise exception using errcode = '22023', message = 'limit must be a whole number >= 0';
  end if;
  -- Capped at a day, so a window that started more than a day ago has ended whatever its size.
  if p_window_seconds is null or p_window_seconds not between 1 and 86400 then
    raise exception using errcode = '22023', message = 'window_seconds must be a whole number from 1 to 86400';
  end if;

  v_window_start := to_timestamp(floor(extract(epoch from v_now) / p_window_seconds) * p_window_seconds);

  insert into public.rate_limits as r (key, window_start, count)
  values (p_key, v_window_start, 1)
  on conflict (key, window_start) do update set count = r.count + 1
  returning r.count into v_count;

  -- First hit of a new window: drop this key's ended windows, and about once per hundred new windows
  -- sweep everybody's (keys that never come back).
  if v_count = 1 then
    delete from public.rate_limits r where r.key = p_key and r.window_start < v_now - interval '1 day';
    if random() < 0.01 then
      delete from public.rate_limits r where r.window_start < v_now - interval '1 day';
    end if;
  end if;

  return jsonb_build_object(
    'allowed', v_count <= p_limit,
    'remaining', greatest(p_limit - v_count, 0),
    'retry_after_seconds', case
      when v_count <= p_limit then 0
      else greatest(1, ceil(extract(epoch from (v_window_start + make_interval(secs => p_window_seconds) - v_now)))::int)
    end
  );
end;
$$;

comment on function public.hit_rate_limit(text, int, int) is
  'Counts one hit for key in the current fixed window: {allowed, remaining, retry_after_seconds}. Service role only.';
revoke execute on function public.hit_rate_limit(text, int, int) from public, anon, authenticated;
grant execute on function public.hit_rate_limit(text, int, int) to service_role;

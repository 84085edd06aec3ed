-- The report views (customers, funnel_daily, step_dropoff, objections_summary, plan_conversions) are read
-- only. A write to one failed in Postgres' rewriter ("cannot insert into view", SQLSTATE 55000) before any
-- privilege check, which the Data API answers with 500. An INSTEAD OF trigger makes the refusal an ordinary
-- one: a role without the privilege (anon) is refused by the privilege check (401), any other by the trigger
-- with "insufficient privilege" (403). Nothing is ever written through a view.

create function public.refuse_view_write()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = '42501',
    message = format('%s is a read-only view: write to its tables instead', tg_table_name);
end;
$$;

comment on function public.refuse_view_write() is
  'Trigger of the read-only report views: refuses every insert, update and delete with 42501 (403 from the Data API).';
revoke execute on function public.refuse_view_write() from public, anon, authenticated;

create trigger refuse_writes instead of insert or update or delete on public.customers
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.funnel_daily
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.step_dropoff
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.objections_summary
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.plan_conversions
  for each row execute function public.refuse_view_write();

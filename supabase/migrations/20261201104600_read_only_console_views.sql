-- The owner console's views (inbox, funnel_summary, plan_conversions_daily, llm_usage_daily) are read only
-- too: the same INSTEAD OF trigger as the report views (read_only_views), so a write to one is refused with
-- 401/403 by the Data API instead of failing in Postgres' rewriter with a 500.

create trigger refuse_writes instead of insert or update or delete on public.inbox
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.funnel_summary
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.plan_conversions_daily
  for each row execute function public.refuse_view_write();
create trigger refuse_writes instead of insert or update or delete on public.llm_usage_daily
  for each row execute function public.refuse_view_write();

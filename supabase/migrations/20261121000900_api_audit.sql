-- An audit helper: which functions in `public` a role may execute. The anon key must reach only the RPCs
-- meant to be public, and Postgres grants EXECUTE to PUBLIC by default (a per-schema default-privilege
-- revoke does not undo that global default), so a test compares this list with an allow-list.

create function public.api_callable_functions(p_role text)
returns text[]
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if p_role is null or to_regrole(p_role) is null then
    raise exception using errcode = '22023', message = 'role must name an existing role';
  end if;
  return coalesce((
    select array_agg(distinct p.proname::text order by p.proname::text)
    from pg_catalog.pg_proc p
    where p.pronamespace = 'public'::regnamespace
      and p.prokind in ('f', 'p')
      -- Functions that belong to an extension installed in public are the extension's business.
      and not exists (
        select 1 from pg_catalog.pg_depend d
        where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e'
      )
      and has_function_privilege(p_role, p.oid, 'execute')
  ), '{}');
end;
$$;

comment on function public.api_callable_functions(text) is
  'Audit helper: names of the functions in public that p_role may execute (extension members excluded). Service role only.';
revoke execute on function public.api_callable_functions(text) from public, anon, authenticated;
grant execute on function public.api_callable_functions(text) to service_role;

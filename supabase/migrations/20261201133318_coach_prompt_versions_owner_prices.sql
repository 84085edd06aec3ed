-- The personal coach prompt versions are priced like every other model call in the reports: by
-- model_price, so an owner's own price for a model wins over the default for their bots, and a versioned
-- model name takes the price of the model it is a version of. Same columns as before.

create or replace view public.coach_prompt_versions with (security_invoker = true) as
select
  cp.bot_id,
  cp.visitor_id,
  cp.version,
  cp.written_by,
  cp.reason,
  cp.created_at,
  cp.model,
  cp.prompt_tokens,
  cp.completion_tokens,
  case
    when cp.written_by = 'template' then 0::numeric
    else round((cp.prompt_tokens * price.prompt_usd_per_million + cp.completion_tokens * price.completion_usd_per_million) / 1000000, 6)
  end as cost_usd
from public.coach_prompts cp
join public.bots b on b.id = cp.bot_id
left join lateral public.model_price(b.owner_id, cp.model) price on cp.model is not null;

comment on view public.coach_prompt_versions is 'Each visitor''s personal coach prompt versions: why each was written, by the model or a template, and what it cost (tokens, and US dollars at your price for the model, else the default in llm_prices).';

-- The model that reads a visitor's typed message (one structured call per message, only with an OpenAI key):
-- it extracts answers for the bot's fields and says what the message is, merged with the rules' reading. A
-- bot names its own, or none (null) to read by the rules alone. And the bot's definition now carries every
-- setting column of the bot and every column of its fields, so a new setting reaches the conversation
-- without rewriting bot_definition again (the owner's id and bookkeeping stay out).

alter table public.bots add column reading_model text default 'gpt-4.1-mini'
  check (reading_model is null or char_length(btrim(reading_model)) between 1 and 100);
comment on column public.bots.reading_model is
  'OpenAI model that reads each typed message for answers and intent, with structured output (only used when an API key is set); null: the rules read alone.';

create or replace function public.bot_definition(p_bot_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'bot', (to_jsonb(b) - array['owner_id', 'created_at', 'updated_at', 'visitor_messages_per_minute',
        'address_messages_per_minute', 'address_new_visitors_per_hour', 'allowed_origins']) || jsonb_build_object(
      'allowed_origins', to_jsonb(b.allowed_origins),
      'limits', jsonb_build_object(
        'visitor_messages_per_minute', b.visitor_messages_per_minute,
        'address_messages_per_minute', b.address_messages_per_minute,
        'address_new_visitors_per_hour', b.address_new_visitors_per_hour
      ),
      'updated_at', greatest(b.updated_at,
        (select max(f.updated_at) from public.bot_fields f where f.bot_id = b.id),
        (select max(s.updated_at) from public.bot_steps s where s.bot_id = b.id),
        (select max(p.updated_at) from public.plans p where p.bot_id = b.id),
        (select max(r.updated_at) from public.plan_rules r where r.bot_id = b.id),
        (select max(t.updated_at) from public.bot_texts t where t.bot_id = b.id))
    ),
    'fields', coalesce((
      select jsonb_agg(to_jsonb(f) - array['id', 'bot_id', 'created_at', 'updated_at'] order by f.key)
      from public.bot_fields f where f.bot_id = b.id
    ), '[]'::jsonb),
    'steps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'field', s.field, 'position', s.position, 'prompt', s.prompt, 'placeholder', s.placeholder,
        'condition', s.condition
      ) order by s.position)
      from public.bot_steps s where s.bot_id = b.id
    ), '[]'::jsonb),
    'plans', coalesce((
      select jsonb_agg(jsonb_build_object(
        'code', p.code, 'family', p.family, 'variant', p.variant, 'title', p.title,
        'description', p.description, 'price_cents', p.price_cents, 'currency', p.currency,
        'billing_period', p.billing_period, 'cta_label', p.cta_label, 'cta_url', p.cta_url,
        'includes', to_jsonb(p.includes), 'alternative_code', p.alternative_code,
        'alternative_line', p.alternative_line
      ) order by p.family, p.price_cents, p.code)
      from public.plans p where p.bot_id = b.id and p.is_active
    ), '[]'::jsonb),
    'rules', coalesce((
      select jsonb_agg(jsonb_build_object(
        'position', r.position, 'plan_code', r.plan_code, 'conditions', r.conditions, 'why', r.why
      ) order by r.position)
      from public.plan_rules r where r.bot_id = b.id
    ), '[]'::jsonb),
    'texts', coalesce((
      select jsonb_object_agg(t.key, t.text)
      from public.bot_texts t where t.bot_id = b.id and t.lang = b.language
    ), '{}'::jsonb)
  )
  from public.bots b
  where b.id = p_bot_id and b.is_active
$$;

comment on function public.bot_definition(uuid) is
  'An active bot as the conversation reads it: {bot (its settings), fields, steps, plans, rules, texts}, or null. Service role only.';

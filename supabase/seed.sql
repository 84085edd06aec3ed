-- Seed data for the local stack (and `supabase db reset`): the demo owner and the "Nutrition Solutions"
-- bot with its guided steps and four plans, plus a second, tiny tenant ("Other Coach") whose only job is
-- to prove in the tests that one owner never sees another's rows. Fixed ids: supabase/local/seed-ids.ts.
--
-- On a hosted project, auth.users has more columns; these rows only need id, email and the name a visitor
-- sees on a coach's reply (locally, `npm run dev` prints a sign-in link for each; see seed-ids.ts). Re-running
-- the seed changes nothing.

insert into auth.users (id, email, raw_user_meta_data)
values
  ('5e1f0a57-0000-4000-8000-0000000000aa', 'owner@nutrition-solutions.example', '{"name": "Dana"}'),
  -- The second tenant, used by the tests to prove isolation between owners.
  ('5e1f0a57-0000-4000-8000-0000000000bb', 'other@example.test', '{"name": "Sam"}')
on conflict (id) do nothing;

insert into public.bots (
  id, owner_id, name, welcome_message, brand_voice, theme, allowed_origins, handoff_message,
  llm_model, llm_temperature, daily_llm_budget
)
values (
  '5e1f0a57-0000-4000-8000-000000000001',
  '5e1f0a57-0000-4000-8000-0000000000aa',
  'Nutrition Solutions',
  'Hey, I''m Coach from Nutrition Solutions. Give me two minutes and a few honest answers, and I''ll point you to the plan that fits your goal, your schedule and the way you like to eat.',
  'You are Coach, a friendly, direct fitness-nutrition coach. Speak plainly and warmly, in short sentences, '
    || 'like a coach who is on the visitor''s side. Be encouraging but never hype: no miracle promises, no '
    || 'shaming, no medical advice (suggest a doctor for medical conditions). Use "you", keep answers under '
    || 'about 80 words, at most one emoji now and then. Always bring the visitor back to the next step.',
  '{"accent": "#0f766e", "radius": 14}',
  '{http://127.0.0.1:5173,http://localhost:5173}',
  'Got it. I''ve asked one of our human coaches to jump in; they''ll reply right here in this chat, usually within a few hours. Leave the chat open or come back later: the conversation will be here.',
  'gpt-4o-mini',
  0.4,
  200
)
on conflict (id) do nothing;

insert into public.bot_steps (bot_id, position, field, prompt, kind, options, min_value, max_value, placeholder, condition)
values
  ('5e1f0a57-0000-4000-8000-000000000001', 1, 'name',
    'First things first: what should I call you?', 'text', '[]', null, null, 'Your first name', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 2, 'age',
    'Nice to meet you! How old are you?', 'number', '[]', 13, 100, 'Your age', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 3, 'gender',
    'Which best describes you?', 'single_choice',
    '[
      {"value": "male", "label": "Male", "synonyms": ["man", "guy", "m", "boy", "dude"]},
      {"value": "female", "label": "Female", "synonyms": ["woman", "girl", "lady", "f"]},
      {"value": "nonbinary", "label": "Non-binary", "synonyms": ["non binary", "nb", "enby", "genderqueer"]},
      {"value": "prefer_not", "label": "Prefer not to say", "synonyms": ["skip", "rather not say", "pass", "none of your business"]}
    ]', null, null, null, null),
  ('5e1f0a57-0000-4000-8000-000000000001', 4, 'primary_goal',
    'What''s your main goal right now?', 'single_choice',
    '[
      {"value": "fat_loss", "label": "Lose fat", "synonyms": ["lose weight", "cut", "cutting", "slim down", "get lean", "lose fat", "drop weight", "get shredded"]},
      {"value": "muscle_gain", "label": "Build muscle", "synonyms": ["bulk", "bulking", "gain muscle", "get bigger", "gain weight", "get stronger", "build muscle"]},
      {"value": "recomp", "label": "Both: lose fat and build muscle", "synonyms": ["both", "recomp", "recomposition", "body recomposition", "tone up", "get toned"]}
    ]', null, null, null, null),
  ('5e1f0a57-0000-4000-8000-000000000001', 5, 'recomp_focus',
    'Doing both is totally doable. Which would you rather start with?', 'single_choice',
    '[
      {"value": "lean", "label": "Leaning out first", "synonyms": ["lean", "lean out", "fat first", "lose fat first", "cut first"]},
      {"value": "build", "label": "Building first", "synonyms": ["build", "muscle first", "build first", "bulk first"]}
    ]', null, null, null, '{"field": "primary_goal", "equals": "recomp"}'),
  ('5e1f0a57-0000-4000-8000-000000000001', 6, 'eating_habits',
    'How do you eat on a typical day?', 'text', '[]', null, null, 'e.g. skip breakfast, big dinner, snacks at night', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 7, 'emotional_why',
    'What''s the real reason this matters to you right now?', 'text', '[]', null, null, 'Your why, in your own words', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 8, 'support_level',
    'How much hands-on support do you want from us? 1 = just give me the plan, 10 = check in with me every day.',
    'scale', '[]', 1, 10, null, null),
  ('5e1f0a57-0000-4000-8000-000000000001', 9, 'cooking_preference',
    'Last one: do you enjoy cooking your own meals?', 'yes_no', '[]', null, null, null, null)
on conflict (bot_id, field) do nothing;

insert into public.plans (bot_id, code, family, variant, title, description, price_cents, currency, billing_period, cta_label, cta_url)
values
  ('5e1f0a57-0000-4000-8000-000000000001', 'Shred-Spartan', 'Shred', 'Spartan',
    'Shred Spartan: self-guided fat loss',
    'A fat-loss plan you run yourself: a calorie and macro target set for your body, a weekly meal plan with simple, high-protein recipes you cook at home, a shopping list, and an app to log meals and track your progress. For people who like to be in the kitchen and want the plan, not the hand-holding.',
    4900, 'USD', 'month', 'Start Shred Spartan',
    'https://nutrition-solutions.example/checkout?plan=shred-spartan'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'Shred-Gladiator', 'Shred', 'Gladiator',
    'Shred Gladiator: done-for-you fat loss',
    'Chef-prepared, portion-controlled meals delivered fresh every week, built around your fat-loss targets, plus a dedicated coach with weekly check-ins who adjusts your plan as you go. For busy people who want results without cooking or guesswork.',
    14900, 'USD', 'month', 'Start Shred Gladiator',
    'https://nutrition-solutions.example/checkout?plan=shred-gladiator'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'Beast-Spartan', 'Beast', 'Spartan',
    'Beast Spartan: self-guided muscle gain',
    'A muscle-building plan you run yourself: a calorie surplus and protein target set for your body, a weekly meal plan with hearty recipes you cook at home, a shopping list, and an app to track meals and strength. For people who enjoy cooking and want a clear plan to grow.',
    4900, 'USD', 'month', 'Start Beast Spartan',
    'https://nutrition-solutions.example/checkout?plan=beast-spartan'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'Beast-Gladiator', 'Beast', 'Gladiator',
    'Beast Gladiator: done-for-you muscle gain',
    'Chef-prepared, high-protein meals delivered fresh every week, sized for muscle gain, plus a dedicated coach with weekly check-ins on your training, weight and recovery. For people who want to grow without living in the kitchen.',
    14900, 'USD', 'month', 'Start Beast Gladiator',
    'https://nutrition-solutions.example/checkout?plan=beast-gladiator')
on conflict (bot_id, code) do nothing;

-- The second tenant: one step and one plan, enough to have rows of every kind under another owner.
insert into public.bots (id, owner_id, name, welcome_message, allowed_origins)
values (
  '5e1f0a57-0000-4000-8000-000000000002',
  '5e1f0a57-0000-4000-8000-0000000000bb',
  'Other Coach',
  'Hi, I''m the other coach.',
  '{https://other.example.test}'
)
on conflict (id) do nothing;

insert into public.bot_steps (bot_id, position, field, prompt, kind, placeholder)
values ('5e1f0a57-0000-4000-8000-000000000002', 1, 'name', 'What is your name?', 'text', 'Your first name')
on conflict (bot_id, field) do nothing;

insert into public.plans (bot_id, code, family, variant, title, description, price_cents, cta_label, cta_url)
values (
  '5e1f0a57-0000-4000-8000-000000000002', 'Shred-Gladiator', 'Shred', 'Gladiator', 'Other plan',
  'The second tenant''s only plan.', 9900, 'Buy', 'https://other.example.test/buy'
)
on conflict (bot_id, code) do nothing;

-- Seed data for the local stack (and `supabase db reset`): the demo owner and the "Nutrition Solutions"
-- bot as rows (its fields, guided questions, four plans, the rules that pick one, and its own words), plus
-- a second, tiny tenant ("Other Coach") whose only job is to prove in the tests that one owner never sees
-- another's rows. Fixed ids: supabase/local/seed-ids.ts.
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
  -- No promise of a time here: the widget says when a reply usually comes, from handoff_wait_seconds.
  'They''ll reply right here in this chat. Leave the chat open or come back later: the conversation will be here.',
  'gpt-4o-mini',
  0.4,
  200
)
on conflict (id) do nothing;

-- Shown by the widget when the chat cannot reach the coach.
update public.bots set fallback_contact = 'hello@nutrition-solutions.example'
where id = '5e1f0a57-0000-4000-8000-000000000001' and fallback_contact is null;

-- What the coach wants to know (bot_fields): the nine answers the original plan stores in user_profiles.
insert into public.bot_fields (bot_id, key, type, label, entity, min_value, max_value, max_length, options, default_value, fill_in_passing)
values
  ('5e1f0a57-0000-4000-8000-000000000001', 'name', 'text', 'name', 'person_name', null, null, 60, '[]', null, true),
  ('5e1f0a57-0000-4000-8000-000000000001', 'age', 'number', 'age', 'age', 13, 100, null, '[]', null, true),
  ('5e1f0a57-0000-4000-8000-000000000001', 'gender', 'choice', 'gender', 'self_description', null, null, null,
    '[
      {"value": "male", "label": "Male", "synonyms": ["man", "guy", "m", "boy", "dude"]},
      {"value": "female", "label": "Female", "synonyms": ["woman", "girl", "lady", "f"]},
      {"value": "nonbinary", "label": "Non-binary", "synonyms": ["non binary", "nb", "enby", "genderqueer"]},
      {"value": "prefer_not", "label": "Prefer not to say", "synonyms": ["skip", "rather not say", "pass", "none of your business"]}
    ]', null, true),
  ('5e1f0a57-0000-4000-8000-000000000001', 'primary_goal', 'choice', 'goal', null, null, null, null,
    '[
      {"value": "fat_loss", "label": "Lose fat", "synonyms": ["lose weight", "cut", "cutting", "slim down", "get lean", "lose fat", "drop weight", "get shredded", "weight loss", "fat loss", "lean out", "shred", "lose kg", "lose kilos", "lose pounds", "lose lbs", "drop kilos", "drop pounds", "lose my belly", "lose belly fat", "get rid of my gut", "lose my gut", "burn fat", "shed weight", "shed pounds", "get slimmer", "lose inches", "dress size", "weigh less", "love handles", "beer belly", "get thinner", "trim down", "bajar de peso", "perder peso", "adelgazar", "lose my tummy", "lose my stomach", "flat stomach", "flatter stomach", "get lighter", "smaller waist", "fit into my old jeans", "old weight", "lose flab", "muffin top", "mum tum", "jean size", "fit back into", "get down to kg", "kg down", "weight down", "baby weight", "get under", "get below", "dad bod", "mum bod", "mom bod", "waistline", "bingo wings", "spare tyre", "double chin", "less flabby", "lose body fat", "less heavy", "leaner", "slimmer", "thinner"]},
      {"value": "muscle_gain", "label": "Build muscle", "synonyms": ["bulk", "bulking", "bulk up", "gain muscle", "get bigger", "gain weight", "get stronger", "build muscle", "muscle", "put on size", "put on muscle", "gain mass", "gain size", "add muscle", "muscle gain", "build mass", "get jacked", "more muscle", "get strong", "get big", "get huge", "beef up", "hardgainer", "gain strength", "ganar musculo", "get buff", "swole", "bigger arms", "bigger chest", "grow muscle", "fill out", "more muscular", "get muscular", "less skinny", "put on meat", "bigger glutes", "bigger back", "bigger legs", "bigger shoulders", "bigger bum", "build glutes", "stop being skinny"]},
      {"value": "recomp", "label": "Both: lose fat and build muscle", "synonyms": ["both", "recomp", "recomposition", "body recomposition", "tone up", "get toned", "toned", "tone", "more muscle less fat", "less fat more muscle", "lean and strong", "lean and muscular", "fit and toned", "leaner and stronger", "mix of the two", "mix of both", "bit of each", "combination of both", "combo"]}
    ]', null, true),
  -- Asked only for recomposition; the plan rules read "lean" when it was not asked.
  ('5e1f0a57-0000-4000-8000-000000000001', 'recomp_focus', 'choice', 'focus', null, null, null, null,
    '[
      {"value": "lean", "label": "Leaning out first", "synonyms": ["lean", "lean out", "fat first", "lose fat first", "cut first", "leaner", "lose fat", "losing fat", "lose the fat", "fat loss", "cut", "cutting", "get lean", "fat side"]},
      {"value": "build", "label": "Building first", "synonyms": ["build", "muscle first", "build first", "bulk first", "muscle", "more muscle", "bigger", "get bigger", "bulk", "bulking", "muscle side", "build muscle", "gain muscle"]}
    ]', '"lean"', false),
  ('5e1f0a57-0000-4000-8000-000000000001', 'eating_habits', 'text', 'eating habits', null, null, null, 500, '[]', null, true),
  ('5e1f0a57-0000-4000-8000-000000000001', 'emotional_why', 'text', 'reason', null, null, null, 500, '[]', null, true),
  ('5e1f0a57-0000-4000-8000-000000000001', 'support_level', 'scale', 'support level', null, 1, 10, null, '[]', null, true),
  -- The synonyms are what a visitor says in passing that answers it ("I hate cooking").
  ('5e1f0a57-0000-4000-8000-000000000001', 'cooking_preference', 'yes_no', 'take on cooking', null, null, null, null,
    '[{"value": "yes", "label": "Yes", "synonyms": ["i love cooking", "i love to cook", "i like cooking", "i like to cook", "i enjoy cooking", "i enjoy to cook", "i adore cooking", "i adore to cook", "i really love cooking", "i really love to cook", "i really like cooking", "i really like to cook", "i really enjoy cooking", "i really enjoy to cook", "i really adore cooking", "i really adore to cook", "love the kitchen", "love being in the kitchen", "like being in the kitchen", "enjoy being in the kitchen", "cook from scratch", "foodie"]}, {"value": "no", "label": "No", "synonyms": ["i hate cooking", "i hate to cook", "i hate cook", "i dislike cooking", "i dislike to cook", "i dislike cook", "i can''t stand cooking", "i can''t stand to cook", "i can''t stand cook", "i don''t like cooking", "i don''t like to cook", "i don''t like cook", "i don''t enjoy cooking", "i don''t enjoy to cook", "i don''t enjoy cook", "i don''t love cooking", "i don''t love to cook", "i don''t love cook", "i do not like cooking", "i do not like to cook", "i do not like cook", "i do not enjoy cooking", "i do not enjoy to cook", "i do not enjoy cook", "i do not love cooking", "i do not love to cook", "i do not love cook", "i never cooking", "i never cook", "i really hate cooking", "i really hate to cook", "i really hate cook", "i really dislike cooking", "i really dislike to cook", "i really dislike cook", "i really can''t stand cooking", "i really can''t stand to cook", "i really can''t stand cook", "i really don''t like cooking", "i really don''t like to cook", "i really don''t like cook", "i really don''t enjoy cooking", "i really don''t enjoy to cook", "i really don''t enjoy cook", "i really don''t love cooking", "i really don''t love to cook", "i really don''t love cook", "i really do not like cooking", "i really do not like to cook", "i really do not like cook", "i really do not enjoy cooking", "i really do not enjoy to cook", "i really do not enjoy cook", "i really do not love cooking", "i really do not love to cook", "i really do not love cook", "i really never cooking", "i really never cook", "i don''t cook", "i do not cook", "i can''t cook", "i cannot cook", "not a fan of cooking", "no time to cook", "live on takeaways", "eat out", "order in", "order takeaway", "microwave meals", "ready meals", "meals delivered", "have it delivered", "burn everything", "burn water", "hate the kitchen", "hopeless in the kitchen", "useless in the kitchen", "burn toast"]}]', null, true)
on conflict (bot_id, key) do nothing;

insert into public.bot_steps (bot_id, position, field, prompt, placeholder, condition)
values
  ('5e1f0a57-0000-4000-8000-000000000001', 1, 'name', 'First things first: what should I call you?', 'Your first name', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 2, 'age', 'How old are you?', 'Your age', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 3, 'gender', 'Which best describes you?', null, null),
  ('5e1f0a57-0000-4000-8000-000000000001', 4, 'primary_goal', 'What''s your main goal right now?', null, null),
  ('5e1f0a57-0000-4000-8000-000000000001', 5, 'recomp_focus', 'Doing both is totally doable. Which would you rather start with?', null,
    '{"field": "primary_goal", "op": "eq", "value": "recomp"}'),
  ('5e1f0a57-0000-4000-8000-000000000001', 6, 'eating_habits', 'How do you eat on a typical day?', 'e.g. skip breakfast, big dinner, snacks at night', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 7, 'emotional_why', 'What''s the real reason this matters to you right now?', 'Your why, in your own words', null),
  ('5e1f0a57-0000-4000-8000-000000000001', 8, 'support_level', 'How much hands-on support do you want from us? 1 = just give me the plan, 10 = check in with me every day.', null, null),
  ('5e1f0a57-0000-4000-8000-000000000001', 9, 'cooking_preference', 'Last one: do you enjoy cooking your own meals?', null, null)
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

-- What each card lists, and the plan it offers instead (same goal, the other way of eating).
update public.plans p set includes = x.includes, alternative_code = x.alternative_code, alternative_line = x.alternative_line
from (values
  ('Shred-Spartan', array['A calorie and macro target set for your body', 'A weekly meal plan with high-protein recipes', 'A shopping list and an app to track progress'], 'Shred-Gladiator', 'Rather have your meals made for you?'),
  ('Shred-Gladiator', array['Chef-prepared, portion-controlled meals delivered weekly', 'A dedicated coach with weekly check-ins', 'Your plan adjusted as you go'], 'Shred-Spartan', 'Prefer to cook yourself?'),
  ('Beast-Spartan', array['A calorie surplus and protein target set for your body', 'A weekly meal plan with hearty recipes', 'A shopping list and an app to track meals and strength'], 'Beast-Gladiator', 'Rather have your meals made for you?'),
  ('Beast-Gladiator', array['Chef-prepared, high-protein meals delivered weekly', 'A dedicated coach checking training, weight and recovery', 'Portions sized for muscle gain'], 'Beast-Spartan', 'Prefer to cook yourself?')
) as x(code, includes, alternative_code, alternative_line)
where p.bot_id = '5e1f0a57-0000-4000-8000-000000000001' and p.code = x.code and p.alternative_code is null;

-- The original mapping as rules, first match wins: the goal picks Shred or Beast (recomposition by its focus,
-- lean first when not asked), and low support with a home cook picks Spartan, anyone else Gladiator. Gladiator
-- has two rows per goal so its reason fits the visitor: the coaching they asked for, or no cooking.
insert into public.plan_rules (bot_id, position, plan_code, conditions, why)
values
  ('5e1f0a57-0000-4000-8000-000000000001', 1, 'Shred-Spartan',
    '[{"field": "primary_goal", "op": "eq", "value": "fat_loss"}, {"field": "support_level", "op": "lte", "value": 3}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to lose fat, and you told me why: “{emotional_why}”. Shred is built for steady fat loss, and Spartan suits you because you like to cook and want a lighter touch.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 2, 'Shred-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "fat_loss"}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to lose fat, and you told me why: “{emotional_why}”. Shred is built for steady fat loss, and Gladiator gives you the hands-on coaching you asked for, with chef-made meals for the days you would rather not cook.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 3, 'Shred-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "fat_loss"}]',
    'You want to lose fat, and you told me why: “{emotional_why}”. Shred is built for steady fat loss, and Gladiator takes the cooking off your plate, with a coach checking in at the support level you asked for.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 4, 'Beast-Spartan',
    '[{"field": "primary_goal", "op": "eq", "value": "muscle_gain"}, {"field": "support_level", "op": "lte", "value": 3}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to build muscle, and you told me why: “{emotional_why}”. Beast is built for lean muscle gain, and Spartan suits you because you like to cook and want a lighter touch.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 5, 'Beast-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "muscle_gain"}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to build muscle, and you told me why: “{emotional_why}”. Beast is built for lean muscle gain, and Gladiator gives you the hands-on coaching you asked for, with chef-made meals for the days you would rather not cook.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 6, 'Beast-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "muscle_gain"}]',
    'You want to build muscle, and you told me why: “{emotional_why}”. Beast is built for lean muscle gain, and Gladiator takes the cooking off your plate, with a coach checking in at the support level you asked for.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 7, 'Beast-Spartan',
    '[{"field": "primary_goal", "op": "eq", "value": "recomp"}, {"field": "recomp_focus", "op": "eq", "value": "build"}, {"field": "support_level", "op": "lte", "value": 3}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to lose fat and build muscle, starting with the muscle, because “{emotional_why}”. Beast adds muscle while keeping fat in check, and Spartan suits you because you like to cook and want a lighter touch.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 8, 'Beast-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "recomp"}, {"field": "recomp_focus", "op": "eq", "value": "build"}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to lose fat and build muscle, starting with the muscle, because “{emotional_why}”. Beast adds muscle while keeping fat in check, and Gladiator gives you the hands-on coaching you asked for, with chef-made meals for the days you would rather not cook.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 9, 'Beast-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "recomp"}, {"field": "recomp_focus", "op": "eq", "value": "build"}]',
    'You want to lose fat and build muscle, starting with the muscle, because “{emotional_why}”. Beast adds muscle while keeping fat in check, and Gladiator takes the cooking off your plate, with a coach checking in at the support level you asked for.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 10, 'Shred-Spartan',
    '[{"field": "primary_goal", "op": "eq", "value": "recomp"}, {"field": "support_level", "op": "lte", "value": 3}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to lose fat and build muscle, getting lean first, because “{emotional_why}”. Shred strips fat while keeping your muscle, and Spartan suits you because you like to cook and want a lighter touch.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 11, 'Shred-Gladiator',
    '[{"field": "primary_goal", "op": "eq", "value": "recomp"}, {"field": "cooking_preference", "op": "eq", "value": true}]',
    'You want to lose fat and build muscle, getting lean first, because “{emotional_why}”. Shred strips fat while keeping your muscle, and Gladiator gives you the hands-on coaching you asked for, with chef-made meals for the days you would rather not cook.'),
  -- Everyone else: recomposition, leaning out first, without cooking.
  ('5e1f0a57-0000-4000-8000-000000000001', 12, 'Shred-Gladiator',
    '[]',
    'You want to lose fat and build muscle, getting lean first, because “{emotional_why}”. Shred strips fat while keeping your muscle, and Gladiator takes the cooking off your plate, with a coach checking in at the support level you asked for.')
on conflict (bot_id, position) do nothing;

-- The coach's own words where they are about this business; everything else is the built-in wording.
insert into public.bot_texts (bot_id, key, lang, text)
values
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.gender', 'en', 'Thanks for sharing.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.primary_goal.fat_loss', 'en', 'Losing fat — great goal.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.primary_goal.muscle_gain', 'en', 'Building muscle — great goal.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.primary_goal.recomp', 'en', 'Losing fat and building muscle at once — great goal.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.recomp_focus', 'en', 'Got it.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.eating_habits', 'en', 'Thanks — that gives me a clear picture.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.emotional_why', 'en', 'That''s a great reason.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.cooking_preference.yes', 'en', 'Great — cooking your own meals makes this easier.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'ack.cooking_preference.no', 'en', 'No problem — we can take cooking off your plate.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'objection.tried_before', 'en', 'I hear you — a lot of people come to us after trying diet after diet, so you''re not alone.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'handoff.asked_for_human', 'en', 'Of course — I''m bringing in a human coach.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'handoff.frustration', 'en', 'Sorry this hasn''t been helpful — I''m bringing in a human coach to take it from here.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'no_answer', 'en', 'I don''t have a good answer to that one — I can bring in a human coach if you like.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'safety.medical', 'en', 'Thank you for telling me — that''s important, and it deserves a real person rather than an automated reply. I''m bringing in a human coach, and please also talk to your doctor before changing how you eat.'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.gender', 'en', '{value}'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.primary_goal.fat_loss', 'en', 'wants to lose fat'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.primary_goal.muscle_gain', 'en', 'wants to build muscle'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.primary_goal.recomp', 'en', 'wants to lose fat and build muscle'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.cooking_preference.yes', 'en', 'likes to cook'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.cooking_preference.no', 'en', 'would rather not cook'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'confirm.support_level', 'en', 'support {value}/{max}'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'objection.time.query', 'en', 'busy and hate cooking'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'objection.tried_before.query', 'en', 'tried diets before and failed'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'objection.doubt.query', 'en', 'results success story lost weight gained muscle'),
  ('5e1f0a57-0000-4000-8000-000000000001', 'plan.guarantee', 'en', 'Cancel or pause any time from your account.')
on conflict (bot_id, key, lang) do nothing;

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

insert into public.bot_fields (bot_id, key, type, label, entity, max_length)
values ('5e1f0a57-0000-4000-8000-000000000002', 'name', 'text', 'name', 'person_name', 60)
on conflict (bot_id, key) do nothing;

insert into public.bot_steps (bot_id, position, field, prompt, placeholder)
values ('5e1f0a57-0000-4000-8000-000000000002', 1, 'name', 'What is your name?', 'Your first name')
on conflict (bot_id, field) do nothing;

insert into public.plans (bot_id, code, family, variant, title, description, price_cents, cta_label, cta_url)
values (
  '5e1f0a57-0000-4000-8000-000000000002', 'Shred-Gladiator', 'Shred', 'Gladiator', 'Other plan',
  'The second tenant''s only plan.', 9900, 'Buy', 'https://other.example.test/buy'
)
on conflict (bot_id, code) do nothing;

insert into public.plan_rules (bot_id, position, plan_code, conditions)
values ('5e1f0a57-0000-4000-8000-000000000002', 1, 'Shred-Gladiator', '[]')
on conflict (bot_id, position) do nothing;

-- A second demo business, unlike the first and made of rows only: "Lotus Room", a yoga studio that helps a
-- visitor choose a membership. Its knowledge is in supabase/knowledge/lotus-room/, its page demo/lotus-room.html.
insert into public.bots (id, owner_id, name, welcome_message, brand_voice, theme, allowed_origins, handoff_message)
values (
  '5e1f0a57-0000-4000-8000-000000000003',
  '5e1f0a57-0000-4000-8000-0000000000aa',
  'Lotus Room Yoga',
  'Namaste! I''m the Lotus Room assistant. Four quick questions and I''ll suggest the membership that suits how you want to practise.',
  'Warm, calm and unhurried; plain words, no jargon, never pushy. Beginners are always welcome.',
  '{"accent": "#7c3aed", "radius": 18}',
  '{http://127.0.0.1:5173,http://localhost:5173}',
  'Thank you. One of our teachers will reply right here, usually the same day.'
)
on conflict (id) do nothing;

insert into public.bot_fields (bot_id, key, type, label, entity, min_value, max_value, max_length, options, default_value)
values
  ('5e1f0a57-0000-4000-8000-000000000003', 'name', 'text', 'name', 'person_name', null, null, 60, '[]', null),
  ('5e1f0a57-0000-4000-8000-000000000003', 'experience', 'choice', 'experience', 'self_description', null, null, null,
    '[
      {"value": "new", "label": "New to yoga", "synonyms": ["beginner", "a beginner", "never done it", "first time", "complete beginner", "total beginner", "never done yoga", "never tried yoga", "never tried it", "new to this", "brand new"]},
      {"value": "some", "label": "I''ve done some", "synonyms": ["a little", "a bit", "some experience", "on and off", "a few classes", "done some", "done a bit", "a few times"]},
      {"value": "regular", "label": "I practise regularly", "synonyms": ["regularly", "experienced", "advanced", "every week", "i practice regularly", "practise every week", "practice every week", "weekly"]}
    ]', null),
  ('5e1f0a57-0000-4000-8000-000000000003', 'focus', 'choice', 'focus', null, null, null, null,
    '[
      {"value": "calm", "label": "Stress relief and calm", "synonyms": ["stress", "relax", "relaxation", "calm down", "sleep better", "anxiety", "de stress", "destress", "unwind", "stress relief", "calm my mind", "calmer", "mindfulness"]},
      {"value": "flexibility", "label": "Flexibility", "synonyms": ["flexible", "stretching", "mobility", "touch my toes", "more flexible", "less stiff", "stretch", "loosen up"]},
      {"value": "strength", "label": "Strength and balance", "synonyms": ["strength", "get stronger", "core", "balance", "tone", "stronger", "core strength", "build strength"]}
    ]', null),
  ('5e1f0a57-0000-4000-8000-000000000003', 'classes_per_week', 'number', 'classes a week', 'frequency', 1, 7, null, '[]', null),
  ('5e1f0a57-0000-4000-8000-000000000003', 'time_of_day', 'choice', 'time of day', null, null, null, null,
    '[
      {"value": "mornings", "label": "Mornings", "synonyms": ["morning", "early", "before work", "am", "in the morning", "in the mornings", "early bird"]},
      {"value": "evenings", "label": "Evenings", "synonyms": ["evening", "after work", "nights", "pm", "in the evening", "in the evenings", "at night"]},
      {"value": "anytime", "label": "It varies", "synonyms": ["any time", "anytime", "depends", "flexible", "whenever", "varies", "no preference"]}
    ]', '"anytime"')
on conflict (bot_id, key) do nothing;

insert into public.bot_steps (bot_id, position, field, prompt, placeholder, condition)
values
  ('5e1f0a57-0000-4000-8000-000000000003', 1, 'name', 'Lovely to meet you. What''s your first name?', 'Your first name', null),
  ('5e1f0a57-0000-4000-8000-000000000003', 2, 'experience', 'How much yoga have you done before?', null, null),
  ('5e1f0a57-0000-4000-8000-000000000003', 3, 'focus', 'What would you most like yoga to do for you?', null, null),
  ('5e1f0a57-0000-4000-8000-000000000003', 4, 'classes_per_week', 'How many classes a week would you like to come to?', 'e.g. 2', null),
  -- Only regulars choose a time: the early-bird membership is for mornings.
  ('5e1f0a57-0000-4000-8000-000000000003', 5, 'time_of_day', 'When do you usually like to practise?', null,
    '{"field": "classes_per_week", "op": "gte", "value": 3}')
on conflict (bot_id, field) do nothing;

insert into public.plans (bot_id, code, title, description, price_cents, currency, billing_period, cta_label, cta_url, includes)
values
  ('5e1f0a57-0000-4000-8000-000000000003', 'intro-month', 'Intro Month',
    'Thirty days of unlimited beginner classes, with a welcome session to set you up with mat, props and the basics.',
    4900, 'EUR', 'one_time', 'Start my intro month', 'https://lotus-room.example/join?plan=intro-month',
    array['Unlimited beginner classes for 30 days', 'A one-to-one welcome session', 'Mat and props included']),
  ('5e1f0a57-0000-4000-8000-000000000003', 'class-pack', '10-Class Pack',
    'Ten classes of any style, used whenever you like within six months.',
    13000, 'EUR', 'one_time', 'Buy a class pack', 'https://lotus-room.example/join?plan=class-pack',
    array['10 classes of any style', 'Valid for six months', 'Book up to two weeks ahead']),
  ('5e1f0a57-0000-4000-8000-000000000003', 'unlimited', 'Unlimited Membership',
    'Every class on the timetable, as often as you like, with a monthly check-in with a teacher.',
    11900, 'EUR', 'month', 'Become a member', 'https://lotus-room.example/join?plan=unlimited',
    array['Unlimited classes of every style', 'A monthly check-in with a teacher', 'Guest pass once a month']),
  ('5e1f0a57-0000-4000-8000-000000000003', 'early-bird', 'Early Bird Membership',
    'Unlimited classes before 10 am on weekdays, for people who like to start the day on the mat.',
    8900, 'EUR', 'month', 'Become an early bird', 'https://lotus-room.example/join?plan=early-bird',
    array['Unlimited weekday classes before 10 am', 'Weekend classes at member price', 'A monthly check-in with a teacher'])
on conflict (bot_id, code) do nothing;

update public.plans p set alternative_code = x.alternative_code, alternative_line = x.alternative_line
from (values
  ('unlimited', 'class-pack', 'Coming less often? A 10-class pack never ties you in.'),
  ('early-bird', 'unlimited', 'Want evenings and weekends too?'),
  ('class-pack', 'unlimited', 'Coming three times a week or more? Unlimited works out cheaper.')
) as x(code, alternative_code, alternative_line)
where p.bot_id = '5e1f0a57-0000-4000-8000-000000000003' and p.code = x.code and p.alternative_code is null;

insert into public.plan_rules (bot_id, position, plan_code, conditions, why)
values
  ('5e1f0a57-0000-4000-8000-000000000003', 1, 'intro-month', '[{"field": "experience", "op": "eq", "value": "new"}]',
    'You''re new to yoga, so the Intro Month lets you try every beginner class for thirty days, with a welcome session to start you off. Great for {focus}.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 2, 'early-bird',
    '[{"field": "classes_per_week", "op": "gte", "value": 3}, {"field": "time_of_day", "op": "eq", "value": "mornings"}]',
    'You''d like to come {classes_per_week} times a week and you prefer mornings: the Early Bird Membership gives you every weekday class before 10 am for less.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 3, 'unlimited', '[{"field": "classes_per_week", "op": "gte", "value": 3}]',
    'At {classes_per_week} classes a week, unlimited costs less than paying per class, and a teacher checks in with you every month.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 4, 'class-pack', '[]',
    'At {classes_per_week} a week, a 10-class pack keeps you flexible: come when it suits you, no monthly commitment.')
on conflict (bot_id, position) do nothing;

insert into public.bot_texts (bot_id, key, lang, text)
values
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.experience.new', 'en', 'Welcome — everyone starts somewhere, and our beginner classes are made for exactly that.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.experience.some', 'en', 'Nice — you''ll find your feet again quickly.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.experience.regular', 'en', 'Wonderful — a regular practice is a great thing to keep going.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.focus.calm', 'en', 'Calm it is — our slow flow and yin classes are lovely for that.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.focus.flexibility', 'en', 'Flexibility — our hatha and yin classes will help.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.focus.strength', 'en', 'Strength and balance — vinyasa and power classes are for you.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'ack.classes_per_week', 'en', '{value} a week — a good rhythm.'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'objection.price.query', 'en', 'prices membership cost discount'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'objection.time.query', 'en', 'busy timetable short classes'),
  ('5e1f0a57-0000-4000-8000-000000000003', 'plan.guarantee', 'en', 'Not for you after your first class? We refund it, no questions asked.')
on conflict (bot_id, key, lang) do nothing;

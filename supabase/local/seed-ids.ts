/** Fixed ids of the seed's rows (supabase/seed.sql), for the demo page and the tests. */
export const NUTRITION_SOLUTIONS_BOT_ID = '5e1f0a57-0000-4000-8000-000000000001';
export const DEMO_OWNER_ID = '5e1f0a57-0000-4000-8000-0000000000aa';

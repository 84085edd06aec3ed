/** Fixed ids of the seed's rows (supabase/seed.sql), for the demo page and the tests. */
export const NUTRITION_SOLUTIONS_BOT_ID = '5e1f0a57-0000-4000-8000-000000000001';
export const DEMO_OWNER_ID = '5e1f0a57-0000-4000-8000-0000000000aa';
/** A second tenant, used by the tests to prove one owner's bot never sees another's data. */
export const OTHER_BOT_ID = '5e1f0a57-0000-4000-8000-000000000002';
export const OTHER_OWNER_ID = '5e1f0a57-0000-4000-8000-0000000000bb';
/** The second demo business (a yoga studio), configured only by rows: demo/lotus-room.html. */
export const LOTUS_ROOM_BOT_ID = '5e1f0a57-0000-4000-8000-000000000003';

/**
 * The seed's owners as `npm run dev` signs them in (supabase/seed.sql has the same users): the name is what
 * a visitor sees on a coach's reply.
 */
export const DEMO_OWNERS = [
  { id: DEMO_OWNER_ID, email: 'owner@nutrition-solutions.example', user_metadata: { name: 'Dana' }, bots: 'Nutrition Solutions and Lotus Room Yoga' },
  { id: OTHER_OWNER_ID, email: 'other@example.test', user_metadata: { name: 'Sam' }, bots: 'Other Coach, the second tenant' },
] as const;

/**
 * When a human coach can answer, from the bot's handoff settings (the appearance request): inside the
 * coaches' hours in their time zone, the visitor waits for a reply for `wait_seconds`; outside them, or
 * once that wait is over with no reply, the widget offers to take an email or phone number instead.
 * Pure, so it is tested with fixed clocks; Intl does the time-zone arithmetic.
 */
import type { HandoffSettings, Weekday } from '../../functions/_shared/contracts.ts';

const DAYS: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

/** One formatter per zone: `nextOpening` asks hundreds of times, and making a formatter is the slow part. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The weekday and HH:MM it is now in a time zone (null for a zone the browser does not know). */
export function localTime(now: Date, timeZone: string): { day: Weekday; time: string } | null {
  try {
    let format = formatters.get(timeZone);
    if (!format) formatters.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
    const parts = format.formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const day = DAYS[get('weekday')];
    return day ? { day, time: `${get('hour')}:${get('minute')}` } : null;
  } catch {
    return null;
  }
}

/** Are coaches at work now? No hours set means any time; an unknown zone is read as UTC. */
export function coachesAvailable(settings: Pick<HandoffSettings, 'hours' | 'time_zone'> | undefined, now = new Date()): boolean {
  if (!settings?.hours?.length) return true;
  const local = localTime(now, settings.time_zone) ?? localTime(now, 'UTC')!;
  return settings.hours.some((slot) => slot.days.includes(local.day) && local.time >= slot.from && local.time < slot.to);
}

const MINUTE = 60_000;
/** Time zones are whole multiples of a quarter hour from UTC, so steps on UTC's five minutes are local ones too. */
const STEP = 5 * MINUTE;

/**
 * When the coaches are next at work, as an instant (null when they are now, or never within a week): found by
 * stepping five minutes at a time and then back to the minute, so Intl does every time-zone rule (summer time
 * included) and nothing here knows the calendar. (Hours shorter than five minutes may be stepped over.)
 */
export function nextOpening(settings: Pick<HandoffSettings, 'hours' | 'time_zone'> | undefined, now = new Date()): Date | null {
  if (coachesAvailable(settings, now)) return null;
  const start = Math.ceil(now.getTime() / MINUTE) * MINUTE;
  for (let t = Math.ceil(start / STEP) * STEP; t < start + 8 * 24 * 60 * MINUTE; t += STEP) {
    if (!coachesAvailable(settings, new Date(t))) continue;
    let open = t;
    while (open - MINUTE >= start && coachesAvailable(settings, new Date(open - MINUTE))) open -= MINUTE;
    return new Date(open);
  }
  return null;
}

/** What the visitor is told after asking for a human: wait for a reply, or leave contact details. */
export function handoffExpectation(settings: HandoffSettings | undefined, askedAt: number, now = Date.now()): 'wait' | 'leave_contact' {
  if (!coachesAvailable(settings, new Date(now))) return 'leave_contact';
  return now - askedAt >= (settings?.wait_seconds ?? 300) * 1000 ? 'leave_contact' : 'wait';
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 ().-]+$/;

/** The visitor's contact as typed: an email, a phone number, or a sentence saying what is wrong. */
export function parseContact(text: string): { email: string } | { phone: string } | { problem: 'empty' | 'invalid' } {
  const value = text.trim();
  if (!value) return { problem: 'empty' };
  if (value.includes('@')) return EMAIL.test(value) && value.length <= 254 ? { email: value } : { problem: 'invalid' };
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 6 && digits <= 15 && value.length <= 30 ? { phone: value } : { problem: 'invalid' };
}

import { describe, expect, it } from 'vitest';
import { coachesAvailable, handoffExpectation, localTime, nextOpening, parseContact } from '../../widget/src/coach-hours.ts';

const weekdays = { time_zone: 'Europe/London', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '09:00', to: '17:00' }].map((s) => ({ ...s, days: [...s.days] })) };

describe("the coaches' hours", () => {
  it('reads the weekday and time in the coaches’ own time zone', () => {
    // 2026-07-06 is a Monday; London is UTC+1 in summer, Tokyo UTC+9.
    expect(localTime(new Date('2026-07-06T07:30:00Z'), 'Europe/London')).toEqual({ day: 'mon', time: '08:30' });
    expect(localTime(new Date('2026-07-06T20:00:00Z'), 'Asia/Tokyo')).toEqual({ day: 'tue', time: '05:00' });
    expect(localTime(new Date(), 'Mars/Olympus')).toBeNull();
  });

  it('is open inside the hours and closed outside them, at the edges too', () => {
    expect(coachesAvailable(weekdays, new Date('2026-07-06T08:00:00Z'))).toBe(true); // Mon 09:00 London
    expect(coachesAvailable(weekdays, new Date('2026-07-06T07:59:00Z'))).toBe(false); // Mon 08:59
    expect(coachesAvailable(weekdays, new Date('2026-07-06T16:00:00Z'))).toBe(false); // Mon 17:00
    expect(coachesAvailable(weekdays, new Date('2026-07-04T12:00:00Z'))).toBe(false); // Saturday
    expect(coachesAvailable({ time_zone: 'UTC', hours: null })).toBe(true);
    expect(coachesAvailable(undefined)).toBe(true);
  });

  it('asks for contact details outside the hours at once, inside them after the wait', () => {
    const settings = { ...weekdays, wait_seconds: 120 };
    const monday = Date.parse('2026-07-06T10:00:00Z');
    expect(handoffExpectation(settings, monday, monday + 60_000)).toBe('wait');
    expect(handoffExpectation(settings, monday, monday + 120_000)).toBe('leave_contact');
    const saturday = Date.parse('2026-07-04T10:00:00Z');
    expect(handoffExpectation(settings, saturday, saturday)).toBe('leave_contact');
  });
});

describe('contact details as typed', () => {
  it.each([
    ['sam@example.com', { email: 'sam@example.com' }],
    [' +44 20 7946 0958 ', { phone: '+44 20 7946 0958' }],
    ['(06) 12-34-56-78', { phone: '(06) 12-34-56-78' }],
    ['', { problem: 'empty' }],
    ['sam@', { problem: 'invalid' }],
    ['12345', { problem: 'invalid' }],
    ['call me', { problem: 'invalid' }],
    ['1234567890123456', { problem: 'invalid' }],
  ])('%j → %j', (text, expected) => expect(parseContact(text)).toEqual(expected));
});

describe('when the coaches are back', () => {
  it('is the first minute of their next hours, in their time zone, whatever the step', () => {
    const hours = { time_zone: 'Europe/London', hours: [{ days: ['mon' as const], from: '09:05', to: '17:00' }] };
    // Saturday 4 July 2026, 12:00 UTC: back on Monday at 09:05 London time (08:05 UTC, summer time).
    expect(nextOpening(hours, new Date('2026-07-04T12:00:00Z'))?.toISOString()).toBe('2026-07-06T08:05:00.000Z');
    // In winter London is UTC itself.
    expect(nextOpening(hours, new Date('2026-01-03T12:00:00Z'))?.toISOString()).toBe('2026-01-05T09:05:00.000Z');
  });

  it('is null while they are at work, and when no hours ever open', () => {
    expect(nextOpening(weekdays, new Date('2026-07-06T10:00:00Z'))).toBeNull();
    expect(nextOpening({ time_zone: 'UTC', hours: null })).toBeNull();
    expect(nextOpening({ time_zone: 'UTC', hours: [{ days: [], from: '09:00', to: '17:00' }] }, new Date('2026-07-06T10:00:00Z'))).toBeNull();
  });
});

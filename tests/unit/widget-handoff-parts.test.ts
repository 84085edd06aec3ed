/**
 * The handoff chunk's pure parts: the backoff of its checks for replies, the unread count, which notice the
 * panel shows, and the times it says in the visitor's language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noticeFor, teamAnswered } from '../../widget/src/handoff/notice.ts';
import { createPoller, POLL, pollDelay } from '../../widget/src/handoff/poller.ts';
import { lastFromOthers, unreadCount } from '../../widget/src/handoff/unread.ts';
import { backText, HANDOFF_WORDS, waitText } from '../../widget/src/handoff/words.ts';
import type { Message } from '../../widget/src/model.ts';

const msg = (id: string, sender: Message['sender']): Message => ({ id, sender, text: id });

describe('checking for replies', () => {
  afterEach(() => void vi.useRealTimers());

  it('waits longer after each check that brought nothing, up to a ceiling, and longer still while the page is hidden', () => {
    expect([0, 1, 2, 3].map((quiet) => pollDelay(quiet, false))).toEqual([3000, 4500, 6750, 10125]);
    expect(pollDelay(50, false)).toBe(POLL.mostMs);
    expect(pollDelay(50, false, true)).toBe(POLL.watchedMostMs); // the panel is open: 10 s at most
    expect(pollDelay(0, true)).toBe(POLL.hiddenMs);
  });

  it('checks on a backoff while active, soon again after news, at once when the page is shown, and never after stop', async () => {
    vi.useFakeTimers();
    const doc = Object.assign(new EventTarget(), { hidden: false });
    let active = true;
    let news = false;
    const checks: number[] = [];
    const poller = createPoller({ active: () => active, check: async () => (checks.push(Date.now()), news), doc: doc as unknown as Document });
    const start = Date.now();
    poller.wake();
    await vi.advanceTimersByTimeAsync(3000 + 4500 + 6750);
    expect(checks.map((t) => t - start)).toEqual([3000, 7500, 14250]);
    news = true;
    await vi.advanceTimersByTimeAsync(10125); // this check brings news: the next comes 3 s later
    await vi.advanceTimersByTimeAsync(3000);
    expect(checks.map((t) => t - start)).toEqual([3000, 7500, 14250, 24375, 27375]);
    doc.hidden = true;
    news = false;
    await vi.advanceTimersByTimeAsync(3000 + 59_000);
    expect(checks).toHaveLength(6); // the check already due, then hidden: a minute at least
    doc.hidden = false;
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(checks).toHaveLength(7);
    active = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(checks).toHaveLength(8); // the check already due, then none: nobody holds the chat
    active = true;
    poller.stop();
    poller.wake();
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(checks).toHaveLength(8);
  });
});

describe('the unread badge', () => {
  const shown = [msg('a1', 'ai'), msg('c1', 'client'), msg('h1', 'human_coach'), msg('c2', 'client'), msg('h2', 'human_coach')];

  it('counts the messages of the bot and the team after the last one read, not the visitor’s own', () => {
    expect(unreadCount(shown, 'a1')).toBe(2);
    expect(unreadCount(shown, 'h1')).toBe(1);
    expect(unreadCount(shown, 'h2')).toBe(0);
  });

  it('counts nothing for an id no longer in the conversation', () => {
    expect(unreadCount(shown, 'gone')).toBe(0);
    expect(unreadCount(shown, null)).toBe(0);
    expect(lastFromOthers(shown)).toBe('h2');
    expect(lastFromOthers([msg('c1', 'client')])).toBeNull();
  });

  it('says the count in words', () => {
    expect(HANDOFF_WORDS.en.unread(1)).toBe('1 unread message');
    expect(HANDOFF_WORDS.en.unread(3)).toBe('3 unread messages');
    expect(HANDOFF_WORDS.es.unread(2)).toBe('2 mensajes sin leer');
  });
});

describe('what the panel says while a person is asked for', () => {
  const asked = [msg('a1', 'ai'), msg('c1', 'client'), msg('a2', 'ai')];
  const base = { held: true, messages: asked, contactLeft: false, available: true, waited: false };

  it('tells when a reply usually comes, then asks for contact details once the wait is over', () => {
    expect(noticeFor(base)).toBe('wait');
    expect(noticeFor({ ...base, waited: true })).toBe('late');
  });

  it('asks for contact details at once outside the team’s hours, and thanks once they are left', () => {
    expect(noticeFor({ ...base, available: false })).toBe('away');
    expect(noticeFor({ ...base, available: false, contactLeft: true })).toBe('thanks');
  });

  it('says nothing once the team answers (the visitor may write in between), or when the bot holds the chat', () => {
    const answered = [...asked, msg('h1', 'human_coach'), msg('c2', 'client')];
    expect(teamAnswered(answered)).toBe(true);
    expect(teamAnswered(asked)).toBe(false);
    expect(noticeFor({ ...base, messages: answered, waited: true })).toBe('none');
    expect(noticeFor({ ...base, held: false })).toBe('none');
  });

  it('writes the wait and the return in the visitor’s language', () => {
    expect(waitText('en', 300)).toBe('5 minutes');
    expect(waitText('en', 30)).toBe('1 minute');
    expect(waitText('es', 7200)).toBe('2 horas');
    const now = new Date(2026, 6, 4, 20, 0); // a Saturday evening, the visitor's own clock
    expect(backText('en', new Date(2026, 6, 5, 9, 0), now)).toEqual({ day: 'tomorrow', relative: true, time: '9:00 AM' });
    expect(backText('en', new Date(2026, 6, 6, 9, 5), now)).toEqual({ day: 'Monday', relative: false, time: '9:05 AM' });
    expect(HANDOFF_WORDS.en.away(backText('en', new Date(2026, 6, 6, 9, 5), now))).toBe('The team is away right now and back Monday at 9:05 AM.');
    expect(HANDOFF_WORDS.es.away(backText('es', new Date(2026, 6, 6, 9, 5), now))).toBe('El equipo no está ahora; vuelve el lunes a las 9:05.');
  });
});

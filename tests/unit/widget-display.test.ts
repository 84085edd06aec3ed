/**
 * The widget's pure display helpers: the owner's fallback contact as a link, pictures and initials, the plan
 * card's typography, and how an answer changes the list on screen.
 */
import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../functions/_shared/contracts.ts';
import { initials, safeImageUrl } from '../../widget/src/avatar.ts';
import { parseConfig } from '../../widget/src/config.ts';
import { contactLink } from '../../widget/src/contact.ts';
import { mergeAnswer } from '../../widget/src/model/answers.ts';
import type { Message } from '../../widget/src/model/state.ts';
import { resolveTheme, themeCss } from '../../widget/src/theme.ts';
import { curlyQuotes, withoutTitle } from '../../widget/src/typography.ts';

describe('contactLink', () => {
  it('links an email address, a phone number and a site, each the way a visitor would use it', () => {
    expect(contactLink('hello@nutrition.example')).toEqual({ href: 'mailto:hello@nutrition.example', text: 'hello@nutrition.example' });
    expect(contactLink(' +1 (555) 010-9999 ')).toEqual({ href: 'tel:+15550109999', text: '+1 (555) 010-9999' });
    expect(contactLink('https://nutrition.example/contact/')).toEqual({ href: 'https://nutrition.example/contact/', text: 'nutrition.example/contact' });
    expect(contactLink('nutrition.example/help')).toEqual({ href: 'https://nutrition.example/help', text: 'nutrition.example/help' });
  });

  it('shows nothing for what is none of those, or could run script', () => {
    for (const value of [null, undefined, '', 'call us', 'javascript:alert(1)', 'http://nutrition.example', 'data:text/html,x', '12']) {
      expect(contactLink(value), String(value)).toBeNull();
    }
  });
});

describe('pictures', () => {
  it('accepts https and data image URLs only', () => {
    expect(safeImageUrl('https://cdn.example/logo.png')).toBe('https://cdn.example/logo.png');
    expect(safeImageUrl('data:image/svg+xml;base64,PHN2Zy8+')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    for (const value of ['http://cdn.example/logo.png', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', `data:image/png;base64,${'A'.repeat(100_000)}`, 42, null]) {
      expect(safeImageUrl(value), String(value).slice(0, 40)).toBeNull();
    }
  });

  it('falls back to up to two initials from the name', () => {
    expect(initials('Coach Max')).toBe('CM');
    expect(initials('  dana  ')).toBe('D');
    expect(initials('Équipe Nutrition Solutions')).toBe('ÉN');
    expect(initials('🥗 Salad Bar')).toBe('SB');
    expect(initials(null)).toBe('');
  });
});

describe('plan card typography', () => {
  it('puts the visitor’s words in typographic quotes, apostrophes included', () => {
    expect(curlyQuotes('You want to lose fat because "I\'m tired of feeling tired".')).toBe('You want to lose fat because “I’m tired of feeling tired”.');
    expect(curlyQuotes("It's 'yours' to keep")).toBe('It’s ‘yours’ to keep');
  });

  it('drops the sentence that only names the plan again, never the whole text', () => {
    expect(withoutTitle('You want more energy. That’s why I recommend Shred Spartan. You cook it yourself.', 'Shred Spartan'))
      .toBe('You want more energy. You cook it yourself.');
    expect(withoutTitle('Shred Spartan fits you.', 'Shred Spartan')).toBe('Shred Spartan fits you.');
  });
});

describe('the launcher offset', () => {
  const base = { 'data-bot': '5e1f0a57-0000-4000-8000-000000000001', 'data-url': 'https://x.supabase.co', 'data-anon-key': 'a.b.c' };

  it('comes from data-offset over the bot’s launcher_offset, 0 to 300 pixels', () => {
    expect(parseConfig({ ...base, 'data-offset': '72' }, undefined).config?.offset).toBe(72);
    expect(parseConfig({ ...base, 'data-offset': '301' }, undefined).problems).toEqual(['data-offset must be a number of pixels from 0 to 300']);
    expect(parseConfig({ ...base, 'data-offset': '-4' }, undefined).problems).toHaveLength(1);
    expect(resolveTheme({ launcher_offset: 64 }).offset).toBe(64);
    expect(resolveTheme({ launcher_offset: 64 }, { offset: 10 }).offset).toBe(10);
    for (const bad of [-1, 400, '64', null]) expect(resolveTheme({ launcher_offset: bad }).offset).toBe(0);
    expect(themeCss(resolveTheme({ launcher_offset: 64 }))).toContain('--sp-offset:64px!important');
  });
});

describe('mergeAnswer', () => {
  const ai = (id: string, content: string) => ({ id, sender_type: 'ai' as const, content, created_at: '2026-01-01T00:00:00Z' });
  const answer = (over: Partial<ChatResponse>): ChatResponse => ({
    visitor_token: 't', bot: { name: 'Coach', theme: {} }, conversation_id: 'c', messages: [], prompt: null, plan: null, status: 'active', ...over,
  });
  const shown: Message[] = [{ id: 'm1', sender: 'ai', text: 'Hi!' }, { id: 'c1', sender: 'client', text: 'Sam', delivery: 'pending' }];

  it('puts the answer after its question and keeps the objects of the messages before it', () => {
    const next = mergeAnswer(shown, { id: 'c1', input: { type: 'text', text: 'Sam' } }, answer({ messages: [ai('m2', 'Nice to meet you.')] }));
    expect(next.map((m) => [m.id, m.delivery])).toEqual([['m1', undefined], ['c1', undefined], ['m2', undefined]]);
    expect(next[0]).toBe(shown[0]);
  });

  it('answers a poll that changed nothing with the very same list, and one that did with the unchanged messages kept', () => {
    const settled: Message[] = [{ id: 'm1', sender: 'ai', text: 'Hi!' }];
    const poll = { id: 'p', input: { type: 'poll' as const } };
    expect(mergeAnswer(settled, poll, answer({ history: [ai('m1', 'Hi!')] }))).toBe(settled);
    const coach = { ...ai('h1', 'Dana here.'), sender_type: 'human_coach' as const, author: { name: 'Dana' } };
    const next = mergeAnswer(settled, poll, answer({ history: [ai('m1', 'Hi!'), coach] }));
    expect(next[0]).toBe(settled[0]);
    expect(next[1]).toEqual({ id: 'h1', sender: 'human_coach', text: 'Dana here.', author: { name: 'Dana' } });
  });
});

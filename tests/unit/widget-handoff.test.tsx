// @vitest-environment happy-dom
/**
 * The visitor's side of a handoff in the mounted widget (index.ts starts the handoff chunk in-process): what
 * the panel says, the contact form and what it sends, checking for replies with the panel closed, the
 * launcher's unread badge, and a reload that finds a person holding the conversation. The API is a scripted
 * fetch; every test unmounts and leaves an empty body.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BotAppearance, ChatRequest, ChatResponse, HandoffSettings } from '../../functions/_shared/contracts.ts';
import { mount } from '../../widget/src/index.ts';
import { memoryStorage } from './memory-storage.ts';

const BOT = '5e1f0a57-0000-4000-8000-000000000001';
const config = { botId: BOT, url: 'http://api.test', anonKey: 'a.b.c' };
const at = '2026-01-01T00:00:00Z';
const ai = (id: string, content: string) => ({ id, sender_type: 'ai' as const, content, created_at: at });
const human = (id: string, content: string) => ({ id, sender_type: 'human_coach' as const, content, created_at: at, author: { name: 'Dana' } });
const client = (id: string, content: string) => ({ id, sender_type: 'client' as const, content, created_at: at });
const reply = (over: Partial<ChatResponse> = {}): ChatResponse => ({
  visitor_token: 'token-1', bot: { name: 'Nutrition Solutions', theme: {} }, conversation_id: 'c1', messages: [], prompt: null, plan: null, status: 'active', ...over,
});
const handedOver = [ai('a1', 'What should I call you?'), client('c1', 'A person please'), ai('a2', 'Of course, a person from our team will reply here.')];

/** Chat answers from a function of the request; the appearance carries `handoff`; contact details are recorded. */
function fakeApi(answer: (body: ChatRequest) => ChatResponse, handoff: HandoffSettings) {
  const chats: ChatRequest[] = [];
  const contacts: unknown[] = [];
  let contactStatus = 200;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    if (!init?.method) return Response.json({ bot: { name: 'Nutrition Solutions', theme: {}, fallback_contact: null, handoff } satisfies BotAppearance });
    const body = JSON.parse(String(init.body));
    if (path.endsWith('/events')) return Response.json({ ok: true });
    if (path.endsWith('/profile/contact')) {
      contacts.push(body);
      return contactStatus === 200
        ? Response.json({ contact: { email: body.email ?? null, phone: body.phone ?? null } })
        : Response.json({ error: { code: 'invalid_body', message: 'The body is invalid: check email.' } }, { status: contactStatus });
    }
    chats.push(body);
    return Response.json(answer(body));
  }) as typeof globalThis.fetch;
  return { fetch, chats, contacts, refuseContact: (status: number) => void (contactStatus = status) };
}

async function until(check: () => unknown, what: string, ms = 2000) {
  for (let waited = 0; waited < ms; waited += 10) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let destroy: (() => void) | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  destroy?.();
  destroy = undefined;
  expect(document.body.children).toHaveLength(0);
});

function start(api: ReturnType<typeof fakeApi>, backing = memoryStorage()) {
  destroy = mount(config, { fetch: api.fetch, storage: () => backing });
  const root = document.querySelector('signpost-widget')!.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const launcher = $<HTMLButtonElement>('button.launcher')!;
  const type = (text: string) => {
    $<HTMLInputElement>('.form input')!.value = text;
    $<HTMLButtonElement>('.send')!.click();
  };
  return { root, $, launcher, type, backing };
}

/** A bot whose visitor asks for a person on their first message; polls answer `later` once it is set. */
function handoffBot(handoff: HandoffSettings) {
  let later: ChatResponse | null = null;
  const api = fakeApi((body) => {
    if (body.input.type === 'start') return reply({ messages: [handedOver[0]!], prompt: { field: 'name', kind: 'text', options: [], min: null, max: null, placeholder: null } });
    if (body.input.type === 'poll') return later ?? reply({ status: 'handoff', history: handedOver });
    return reply({ status: 'handoff', messages: [handedOver[2]!] });
  }, handoff);
  return { api, answerLater: (next: ChatResponse) => void (later = next) };
}

describe('the visitor’s side of a handoff', () => {
  it('says that a person is on it and when a reply usually comes, from the bot’s wait', async () => {
    const { api } = handoffBot({ wait_seconds: 120, time_zone: 'UTC', hours: null });
    const { $, launcher, type } = start(api);
    launcher.click();
    await until(() => $('.form input'), 'the panel');
    expect($('.title span')!.textContent).toBe('Answers right away');
    type('A person please');
    await until(() => $('.handoff'), 'the notice');
    expect($('.handoff [role=status]')!.textContent).toBe('Someone from the team usually replies within 2 minutes.');
    expect($('.title span')!.textContent).toBe('A team member is on it');
    expect($('.contact')).toBeNull(); // within the wait, nothing is asked
  });

  it('asks outside the team’s hours at once for an email or a phone number, checks it as typed, and sends it with the consent shown', async () => {
    // Hours that never include now: half an hour on a day that is not today.
    const today = new Date().getUTCDay();
    const day = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[(today + 3) % 7]!;
    const { api } = handoffBot({ wait_seconds: 3600, time_zone: 'UTC', hours: [{ days: [day], from: '09:00', to: '09:30' }] });
    const { $, launcher, type, backing } = start(api);
    launcher.click();
    await until(() => $('.form input'), 'the panel');
    type('A person please');
    await until(() => $('.contact'), 'the contact form');
    expect($('.handoff [role=status]')!.textContent).toMatch(/^The team is away right now and back \w+ at .+\. Leave your email or phone number and they will get back to you\.$/);
    const field = $<HTMLInputElement>('#signpost-contact')!;
    expect(field.labels?.[0]?.textContent ?? $('.contact label')!.textContent).toBe('Email or phone number');
    expect($('#signpost-consent')!.textContent).toBe('By sending it, you agree that Nutrition Solutions may contact you about this chat.');

    // Typing is not judged until the visitor leaves the field or sends; then the problem goes as soon as it is right.
    field.value = 'sam@';
    field.dispatchEvent(new Event('input'));
    expect($('.problem')!.textContent).toBe('');
    field.dispatchEvent(new Event('blur'));
    await until(() => $('.problem')!.textContent, 'the problem');
    expect($('.problem')!.textContent).toContain('an email like name@example.com');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    field.value = 'sam@example.com';
    field.dispatchEvent(new Event('input'));
    await until(() => !$('.problem')!.textContent, 'the problem to go');
    expect(api.contacts).toEqual([]); // nothing sent yet

    $<HTMLButtonElement>('.contact button')!.click();
    await until(() => !$('.contact'), 'the thanks');
    expect(api.contacts).toEqual([{ bot_id: BOT, visitor_token: 'token-1', email: 'sam@example.com', consent: 'By sending it, you agree that Nutrition Solutions may contact you about this chat.' }]);
    expect($('.handoff [role=status]')!.textContent).toBe('Thanks! The team will get back to you by email at sam@example.com.');
    // Storage keeps how, never the address.
    expect(JSON.stringify(Object.fromEntries(Array.from({ length: backing.length }, (_, i) => [backing.key(i), backing.getItem(backing.key(i)!)])))).not.toContain('sam@');
  });

  it('refuses to send what is not an email or a phone number, and says so when the server refuses', async () => {
    // The visitor comes back after the wait, with nobody having answered: the form is there at once.
    const api = fakeApi(() => reply({ status: 'handoff', history: handedOver }), { wait_seconds: 30, time_zone: 'UTC', hours: null });
    const backing = memoryStorage();
    backing.setItem(`signpost:${BOT}:visitor_token`, 'token-1');
    backing.setItem(`signpost:${BOT}:handoff`, String(Date.now() - 60_000));
    const { $, launcher } = start(api, backing);
    launcher.click();
    await until(() => $('.contact'), 'the contact form');
    expect($('.handoff [role=status]')!.textContent).toBe('No one from the team is free right now. Leave your email or phone number and they will get back to you.');
    $<HTMLButtonElement>('.contact button')!.click();
    await until(() => $('.problem')!.textContent, 'the problem');
    expect($('.problem')!.textContent).toBe('Type an email address or a phone number.');
    const field = $<HTMLInputElement>('#signpost-contact')!;
    field.value = '+44 20 7946 0958';
    api.refuseContact(400);
    $<HTMLButtonElement>('.contact button')!.click();
    await until(() => $('.problem')!.textContent!.includes('a phone number like'), 'the refusal');
    expect(api.contacts).toEqual([expect.objectContaining({ phone: '+44 20 7946 0958' })]);
    expect($<HTMLButtonElement>('.contact button')!.disabled).toBe(false);
    expect($('.contact')).not.toBeNull();
  });

  it('checks for the team’s reply with the panel closed, shows it as a badge on the launcher, and clears it when opened', async () => {
    const { api, answerLater } = handoffBot({ wait_seconds: 300, time_zone: 'UTC', hours: null });
    const { $, launcher, type } = start(api);
    launcher.click();
    await until(() => $('.form input'), 'the panel');
    type('A person please');
    await until(() => $('.handoff'), 'the notice');
    launcher.click(); // closed
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
    answerLater(reply({ status: 'handoff', history: [...handedOver, human('h1', 'Hi, Dana here.')] }));
    await until(() => $('.launcher .badge'), 'the badge', 5000); // the first check comes 3 s after the handoff
    expect(api.chats.at(-1)!.input).toEqual({ type: 'poll' });
    expect($('.launcher .badge')!.textContent).toBe('1');
    expect(launcher.getAttribute('aria-label')).toBe('Open chat, 1 unread message');
    expect($('.handoff')).toBeNull(); // the team answered: no more waiting notice

    launcher.click();
    await until(() => !$('.launcher .badge'), 'the badge to go');
    expect(launcher.getAttribute('aria-label')).toBe('Close chat');
    expect([...$('.log')!.querySelectorAll('.msg.human_coach .bubble')].map((b) => b.textContent)).toEqual(['Hi, Dana here.']);
  });

  it('after a reload, reads the conversation a person holds without the visitor opening the chat', async () => {
    const { api } = handoffBot({ wait_seconds: 300, time_zone: 'UTC', hours: null });
    const backing = memoryStorage();
    backing.setItem(`signpost:${BOT}:visitor_token`, 'token-1');
    backing.setItem(`signpost:${BOT}:handoff`, String(Date.now() - 10_000));
    backing.setItem(`signpost:${BOT}:read`, 'a2');
    const { $, launcher } = start(api, backing);
    await until(() => api.chats.length > 0, 'the first read', 3000);
    expect(api.chats[0]).toMatchObject({ visitor_token: 'token-1', input: { type: 'poll' } });
    expect($('.launcher .badge')).toBeNull(); // nothing new since the last message read
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
  });

  it('forgets the handoff once the bot has the conversation back', async () => {
    const { api, answerLater } = handoffBot({ wait_seconds: 300, time_zone: 'UTC', hours: null });
    const { $, launcher, type, backing } = start(api);
    launcher.click();
    await until(() => $('.form input'), 'the panel');
    type('A person please');
    await until(() => $('.handoff'), 'the notice');
    expect(backing.getItem(`signpost:${BOT}:handoff`)).toMatch(/^\d+$/);
    answerLater(reply({ status: 'active', history: [...handedOver, human('h1', 'Back to the bot now.')] }));
    await until(() => !$('.handoff') && backing.getItem(`signpost:${BOT}:handoff`) === null, 'the hand-back', 5000);
    expect($('.title span')!.textContent).toBe('Answers right away');
  });
});

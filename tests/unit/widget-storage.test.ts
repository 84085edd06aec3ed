import { describe, expect, it } from 'vitest';
import { botStorage } from '../../widget/src/storage.ts';
import { memoryStorage } from './memory-storage.ts';

describe('botStorage', () => {
  it("namespaces keys per bot, so one bot never reads another's visitor token", () => {
    const backing = memoryStorage();
    const a = botStorage('bot-a', () => backing);
    const b = botStorage('bot-b', () => backing);
    a.set('visitor_token', 'token-a');
    expect(backing.getItem('signpost:bot-a:visitor_token')).toBe('token-a');
    expect(b.get('visitor_token')).toBeNull();
    a.remove('visitor_token');
    expect(a.get('visitor_token')).toBeNull();
  });

  it('answers null and swallows the error when storage throws on every access', () => {
    const throwing = new Proxy(memoryStorage(), { get() { throw new DOMException('denied', 'SecurityError'); } });
    const store = botStorage('bot', () => throwing);
    expect(() => store.set('visitor_token', 't')).not.toThrow();
    expect(store.get('visitor_token')).toBeNull();
    expect(() => store.remove('visitor_token')).not.toThrow();
  });

  it('survives a page where even touching window.localStorage throws', () => {
    const store = botStorage('bot', () => { throw new DOMException('blocked', 'SecurityError'); });
    expect(store.get('visitor_token')).toBeNull();
    expect(() => store.set('visitor_token', 't')).not.toThrow();
  });
});

/**
 * The widget's pure parts: language choice, contrast and theme mapping, the host API's command queue and
 * events, the proactive rule, and the text-to-links splitter.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../widget/src/config.ts';
import { installRegistry, type Instance } from '../../widget/src/host-api.ts';
import { en, es, pickLanguage } from '../../widget/src/i18n.ts';
import { linkify } from '../../widget/src/links.ts';
import { proactiveRule, scheduleProactive } from '../../widget/src/proactive.ts';
import { AA, contrast, ensureContrast, readableOn, resolveTheme, themeCss } from '../../widget/src/theme.ts';

describe('pickLanguage', () => {
  it('takes data-lang when we ship it, else the first browser language we ship, else English', () => {
    expect(pickLanguage('es', ['en-US'])).toBe('es');
    expect(pickLanguage('ES-mx')).toBe('es');
    expect(pickLanguage('fr', ['de-DE', 'es-419', 'en'])).toBe('es');
    expect(pickLanguage(undefined, ['ja-JP'])).toBe('en');
  });

  it('ships Spanish with every English string translated', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(es).filter(([k, v]) => v === en[k as keyof typeof en] && !['chat', 'no'].includes(k))).toEqual([]);
  });
});

describe('contrast and theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks a readable text colour when the owner’s accent fails AA against white text', () => {
    expect(contrast('#ffffff', '#e4572e')).toBeLessThan(AA);
    const onOrange = readableOn('#e4572e', '#ffffff');
    expect(onOrange).not.toBe('#ffffff');
    expect(contrast(onOrange, '#e4572e')).toBeGreaterThanOrEqual(AA);
    expect(readableOn('#0f766e', '#ffffff')).toBe('#ffffff'); // the owner's choice when it reads
  });

  it('darkens or lightens a colour just enough to reach AA', () => {
    const dark = ensureContrast('#e4572e', '#ffffff');
    expect(contrast(dark, '#ffffff')).toBeGreaterThanOrEqual(AA);
    const light = ensureContrast('#0f766e', '#17201d');
    expect(contrast(light, '#17201d')).toBeGreaterThanOrEqual(AA);
  });

  it('keeps every text colour of both palettes at AA for any accent an owner may choose', () => {
    for (const accent of ['#e4572e', '#ffff00', '#000000', '#ffffff', '#6d28d9', '#22c55e', '#0ea5e9']) {
      const theme = resolveTheme({ accent });
      for (const p of [theme.light, theme.dark]) {
        expect(contrast(p.onBrand, p.brand), `${accent} on-brand`).toBeGreaterThanOrEqual(AA);
        expect(contrast(p.brandText, p.canvas), `${accent} brand text`).toBeGreaterThanOrEqual(AA);
        expect(contrast(p.brandText, p.surface), `${accent} brand text on surface`).toBeGreaterThanOrEqual(AA);
        expect(contrast(p.text, p.canvas)).toBeGreaterThanOrEqual(AA);
        expect(contrast(p.muted, p.canvas)).toBeGreaterThanOrEqual(AA);
        expect(contrast(p.danger, p.canvas)).toBeGreaterThanOrEqual(AA);
      }
    }
  });

  it('maps bot.theme with data-* overrides on top, and lets nothing but valid values through', () => {
    const theme = resolveTheme(
      { accent: '#e4572e', radius: 14, font: 'Inter, sans-serif', icon: 'help', position: 'left', mode: 'auto' },
      { accent: '#123456', position: 'right' },
    );
    expect(theme).toMatchObject({ radius: '14px', font: 'Inter, sans-serif', icon: 'help', position: 'right', mode: 'auto' });
    expect(theme.light.brand).toBe('#123456');
    const hostile = resolveTheme({ accent: 'red;}</style>', font: 'x;background:url(https://evil.example)', radius: '1e9', icon: '<svg>' });
    expect(hostile).toMatchObject({ radius: '28px', icon: 'chat' });
    expect(hostile.light.brand).toBe('#0f766e');
    expect(themeCss(hostile)).not.toMatch(/evil|<|url\(/);
  });

  it('writes the theme as custom properties in one place: light, dark, or both under auto', () => {
    expect(themeCss(resolveTheme({}, { mode: 'light' }))).not.toContain('prefers-color-scheme');
    expect(themeCss(resolveTheme({}, { mode: 'dark' }))).toContain('--sp-surface:#17201d!important');
    expect(themeCss(resolveTheme({}, { mode: 'auto' }))).toContain('@media (prefers-color-scheme:dark)');
  });

  it('reads the data-* overrides from the script tag', () => {
    const base = { 'data-bot': '5e1f0a57-0000-4000-8000-000000000001', 'data-url': 'https://x.supabase.co', 'data-anon-key': 'a.b.c' };
    expect(parseConfig({ ...base, 'data-accent': '#abc', 'data-position': 'left', 'data-theme': 'dark', 'data-lang': 'es', 'data-proactive': 'off' }, undefined).config)
      .toMatchObject({ accent: '#abc', position: 'left', mode: 'dark', lang: 'es', proactive: 'off' });
    expect(parseConfig({ ...base, 'data-accent': 'red', 'data-position': 'top', 'data-theme': 'pink', 'data-proactive': 'soon' }, undefined).problems).toHaveLength(4);
  });
});

function fakeWindow() {
  const target = new EventTarget() as EventTarget & { Signpost?: unknown; CustomEvent: typeof CustomEvent };
  target.CustomEvent = CustomEvent;
  return target;
}
const instance = (bot: string): Instance & { calls: string[] } => {
  const calls: string[] = [];
  return { bot, calls, open: () => calls.push('open'), close: () => calls.push('close'), toggle: () => calls.push('toggle'), reset: () => calls.push('reset'), destroy: () => calls.push('destroy') };
};

describe('the host API registry', () => {
  it('replays commands queued by the snippet, per bot, and keeps bot-less ones for every widget', () => {
    const win = fakeWindow();
    const q: unknown[][] = [['open'], ['close', { bot: 'b' }], ['on', 'open', vi.fn()]];
    win.Signpost = Object.assign(() => undefined, { q });
    const registry = installRegistry(win);
    expect(win.Signpost).toBe(registry);
    const a = instance('a');
    const b = instance('b');
    registry.register(a);
    registry.register(b);
    expect(a.calls).toEqual(['open']);
    expect(b.calls).toEqual(['open', 'close']);
  });

  it('addresses one bot or all of them, through methods or the callable form, and refuses a second widget of a bot', () => {
    const registry = installRegistry(fakeWindow());
    const a = instance('a');
    const b = instance('b');
    registry.register(a);
    registry.register(b);
    expect(registry.register(instance('a'))).toBe(false);
    registry.open({ bot: 'b' });
    registry('toggle');
    expect([a.calls, b.calls]).toEqual([['toggle'], ['open', 'toggle']]);
    expect(registry.get('a')).toBe(a);
    expect(installRegistry(registry as never)).toBeDefined();
  });

  it('tells listeners and DOM listeners, isolates a failing listener, and unsubscribes', () => {
    const win = fakeWindow();
    const registry = installRegistry(win);
    const heard: unknown[] = [];
    const dom: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registry.on('plan', () => {
      throw new Error('page bug');
    });
    const off = registry.on('plan', (d) => heard.push(d));
    win.addEventListener('signpost:plan', (e) => dom.push((e as CustomEvent).detail));
    registry.emit('a', 'plan', { code: 'Shred-Spartan' });
    off();
    registry.emit('a', 'plan', { code: 'again' });
    expect(heard).toEqual([{ bot: 'a', code: 'Shred-Spartan' }]);
    expect(dom).toEqual([{ bot: 'a', code: 'Shred-Spartan' }, { bot: 'a', code: 'again' }]);
  });

  it('removes the global when its last widget goes', () => {
    const win = fakeWindow();
    const registry = installRegistry(win);
    const a = instance('a');
    registry.register(a);
    registry.unregister(a);
    expect('Signpost' in win).toBe(false);
  });

  it('ignores a polluted Object.prototype.bot', () => {
    const registry = installRegistry(fakeWindow());
    const a = instance('a');
    registry.register(a);
    const proto = Object.prototype as Record<string, unknown>;
    proto.bot = 'elsewhere';
    try {
      registry.open({});
    } finally {
      delete proto.bot;
    }
    expect(a.calls).toEqual(['open']);
  });
});

describe('the proactive rule', () => {
  it('takes data-proactive over the bot’s rule, and off disables it', () => {
    expect(proactiveRule({ after_seconds: 20 })).toEqual({ after_seconds: 20 });
    expect(proactiveRule({ scroll_percent: 50 })).toEqual({ scroll_percent: 50 });
    expect(proactiveRule({ after_seconds: 20 }, 'off')).toBeNull();
    expect(proactiveRule(null, 'scroll:60')).toEqual({ scroll_percent: 60 });
    expect(proactiveRule({ after_seconds: -1 })).toBeNull();
    expect(proactiveRule('soon')).toBeNull();
  });

  it('fires once after the seconds, and not at all once cancelled', () => {
    vi.useFakeTimers();
    try {
      const fire = vi.fn();
      scheduleProactive({ after_seconds: 20 }, globalThis as unknown as Window, fire);
      vi.advanceTimersByTime(19_999);
      expect(fire).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fire).toHaveBeenCalledTimes(1);
      const never = vi.fn();
      scheduleProactive({ after_seconds: 1 }, globalThis as unknown as Window, never)();
      vi.advanceTimersByTime(5000);
      expect(never).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('linkify', () => {
  it('links https URLs only, without trailing punctuation, and leaves everything else as text', () => {
    expect(linkify('See https://example.org/a?b=1, then (https://x.dev/y).')).toEqual([
      'See ', { href: 'https://example.org/a?b=1', text: 'https://example.org/a?b=1' }, ', then (', { href: 'https://x.dev/y', text: 'https://x.dev/y' }, ').',
    ]);
    expect(linkify('javascript:alert(1) http://plain.example <a href="https://e.x">')).toEqual([
      'javascript:alert(1) http://plain.example <a href="', { href: 'https://e.x/', text: 'https://e.x' }, '">',
    ]);
    expect(linkify('no links')).toEqual(['no links']);
  });
});

/**
 * The theme, from the owner's `bot.theme` (chat answers) and the embed's data-* overrides, resolved into
 * two palettes (light and dark) whose every text colour meets WCAG AA contrast, and mapped to CSS custom
 * properties in one place (`themeCss`). Pure and tested; only hex colours, plain font stacks and bounded
 * numbers get through, so a theme row can never inject CSS.
 */
export type Mode = 'light' | 'dark' | 'auto';
export type Position = 'left' | 'right';
export const ICONS = ['chat', 'help'] as const;
export type Icon = (typeof ICONS)[number];

/** What the widget understands in `bots.theme` (unknown keys are ignored). */
export interface BotTheme {
  accent?: unknown;
  accentText?: unknown;
  background?: unknown;
  text?: unknown;
  radius?: unknown;
  font?: unknown;
  icon?: unknown;
  position?: unknown;
  mode?: unknown;
  proactive?: unknown;
  launcher_offset?: unknown;
}

export interface Overrides {
  accent?: string | undefined;
  position?: Position | undefined;
  mode?: Mode | undefined;
  offset?: number | undefined;
}

export interface Palette {
  brand: string;
  brandHover: string;
  onBrand: string;
  /** The accent as text or outline on the surface (darkened or lightened until it reads at 4.5:1). */
  brandText: string;
  surface: string;
  canvas: string;
  text: string;
  muted: string;
  border: string;
  danger: string;
}

export interface Theme {
  light: Palette;
  dark: Palette;
  mode: Mode;
  radius: string;
  font: string;
  position: Position;
  icon: Icon;
  /** Pixels the launcher and the panel sit above their usual place (a page's bottom bar). */
  offset: number;
}

const DEFAULT_ACCENT = '#0f766e';
const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';
/** WCAG AA for normal text. */
export const AA = 4.5;

type Rgb = [number, number, number];

export function parseHex(value: unknown): Rgb | null {
  if (typeof value !== 'string') return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** The WCAG contrast ratio of two hex colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)!), luminance(parseHex(b)!)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` moved towards `b` by `t` (0..1). */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseHex(a)!, parseHex(b)!];
  return toHex(x.map((c, i) => c + (y[i]! - c) * t) as Rgb);
}

/** `fg` darkened or lightened (whichever way `bg` is not) just enough to read at `ratio` against `bg`. */
export function ensureContrast(fg: string, bg: string, ratio = AA): string {
  if (contrast(fg, bg) >= ratio) return fg;
  const target = luminance(parseHex(bg)!) > 0.18 ? '#000000' : '#ffffff';
  for (let t = 0.05; t < 1; t += 0.05) {
    const candidate = mix(fg, target, t);
    if (contrast(candidate, bg) >= ratio) return candidate;
  }
  return target;
}

/** Text to put on a fill: the owner's choice if it reads at AA, else white, else the best of near-black and white. */
export function readableOn(fill: string, preferred?: string | null): string {
  if (preferred && contrast(preferred, fill) >= AA) return preferred;
  if (contrast('#ffffff', fill) >= AA) return '#ffffff';
  return contrast('#111111', fill) >= contrast('#ffffff', fill) ? '#111111' : '#ffffff';
}

const hex = (value: unknown) => {
  const rgb = parseHex(value);
  return rgb ? toHex(rgb) : null;
};

function palette(accent: string, accentText: string | null, surface: string, text: string, dark: boolean): Palette {
  const canvas = mix(surface, text, dark ? 0.06 : 0.035);
  const brandHover = mix(accent, dark ? '#ffffff' : '#000000', 0.12);
  return {
    brand: accent,
    brandHover,
    onBrand: readableOn(accent, accentText),
    brandText: ensureContrast(accent, canvas),
    surface,
    canvas,
    text: ensureContrast(text, canvas),
    muted: ensureContrast(mix(text, surface, 0.35), canvas),
    border: mix(surface, text, dark ? 0.2 : 0.12),
    danger: ensureContrast(dark ? '#ff8a80' : '#b42318', canvas),
  };
}

/** The owner's theme with the embed's overrides on top; anything invalid falls back to the defaults. */
export function resolveTheme(bot: BotTheme = {}, overrides: Overrides = {}): Theme {
  const accent = hex(overrides.accent) ?? hex(bot.accent) ?? DEFAULT_ACCENT;
  const accentText = hex(bot.accentText);
  const background = hex(bot.background);
  const ownerText = hex(bot.text);
  // The owner's own surface/text pair is used for the palette it belongs to (a light or a dark background),
  // and only if it reads; the other palette keeps the defaults.
  const pairOk = background && ownerText && contrast(background, ownerText) >= AA;
  const ownerDark = pairOk && luminance(parseHex(background)!) < 0.2;
  const light = palette(accent, accentText, pairOk && !ownerDark ? background : '#ffffff', pairOk && !ownerDark ? ownerText : '#17211e', false);
  const dark = palette(accent, accentText, pairOk && ownerDark ? background : '#17201d', pairOk && ownerDark ? ownerText : '#e9efec', true);

  const radiusNumber = typeof bot.radius === 'number' ? bot.radius : typeof bot.radius === 'string' ? parseFloat(bot.radius) : NaN;
  const radius = Number.isFinite(radiusNumber) ? `${Math.min(28, Math.max(0, radiusNumber))}px` : '16px';
  const font = typeof bot.font === 'string' && /^[\w\s,"'-]{1,200}$/.test(bot.font) ? bot.font : FONT;
  const position = overrides.position ?? (bot.position === 'left' ? 'left' : 'right');
  const mode = overrides.mode ?? (bot.mode === 'dark' || bot.mode === 'auto' ? bot.mode : 'light');
  const icon = (ICONS as readonly unknown[]).includes(bot.icon) ? (bot.icon as Icon) : 'chat';
  const lift = bot.launcher_offset;
  const offset = overrides.offset ?? (typeof lift === 'number' && lift >= 0 && lift <= 300 ? Math.round(lift) : 0);
  return { light, dark, mode, radius, font, position, icon, offset };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
// !important inside a shadow tree beats the page's: `* { --sp-brand: red !important }` cannot reach in.
const vars = (p: Palette, scheme: string) =>
  `${Object.entries(p).map(([name, value]) => `--sp-${kebab(name)}:${value}!important`).join(';')};color-scheme:${scheme}`;

/** The one place a theme becomes CSS: custom properties on :host (both palettes under `auto`). */
export function themeCss(theme: Theme): string {
  const [near, far] = theme.position === 'left' ? ['left', 'right'] : ['right', 'left'];
  const shared = `:host{--sp-radius:${theme.radius}!important;--sp-font:${theme.font}!important;--sp-${near}:var(--sp-gap)!important;--sp-${far}:auto!important;--sp-offset:${theme.offset}px!important}`;
  if (theme.mode === 'dark') return `${shared}:host{${vars(theme.dark, 'dark')}}`;
  const light = `:host{${vars(theme.light, 'light')}}`;
  return theme.mode === 'auto' ? `${shared}${light}@media (prefers-color-scheme:dark){:host{${vars(theme.dark, 'dark')}}}` : shared + light;
}

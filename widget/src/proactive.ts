/**
 * The proactive opening rule: open the chat once a visitor has spent N seconds on the page or scrolled P% of
 * it, at most once per visitor (the caller keeps the flag). The rule comes from `bot.theme.proactive` (cached
 * from the last answer or configuration fetch, or fetched once at idle: see appearance.ts) or from
 * `data-proactive`, which also switches it off.
 */
export type ProactiveRule = { after_seconds: number } | { scroll_percent: number };

const int = (value: unknown, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : null;

/** `data-proactive` wins (`off`, `after:20`, `scroll:50`); else the bot's `{ after_seconds }` or `{ scroll_percent }`. */
export function proactiveRule(fromBot: unknown, attribute?: string): ProactiveRule | null {
  if (attribute === 'off') return null;
  const m = attribute ? /^(after|scroll):(\d+)$/.exec(attribute) : null;
  if (m) return m[1] === 'after' ? { after_seconds: Number(m[2]) } : { scroll_percent: Math.min(100, Number(m[2])) };
  const rule = fromBot as Record<string, unknown> | null | undefined;
  if (!rule || typeof rule !== 'object') return null;
  const seconds = int(rule.after_seconds, 3600);
  if (seconds !== null) return { after_seconds: seconds };
  const percent = int(rule.scroll_percent, 100);
  return percent !== null ? { scroll_percent: percent } : null;
}

/** Calls `fire` once when the rule is met; returns the function that cancels it (timer and listener). */
export function scheduleProactive(rule: ProactiveRule, win: Window, fire: () => void): () => void {
  if ('after_seconds' in rule) {
    const timer = win.setTimeout(fire, Math.max(0, rule.after_seconds) * 1000);
    return () => win.clearTimeout(timer);
  }
  const check = () => {
    const doc = win.document.documentElement;
    const scrollable = doc.scrollHeight - win.innerHeight;
    const percent = scrollable <= 0 ? 100 : (win.scrollY / scrollable) * 100;
    if (percent >= rule.scroll_percent) {
      cancel();
      fire();
    }
  };
  const cancel = () => win.removeEventListener('scroll', check);
  win.addEventListener('scroll', check, { passive: true });
  return cancel;
}

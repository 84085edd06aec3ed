/**
 * `window.Signpost`: the host page's handle on every widget of the page, and the command queue of the snippet
 *
 *   window.Signpost = window.Signpost || function () { (Signpost.q = Signpost.q || []).push(arguments) };
 *
 * Commands queued before the script ran are replayed once a widget registers. A command may name its bot
 * (`Signpost('open', { bot: '<uuid>' })`); without one it goes to every widget of the page. `on(event, fn)`
 * hears every widget; the detail says which bot. Events are also DOM CustomEvents `signpost:<event>` that
 * bubble from the widget's host element to document and window, for analytics tools.
 */
export const EVENTS = ['open', 'close', 'message', 'step', 'plan', 'cta'] as const;
export type EventName = (typeof EVENTS)[number];
export type EventDetail = { bot: string } & Record<string, string | number | boolean | null>;
export type Listener = (detail: EventDetail) => void;

export const COMMANDS = ['open', 'close', 'toggle', 'reset', 'destroy'] as const;
type Command = (typeof COMMANDS)[number];

/** One widget as the page sees it. */
export interface Instance {
  bot: string;
  open(): void;
  close(): void;
  toggle(): void;
  reset(): void;
  destroy(): void;
}

export interface Registry {
  (command: string, ...args: unknown[]): unknown;
  open(options?: { bot?: string }): void;
  close(options?: { bot?: string }): void;
  toggle(options?: { bot?: string }): void;
  reset(options?: { bot?: string }): void;
  destroy(options?: { bot?: string }): void;
  on(event: EventName, fn: Listener): () => void;
  get(bot: string): Instance | undefined;
  /** The widgets of the page. */
  bots(): string[];
  /** Registers a widget; false (and nothing happens) when this bot already has one on the page. */
  register(instance: Instance): boolean;
  unregister(instance: Instance): void;
  emit(bot: string, event: EventName, detail?: Record<string, string | number | boolean | null>, target?: EventTarget): void;
  version: string;
}

type Host = EventTarget & { Signpost?: unknown; CustomEvent: typeof CustomEvent };
const MARK = Symbol.for('signpost.registry');

/** The `bot` of a command's options; own property only: a page's Object.prototype pollution must not aim commands. */
const botIn = (options: unknown) =>
  options && typeof options === 'object' && Object.prototype.hasOwnProperty.call(options, 'bot') && typeof (options as { bot: unknown }).bot === 'string'
    ? (options as { bot: string }).bot
    : undefined;
const botOf = (args: ArrayLike<unknown>) => botIn(args[1]);

/** The page's registry: the one already installed, or a new one that takes over the snippet's queue. */
export function installRegistry(win: Host, version = '1'): Registry {
  const existing = win.Signpost as (Registry & { [MARK]?: true }) | undefined;
  if (typeof existing === 'function' && existing[MARK]) return existing;

  const instances = new Map<string, Instance>();
  const listeners = new Map<EventName, Set<Listener>>();
  // Queued commands other than `on`: replayed to each widget that registers (a bot-less one to every widget).
  let pending: ArrayLike<unknown>[] = [];

  const targets = (bot?: string) => (bot ? [instances.get(bot)].filter((i): i is Instance => !!i) : [...instances.values()]);

  const run = (command: Command, bot?: string) => {
    for (const instance of targets(bot)) instance[command]();
  };

  const on = (event: EventName, fn: Listener) => {
    if (!EVENTS.includes(event) || typeof fn !== 'function') return () => undefined;
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(fn);
    return () => void set.delete(fn);
  };

  const registry = function Signpost(command: string, ...args: unknown[]) {
    if (command === 'on') return on(args[0] as EventName, args[1] as Listener);
    if (command === 'get') return instances.get(String(args[0]));
    if ((COMMANDS as readonly string[]).includes(command)) return run(command as Command, botOf([command, ...args]));
    if (import.meta.env.DEV) console.warn(`[signpost] Unknown command "${command}".`);
    return undefined;
  } as Registry & { [MARK]: true; q?: unknown };

  // Each command as a method too: Signpost.open({ bot }) is Signpost('open', { bot }).
  for (const command of COMMANDS) registry[command] = (o?: { bot?: string }) => run(command, botIn(o));
  Object.assign(registry, {
    [MARK]: true,
    version,
    on,
    get: (bot: string) => instances.get(bot),
    bots: () => [...instances.keys()],
    register(instance: Instance) {
      if (instances.has(instance.bot)) return false;
      instances.set(instance.bot, instance);
      const mine = pending.filter((args) => (botOf(args) ?? instance.bot) === instance.bot);
      // A command aimed at this bot is used up; one for every bot stays for the widgets still to come.
      pending = pending.filter((args) => !botOf(args) || botOf(args) !== instance.bot);
      for (const args of mine) {
        const command = String(args[0]) as Command;
        if ((COMMANDS as readonly string[]).includes(command)) instance[command]();
      }
      return true;
    },
    unregister(instance: Instance) {
      if (instances.get(instance.bot) !== instance) return;
      instances.delete(instance.bot);
      if (instances.size === 0 && win.Signpost === registry) {
        listeners.clear();
        delete win.Signpost;
      }
    },
    emit(bot: string, event: EventName, detail = {}, target: EventTarget = win) {
      const full: EventDetail = { ...detail, bot };
      for (const fn of [...(listeners.get(event) ?? [])]) {
        try {
          fn(full);
        } catch (error) {
          // A page's listener must never break the chat.
          console.error('[signpost] An event listener failed:', error);
        }
      }
      target.dispatchEvent(new win.CustomEvent(`signpost:${event}`, { detail: full, bubbles: true, composed: true }));
    },
  });

  const queue = existing && typeof existing === 'function' ? (existing as { q?: unknown }).q : undefined;
  for (const args of Array.isArray(queue) ? queue : []) {
    if (args?.[0] === 'on') on(args[1], args[2]);
    else if (args?.[0]) pending.push(args);
  }
  win.Signpost = registry;
  return registry;
}

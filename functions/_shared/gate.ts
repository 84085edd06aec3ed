/**
 * The request gate of the visitor-facing endpoints: who is calling (the visitor named by a valid token for
 * this bot), whether the page's Origin may use the bot, the rate limits, and which client address they come from
 * (hashed: raw IP addresses are never stored).
 */
import { z } from 'zod';
import { env } from './env.ts';
import { forbidden, type HandlerOptions, HttpError, notFound, unauthorized } from './http.ts';
import { isOriginAllowed } from './origin.ts';
import { type BotConfig, type ChatContext, rpcs } from './rpcs.ts';
import { hmac, verifyVisitorToken } from './visitor-token.ts';

const REFUSALS = {
  malformed: 'The visitor token is malformed. Start a new chat without it.',
  bad_signature: 'The visitor token is not valid. Start a new chat without it.',
  other_bot: 'The visitor token belongs to another bot. Start a new chat without it.',
  expired: 'The visitor token has expired (a token lasts 30 days; every chat answer brings a new one). Start a new chat without it.',
} as const;

export async function visitorIdFromToken(token: string, botId: string): Promise<string> {
  const check = await verifyVisitorToken(token, botId, env.visitorTokenSecret);
  if (!check.ok) throw unauthorized(REFUSALS[check.reason]);
  return check.visitorId;
}

/**
 * The address the caller connected from, as the platform saw it, never as the caller says it: hosted
 * Supabase is reached through Cloudflare, which sets `cf-connecting-ip` to the connecting address and
 * overwrites any value a client sent. Failing that, the last `x-forwarded-for` entry, the one the nearest
 * proxy appended (the first entries are whatever the client wrote). docs/deploy.md says more.
 */
export function clientAddress(request: Request): string {
  const platform = request.headers.get('cf-connecting-ip')?.trim();
  if (platform) return platform;
  return request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown';
}

/** The caller's address keyed with the server secret: raw addresses are never stored. */
export async function clientAddressKey(request: Request): Promise<string> {
  const address = clientAddress(request);
  const digest = new Uint8Array(await hmac(env.visitorTokenSecret, `ip:${address}`));
  return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Limit {
  limit: number;
  windowSeconds: number;
  message: string;
}

/** The bot's rate limits (owners tune them in `bots`; peers use 40/min per address for chat). */
export function limitsOf(bot: BotConfig) {
  return {
    messagesPerVisitor: { limit: bot.limits.visitor_messages_per_minute, windowSeconds: 60, message: 'You are sending messages very quickly. Please wait a moment.' },
    messagesPerAddress: { limit: bot.limits.address_messages_per_minute, windowSeconds: 60, message: 'Too many messages from your network. Please wait a moment.' },
    newVisitorsPerAddress: { limit: bot.limits.address_new_visitors_per_hour, windowSeconds: 3600, message: 'Too many new chats from your network. Please try again later.' },
    // The widget reports a handful of events per conversation (opened, plan shown, CTA clicked).
    eventsPerVisitor: { limit: EVENTS_PER_VISITOR_PER_MINUTE, windowSeconds: 60, message: 'Too many events from this visitor. Please wait a moment.' },
  } satisfies Record<string, Limit>;
}

export const EVENTS_PER_VISITOR_PER_MINUTE = 30;

/**
 * Writes a known visitor makes outside a chat message, limited here in the gate: a restart (a new
 * conversation) and a profile update count as messages, against the visitor's and the address's message
 * limits; events have their own limit. Chat messages themselves are limited by the turn, which also
 * counts new visitors.
 */
export type GatedAction = 'restart' | 'profile' | 'event';

async function enforceActionLimit(action: GatedAction, bot: BotConfig, visitorId: string, request: Request): Promise<void> {
  const limits = limitsOf(bot);
  if (action === 'event') return await enforceLimits([[`${bot.id}:events:visitor:${visitorId}`, limits.eventsPerVisitor]]);
  const address = await clientAddressKey(request);
  await enforceLimits([
    [`${bot.id}:messages:visitor:${visitorId}`, limits.messagesPerVisitor],
    [`${bot.id}:messages:address:${address}`, limits.messagesPerAddress],
  ]);
}

/** Counts one hit against each key; refuses with 429 and Retry-After when any is over its limit. */
export async function enforceLimits(hits: [string, Limit][]): Promise<void> {
  const results = await Promise.all(hits.map(([key, rule]) => rpcs.hitRateLimit(key, rule.limit, rule.windowSeconds)));
  const refused = results.findIndex((r) => !r.allowed);
  if (refused >= 0) {
    const retryAfter = Math.max(1, results[refused]!.retry_after_seconds);
    throw new HttpError(429, 'rate_limited', hits[refused]![1].message, { retry_after_seconds: retryAfter }, {
      'retry-after': String(retryAfter),
    });
  }
}

/**
 * Lets the request's page call a bot whose allowed origins include it (the browser then gets the CORS
 * allowance). A page the bot does not allow is refused with 403 `origin_not_allowed`, carrying the allowance
 * for that origin and nothing else, so that the widget can read the refusal and say what is wrong instead of
 * seeing a network error.
 */
export function checkOrigin(request: Request, allowed: readonly string[], allowOrigin: (origin: string) => void): void {
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') allowOrigin(origin);
  if (!isOriginAllowed(origin, allowed)) {
    throw new HttpError(403, 'origin_not_allowed', `This site (${origin}) is not allowed to use this bot. Add it to the bot's allowed origins.`);
  }
}

/**
 * The common gate of the visitor-facing endpoints: a valid token for this bot (when given), an active bot,
 * an allowed Origin (which then gets the CORS allowance), a visitor that still exists, and the rate limit
 * of the action (when given).
 */
export async function loadVisitorContext(args: {
  botId: string;
  token: string | undefined;
  request: Request;
  allowOrigin(origin: string): void;
  action?: GatedAction;
}): Promise<ChatContext> {
  const visitorId = args.token ? await visitorIdFromToken(args.token, args.botId) : null;
  const context = await rpcs.chatContext(args.botId, visitorId);
  if (!context) throw notFound('No active bot has this id. Check data-bot in the embed snippet.');
  checkOrigin(args.request, context.bot.allowed_origins, args.allowOrigin);
  if (visitorId && !context.visitor) throw unauthorized('This visitor no longer exists. Start a new chat without a token.');
  if (args.action && context.visitor) await enforceActionLimit(args.action, context.bot, context.visitor.id, args.request);
  return context;
}

/**
 * A CORS preflight carries no body, so it names its bot in the query (`?bot_id=`, which the widget adds to
 * every call), and only a preflight for an active bot gets an allowance. A page the bot does not allow gets
 * one too: its request is then refused with 403 `origin_not_allowed` (checkOrigin) before anything is read or
 * written, and only so can the widget on that page read the refusal and say what is wrong.
 */
export async function preflightOrigin(request: Request): Promise<string | null> {
  const origin = request.headers.get('origin');
  // No Origin: not a browser's preflight; nothing to allow.
  if (origin === null || origin === 'null') return null;
  const botId = new URL(request.url).searchParams.get('bot_id') ?? '';
  if (!z.uuid().safeParse(botId).success) {
    throw forbidden('A browser must name the bot in the URL (?bot_id=<bot id>) for its preflight to be allowed.');
  }
  if (!(await rpcs.botAppearance(botId))) throw forbidden('No active bot has this id. Check data-bot in the embed snippet.');
  return origin;
}

/** CORS for the visitor-facing endpoints: the bot's allowed origins, for preflights and requests alike. */
export const VISITOR_CORS: HandlerOptions = { cors: 'checked', preflight: preflightOrigin };

/** Like loadVisitorContext, for endpoints that only a known visitor may call. */
export async function requireVisitor(args: Parameters<typeof loadVisitorContext>[0]) {
  if (!args.token) throw unauthorized('A visitor token is required: send the one the chat function returned.');
  const context = await loadVisitorContext(args);
  return { ...context, visitor: context.visitor! };
}

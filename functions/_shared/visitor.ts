/**
 * Who is calling: the visitor named by a valid token for this bot, and which client address they come from
 * (hashed: raw IP addresses are never stored).
 */
import { env } from './env.ts';
import { forbidden, HttpError, notFound, unauthorized } from './http.ts';
import { isOriginAllowed } from './origin.ts';
import { type BotConfig, type ChatContext, store } from './store.ts';
import { hmac, verifyVisitorToken } from './visitor-token.ts';

const REFUSALS = {
  malformed: 'The visitor token is malformed. Start a new chat without it.',
  bad_signature: 'The visitor token is not valid. Start a new chat without it.',
  other_bot: 'The visitor token belongs to another bot. Start a new chat without it.',
} as const;

export async function visitorIdFromToken(token: string, botId: string): Promise<string> {
  const check = await verifyVisitorToken(token, botId, env.visitorTokenSecret);
  if (!check.ok) throw unauthorized(REFUSALS[check.reason]);
  return check.visitorId;
}

/** The caller's address as the platform reports it (x-forwarded-for), keyed with the server secret. */
export async function clientAddressKey(request: Request): Promise<string> {
  const address = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
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
  } satisfies Record<string, Limit>;
}

/** Counts one hit against each key; refuses with 429 and Retry-After when any is over its limit. */
export async function enforceLimits(hits: [string, Limit][]): Promise<void> {
  const results = await Promise.all(hits.map(([key, rule]) => store.hitRateLimit(key, rule.limit, rule.windowSeconds)));
  const refused = results.findIndex((r) => !r.allowed);
  if (refused >= 0) {
    const retryAfter = Math.max(1, results[refused]!.retry_after_seconds);
    throw new HttpError(429, 'rate_limited', hits[refused]![1].message, { retry_after_seconds: retryAfter }, {
      'retry-after': String(retryAfter),
    });
  }
}

/**
 * The common gate of the visitor-facing endpoints: a valid token for this bot (when given), an active bot,
 * an allowed Origin (which then gets the CORS allowance), and a visitor that still exists.
 */
export async function loadVisitorContext(args: {
  botId: string;
  token: string | undefined;
  request: Request;
  allowOrigin(origin: string): void;
}): Promise<ChatContext> {
  const visitorId = args.token ? await visitorIdFromToken(args.token, args.botId) : null;
  const context = await store.chatContext(args.botId, visitorId);
  if (!context) throw notFound('No active bot has this id. Check data-bot in the embed snippet.');
  const origin = args.request.headers.get('origin');
  if (!isOriginAllowed(origin, context.bot.allowed_origins)) {
    throw forbidden(`This site (${origin}) is not allowed to use this bot. Add it to the bot's allowed origins.`);
  }
  if (origin) args.allowOrigin(origin);
  if (visitorId && !context.visitor) throw unauthorized('This visitor no longer exists. Start a new chat without a token.');
  return context;
}

/** Like loadVisitorContext, for endpoints that only a known visitor may call. */
export async function requireVisitor(args: Parameters<typeof loadVisitorContext>[0]) {
  if (!args.token) throw unauthorized('A visitor token is required: send the one the chat function returned.');
  const context = await loadVisitorContext(args);
  return { ...context, visitor: context.visitor! };
}

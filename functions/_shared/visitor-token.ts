/**
 * Visitor tokens: anonymous visitors are not auth users, so the chat function signs a token binding the
 * visitor id to the bot id until an expiry (HMAC-SHA256 with VISITOR_TOKEN_SECRET). The widget keeps it and
 * presents it on every later call; a tampered token, one issued for another bot, or an expired one is
 * refused. Every chat answer carries a fresh token (the widget stores each one), so a visitor who keeps
 * coming back keeps their conversation, and a token copied off a device stops working after the lifetime.
 *
 *   v2.<visitor uuid>.<bot uuid>.<expiry, unix seconds>.<base64url signature>
 *
 * (v1 tokens had no expiry; they are refused as expired.)
 */
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA256 of `text` with `secret` (the key is imported once per secret). */
export async function hmac(secret: string, text: string): Promise<ArrayBuffer> {
  return await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text));
}

const toBase64Url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  // A SHA-256 signature is 43 base64url characters; anything else cannot be one (and atob would throw).
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^v2\\.(${UUID})\\.(${UUID})\\.(\\d{1,12})\\.([A-Za-z0-9_-]+)$`);
const LEGACY_TOKEN = new RegExp(`^v1\\.${UUID}\\.${UUID}\\.[A-Za-z0-9_-]{43}$`);

/** How long a token is valid after it was issued; each chat answer issues a new one. */
export const VISITOR_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

export async function signVisitorToken(visitorId: string, botId: string, secret: string, now = Date.now()): Promise<string> {
  const payload = `v2.${visitorId}.${botId}.${Math.floor(now / 1000) + VISITOR_TOKEN_LIFETIME_SECONDS}`;
  return `${payload}.${toBase64Url(await hmac(secret, payload))}`;
}

export type TokenCheck =
  | { ok: true; visitorId: string }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'other_bot' | 'expired' };

/** Checks the signature (in constant time), that the token was issued for `botId`, and its expiry. */
export async function verifyVisitorToken(token: string, botId: string, secret: string, now = Date.now()): Promise<TokenCheck> {
  if (LEGACY_TOKEN.test(token)) return { ok: false, reason: 'expired' };
  const match = TOKEN.exec(token);
  const signature = match && fromBase64Url(match[4]!);
  if (!match || !signature) return { ok: false, reason: 'malformed' };
  const [, visitorId, tokenBotId, expiry] = match;
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, encoder.encode(`v2.${visitorId}.${tokenBotId}.${expiry}`));
  if (!valid) return { ok: false, reason: 'bad_signature' };
  if (tokenBotId !== botId) return { ok: false, reason: 'other_bot' };
  if (Number(expiry) * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, visitorId: visitorId! };
}

/**
 * Visitor tokens: anonymous visitors are not auth users, so the chat function signs a token binding the
 * visitor id to the bot id (HMAC-SHA256 with VISITOR_TOKEN_SECRET). The widget keeps it and presents it on
 * every later call; a tampered token or one issued for another bot is refused.
 *
 *   v1.<visitor uuid>.<bot uuid>.<base64url signature>
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
const TOKEN = new RegExp(`^v1\\.(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]+)$`);

export async function signVisitorToken(visitorId: string, botId: string, secret: string): Promise<string> {
  const payload = `v1.${visitorId}.${botId}`;
  return `${payload}.${toBase64Url(await hmac(secret, payload))}`;
}

export type TokenCheck =
  | { ok: true; visitorId: string }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'other_bot' };

/** Checks the signature (in constant time) and that the token was issued for `botId`. */
export async function verifyVisitorToken(token: string, botId: string, secret: string): Promise<TokenCheck> {
  const match = TOKEN.exec(token);
  const signature = match && fromBase64Url(match[3]!);
  if (!match || !signature) return { ok: false, reason: 'malformed' };
  const [, visitorId, tokenBotId] = match;
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, encoder.encode(`v1.${visitorId}.${tokenBotId}`));
  if (!valid) return { ok: false, reason: 'bad_signature' };
  if (tokenBotId !== botId) return { ok: false, reason: 'other_bot' };
  return { ok: true, visitorId: visitorId! };
}

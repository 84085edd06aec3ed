/// <reference path="../deno-std.d.ts" />
/**
 * OpenAI embeddings (`text-embedding-3-small`, 1536 dimensions) over plain fetch, in batches of up to 100
 * inputs, each batch bounded by a timeout and retried with backoff on rate limits, server errors and network
 * failures. Without an API key it embeds nothing and says so: chunks are stored without embeddings and
 * full-text search still works.
 */
import { retry, RetryError } from 'deno-std/async/retry.js';

export const EMBEDDING_MODEL = 'text-embedding-3-small';
export const EMBEDDING_DIMENSIONS = 1536;
/** US dollars per million input tokens for text-embedding-3-small. */
export const EMBEDDING_PRICE_PER_MTOK = 0.02;
export const MAX_BATCH = 100;

export interface EmbedderOptions {
  apiKey?: string;
  baseUrl?: string;
  batchSize?: number;
  timeoutMs?: number;
  maxAttempts?: number;
  fetch?: typeof fetch;
  /** Called after each batch with the number of inputs embedded so far. */
  onProgress?: (done: number, total: number) => void;
}

export class EmbeddingError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export const estimateCost = (tokens: number) => (tokens / 1_000_000) * EMBEDDING_PRICE_PER_MTOK;

/** Embeds texts in order; returns nulls (and makes no call) without an API key. */
export async function embedTexts(texts: string[], options: EmbedderOptions = {}): Promise<(number[] | null)[]> {
  if (!options.apiKey) return texts.map(() => null);
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
  const url = `${(options.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/embeddings`;
  const doFetch = options.fetch ?? fetch;
  const out: (number[] | null)[] = [];
  for (let i = 0; i < texts.length; i += batchSize) {
    const batch = texts.slice(i, i + batchSize);
    const vectors = await retryTransient(async () => {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: EMBEDDING_MODEL, input: batch, dimensions: EMBEDDING_DIMENSIONS }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      if (!response.ok) {
        const detail = (await response.text().catch(() => '')).slice(0, 200);
        throw new EmbeddingError(`OpenAI embeddings answered ${response.status}: ${detail}`, response.status);
      }
      const body = await response.json() as { data?: { index: number; embedding: number[] }[] };
      const data = body.data ?? [];
      if (data.length !== batch.length || data.some((d) => d.embedding?.length !== EMBEDDING_DIMENSIONS)) {
        throw new EmbeddingError('OpenAI embeddings answered with an unexpected shape');
      }
      return [...data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    }, options.maxAttempts ?? 4);
    out.push(...vectors);
    options.onProgress?.(out.length, texts.length);
  }
  return out;
}

async function retryTransient<T>(fn: () => Promise<T>, maxAttempts: number): Promise<T> {
  try {
    return await retry(fn, {
      maxAttempts,
      minTimeout: 500,
      maxTimeout: 8_000,
      isRetriable: (error: unknown) =>
        !(error instanceof EmbeddingError) || error.status === undefined || error.status === 429 || error.status >= 500,
    });
  } catch (error) {
    throw error instanceof RetryError ? (error.cause ?? error) : error;
  }
}

/** What a chunk's embedding is computed from: its heading path and its text, as one passage reads. */
export const embeddingInput = (chunk: { headings?: string[]; content: string }) =>
  chunk.headings?.length ? `${chunk.headings.join(' › ')}\n\n${chunk.content}` : chunk.content;

/** pgvector's text form, which PostgREST passes through to a `vector` argument or column. */
export const toPgVector = (vector: number[]) => `[${vector.join(',')}]`;

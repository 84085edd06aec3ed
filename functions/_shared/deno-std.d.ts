/**
 * Types for the parts of the npm `deno-std` package (plain JavaScript, no declarations) that the functions
 * use, so the shared modules type-check under tsc (through the tests) as they do under Deno. Modules that
 * import deno-std reference this file with `/// <reference path>`.
 */
declare module 'deno-std/async/retry.js' {
  export class RetryError extends Error {
    constructor(cause: unknown, attempts: number);
    override cause: unknown;
  }
  export interface RetryOptions {
    multiplier?: number;
    maxTimeout?: number;
    maxAttempts?: number;
    minTimeout?: number;
    jitter?: number;
    isRetriable?: (error: unknown) => boolean;
    signal?: AbortSignal;
  }
  export function retry<T>(fn: () => Promise<T>, options?: RetryOptions): Promise<T>;
}

declare module 'deno-std/async/delay.js' {
  export function delay(ms: number, options?: { signal?: AbortSignal; persistent?: boolean }): Promise<void>;
}

declare module 'deno-std/http/server_sent_event_stream.js' {
  export interface ServerSentEventMessage {
    comment?: string;
    event?: string;
    data?: string;
    id?: string | number;
    retry?: number;
  }
  export class ServerSentEventStream extends TransformStream<ServerSentEventMessage, Uint8Array> {
    constructor();
  }
}

declare module 'deno-std/yaml/parse.js' {
  export function parse(content: string, options?: Record<string, unknown>): unknown;
}

declare module 'deno-std/csv/parse.js' {
  export function parse(
    input: string,
    options?: { skipFirstRow?: boolean; separator?: string; trimLeadingSpace?: boolean; lazyQuotes?: boolean },
  ): Record<string, string>[] & string[][];
}

declare module 'deno-std/html/entities.js' {
  export function unescape(text: string, options?: { entityList?: Record<string, string> }): string;
}

declare module 'deno-std/toml/parse.js' {
  export function parse(text: string): Record<string, unknown>;
}

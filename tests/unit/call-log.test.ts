/**
 * The function call records behind the metrics: kept in memory, taken along by a write that happens anyway
 * (commit_turn), otherwise sent in one batch after a short wait; bounded, and never failing a request.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CallRecord, createCallLog } from '../../functions/_shared/call-log.ts';

const BOT = '5e1f0a57-0000-4000-8000-000000000001';
const call = (status = 200) => ({ function_name: 'chat', bot_id: BOT, status, duration_ms: 12, at: new Date().toISOString() });

afterEach(() => vi.useRealTimers());

describe('the call log', () => {
  it('sends waiting records in one batch after the delay, each with its own id', async () => {
    vi.useFakeTimers();
    const sent: CallRecord[][] = [];
    const kept: Promise<unknown>[] = [];
    const log = createCallLog(async (records) => void sent.push(records), { delayMs: 1_000, keepAlive: (work) => kept.push(work) });
    log.add(call());
    log.add(call(500));
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((r) => r.status)).toEqual([200, 500]);
    expect(new Set(sent[0]!.map((r) => r.id)).size).toBe(2);
    // The platform was asked to stay alive for the batch.
    expect(kept).toHaveLength(1);
  });

  it('lets a write that happens anyway take the records, so no batch is needed', async () => {
    vi.useFakeTimers();
    const sent: CallRecord[][] = [];
    const log = createCallLog(async (records) => void sent.push(records), { delayMs: 1_000, keepAlive: () => {} });
    log.add(call());
    const taken = log.take();
    expect(taken).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([]);
  });

  it('takes back records whose write failed, and sends them later', async () => {
    vi.useFakeTimers();
    const sent: CallRecord[][] = [];
    const log = createCallLog(async (records) => void sent.push(records), { delayMs: 1_000, keepAlive: () => {} });
    log.add(call());
    const taken = log.take();
    await vi.advanceTimersByTimeAsync(1_000);
    log.putBack(taken);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent.flat().map((r) => r.id)).toEqual(taken.map((r) => r.id));
  });

  it('drops a failed batch with a warning instead of failing anything', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = createCallLog(async () => { throw new Error('database down'); }, { keepAlive: () => {} });
    log.add(call());
    await expect(log.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/1 call record\(s\) not written: database down/));
    expect(log.take()).toEqual([]);
    warn.mockRestore();
  });

  it('keeps at most maxWaiting records, the newest, and sends them in batches of maxBatch', async () => {
    const sent: CallRecord[][] = [];
    const log = createCallLog(async (records) => void sent.push(records), { maxWaiting: 5, maxBatch: 2, keepAlive: () => {} });
    for (let i = 0; i < 8; i++) log.add({ ...call(), duration_ms: i });
    await log.flush();
    expect(sent.map((batch) => batch.map((r) => r.duration_ms))).toEqual([[3, 4], [5, 6], [7]]);
  });

  it('records only calls for a bot id (a uuid)', async () => {
    const log = createCallLog(async () => {}, { keepAlive: () => {} });
    log.add({ ...call(), bot_id: 'not-a-bot' });
    expect(log.take()).toEqual([]);
  });
});

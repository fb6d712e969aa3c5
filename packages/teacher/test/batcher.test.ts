import { AbortError, ClosedError, InferenceError, OverloadedError, PiiguardError } from '@piiguard/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Batcher } from '../src/batcher.js';

// The batcher's queueing rules, with a plain runner that records its batches. (The real
// onnxruntime session behind it is exercised in teacher-*.test.ts.)
function recorder() {
  const batches: string[][] = [];
  const run = async (items: readonly string[]) => {
    batches.push([...items]);
    return items.map((item) => item.toUpperCase());
  };
  return { batches, run };
}

const options = { maxBatchSize: 4, maxBatchTokens: 1000, maxWaitMs: 5, maxQueued: 8 };

describe('Batcher', () => {
  beforeEach(() => {
    // Fake only the wait timer: the batcher yields with setImmediate between runs.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once when idle: items added in the same turn go together, with no wait', async () => {
    const { batches, run } = recorder();
    const batcher = new Batcher(run, options, () => 0);
    const a = batcher.add('a', 1, 1);
    const b = batcher.add('b', 1, 2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([['a', 'b']]);
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
  });

  it('within maxWaitMs of its last batch, waits maxWaitMs for company, then runs what it has', async () => {
    const { batches, run } = recorder();
    let clock = 0;
    const batcher = new Batcher(run, options, () => clock);
    await batcher.add('first', 1, 1);
    await new Promise((resolve) => setImmediate(resolve)); // the drain loop ends: nothing queued
    clock = 4; // 4 ms after that batch: still busy (maxWaitMs 5)
    const a = batcher.add('a', 1, 1);
    const b = batcher.add('b', 1, 2);
    await vi.advanceTimersByTimeAsync(4);
    expect(batches).toEqual([['first']]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
    expect(batches).toEqual([['first'], ['a', 'b']]);
    clock = 20; // idle again: the next item runs on the next turn
    const c = batcher.add('c', 1, 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches.at(-1)).toEqual(['c']);
    expect(await c).toBe('C');
  });

  it('runs at once when a batch is full, never more than maxBatchSize per run', async () => {
    const { batches, run } = recorder();
    const batcher = new Batcher(run, options);
    const results = ['a', 'b', 'c', 'd', 'e', 'f'].map((item) => batcher.add(item, 1, 1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches[0]).toEqual(['a', 'b', 'c', 'd']);
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(batches).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('groups by length so short items are not padded to long ones, oldest group first', async () => {
    const { batches, run } = recorder();
    const batcher = new Batcher(run, { ...options, maxBatchSize: 2 });
    const lengths = { long1: 500, short1: 5, long2: 480, short2: 6 } as const;
    // added in one turn, as the worker adds a burst of texts
    const results = Object.entries(lengths).map(([item, length]) => batcher.add(item, length, 1));
    await Promise.all(results);
    expect(batches).toEqual([
      ['long2', 'long1'],
      ['short1', 'short2'],
    ]);
  });

  it('caps padded tokens per run with maxBatchTokens', async () => {
    const { batches, run } = recorder();
    const batcher = new Batcher(run, { ...options, maxBatchTokens: 1000 });
    const results = ['x', 'y', 'z'].map((item) => batcher.add(item, 400, 1));
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(results);
    expect(batches).toEqual([['x', 'y'], ['z']]);
  });

  it('throws OverloadedError past maxQueued', async () => {
    const { run } = recorder();
    const batcher = new Batcher(run, { ...options, maxBatchSize: 100, maxQueued: 2 });
    const kept = [batcher.add('a', 1, 1), batcher.add('b', 1, 1)];
    await expect(batcher.add('c', 1, 1)).rejects.toBeInstanceOf(OverloadedError);
    await vi.advanceTimersByTimeAsync(5);
    expect(await Promise.all(kept)).toEqual(['A', 'B']);
  });

  it("cancel removes only that owner's queued items", async () => {
    const { batches, run } = recorder();
    const batcher = new Batcher(run, options);
    const mine = batcher.add('mine', 1, 1);
    const theirs = batcher.add('theirs', 1, 2);
    batcher.cancel(1, new AbortError('aborted'));
    await expect(mine).rejects.toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(5);
    expect(await theirs).toBe('THEIRS');
    expect(batches).toEqual([['theirs']]);
  });

  it('still runs later items after every queued item was cancelled before the wait ended', async () => {
    const { batches, run } = recorder();
    const batcher = new Batcher(run, options);
    const aborted = batcher.add('aborted', 1, 1);
    batcher.cancel(1, new AbortError('aborted'));
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    await vi.advanceTimersByTimeAsync(5);
    let next: string | undefined;
    void batcher.add('next', 1, 2).then((result) => {
      next = result;
    });
    await vi.advanceTimersByTimeAsync(5);
    await new Promise((resolve) => setImmediate(resolve));
    expect(next).toBe('NEXT');
    expect(batches).toEqual([['next']]);
  });

  it('close() rejects queued items with ClosedError, lets the running batch finish, refuses new ones', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const batcher = new Batcher(
      async (items: readonly string[]) => {
        await gate;
        return items.map((item) => item.toUpperCase());
      },
      { ...options, maxBatchSize: 1 },
    );
    const running = batcher.add('running', 1, 1);
    await new Promise((resolve) => setImmediate(resolve));
    const queued = batcher.add('queued', 1, 1);
    const closing = batcher.close();
    await expect(queued).rejects.toBeInstanceOf(ClosedError);
    await expect(batcher.add('late', 1, 1)).rejects.toBeInstanceOf(ClosedError);
    release();
    await closing;
    expect(await running).toBe('RUNNING');
  });

  it('rejects every item of a batch whose run threw with one InferenceError carrying its message', async () => {
    const batcher = new Batcher<string, string>(async () => {
      throw new Error('run failed');
    }, options);
    const results = [batcher.add('a', 1, 1), batcher.add('b', 1, 1)];
    const settled = Promise.allSettled(results);
    await vi.advanceTimersByTimeAsync(5);
    const reasons = (await settled).map((outcome) => {
      expect(outcome.status).toBe('rejected');
      return (outcome as PromiseRejectedResult).reason as InferenceError;
    });
    expect(reasons[0]).toBeInstanceOf(InferenceError);
    expect(reasons[0]!.kind).toBe('inference');
    expect(reasons[0]!.message).toMatch(/failed to score a batch: run failed/);
    expect(reasons[1]).toBe(reasons[0]);
  });

  it('passes a typed error thrown by the run through as it is', async () => {
    const typed = new OverloadedError('typed');
    const batcher = new Batcher<string, string>(async () => {
      throw typed;
    }, options);
    const result = batcher.add('a', 1, 1);
    const settled = result.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5);
    expect(await settled).toBe(typed);
    expect(typed).toBeInstanceOf(PiiguardError);
  });
});

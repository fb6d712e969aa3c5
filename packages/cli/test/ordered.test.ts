import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../src/ordered.js';

async function* numbers(n: number, read: number[] = []) {
  for (let i = 0; i < n; i++) {
    read.push(i);
    yield i;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
  it('yields in input order although later items finish first', async () => {
    const out: number[] = [];
    for await (const r of mapInOrder(
      numbers(20),
      async (i) => {
        await sleep((20 - i) % 5);
        return i * 10;
      },
      { concurrency: 8, window: 16 },
    ))
      out.push(r);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
  });

  it('never runs more than `concurrency` at once, nor reads more than `window` ahead of the output', async () => {
    let running = 0;
    let most = 0;
    const read: number[] = [];
    const aheadWhenYielded: number[] = [];
    let yielded = 0;
    for await (const _ of mapInOrder(
      numbers(200, read),
      async (i) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(i % 3);
        running -= 1;
        return i;
      },
      { concurrency: 4, window: 10 },
    )) {
      yielded += 1;
      aheadWhenYielded.push(read.length - yielded);
    }
    expect(yielded).toBe(200);
    expect(most).toBe(4);
    expect(Math.max(...aheadWhenYielded)).toBeLessThanOrEqual(10);
  });

  it('hands a finished result on while the input is still waiting for more', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* slowInput() {
      yield 1;
      await gate; // a pipe that has not closed yet
      yield 2;
    }
    const results = mapInOrder(slowInput(), async (i) => i, { concurrency: 4, window: 8 });
    expect(await results.next()).toEqual({ value: 1, done: false });
    release();
    expect(await results.next()).toEqual({ value: 2, done: false });
    expect((await results.next()).done).toBe(true);
  });

  it('passes an input error on to the reader', async () => {
    async function* broken() {
      yield 1;
      throw new Error('EIO');
    }
    const out: number[] = [];
    await expect(async () => {
      for await (const r of mapInOrder(broken(), async (i) => i, { concurrency: 2, window: 2 })) out.push(r);
    }).rejects.toThrow('EIO');
  });
});

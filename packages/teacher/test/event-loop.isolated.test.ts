import { AutoTokenizer } from '@huggingface/transformers';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../scripts/fixture/build.js';
import { loadTeacher } from '../src/index.js';
import { neutralWords, tempDir } from './helpers.js';

/** Runs `work` while a 5 ms interval records how late each tick fires. */
async function measureLags(
  work: () => Promise<unknown>,
): Promise<{ max: number; ticks: number; elapsed: number }> {
  const lags: number[] = [];
  const started = performance.now();
  let last = started;
  const timer = setInterval(() => {
    const now = performance.now();
    lags.push(now - last - 5);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { max: Math.max(0, ...lags), ticks: lags.length, elapsed: performance.now() - started };
}

describe("the host's event loop while the teacher works", () => {
  const temp = tempDir();
  afterAll(() => temp.remove());

  it('a 5 ms timer never lags more than 50 ms while 64 concurrent messages of ~200 tokens are scored', async () => {
    // XLM-R-large width, one layer: enough work per batch that a blocked main thread would show.
    const fixture = buildFixture({ out: temp.dir, size: 'large', layers: 1 });
    // One intra-op thread leaves a core to the host on these 2-core machines.
    const teacher = await loadTeacher({ model: fixture.dir, device: 'cpu', intraOpNumThreads: 1 });
    const texts = Array.from(
      { length: 64 },
      (_, i) => `${neutralWords(190 + (i % 20), i + 1)} my number is ${i}`,
    );
    const tokenizer = await AutoTokenizer.from_pretrained(fixture.dir, { local_files_only: true });
    expect(tokenizer.encode(texts[0]!).length).toBeGreaterThan(190);

    // The machine's own scheduling noise, for the failure message (these cores are shared).
    const idle = await measureLags(() => new Promise((resolve) => setTimeout(resolve, 500)));
    try {
      let results: Awaited<ReturnType<typeof teacher.classify>>[] = [];
      const busy = await measureLags(async () => {
        results = await Promise.all(texts.map((text) => teacher.classify(text)));
      });
      expect(results.map((r) => r.label)).toEqual(texts.map(() => 'giving'));
      // the work was long enough that a blocking run or main-thread tokenisation would have shown
      expect(busy.elapsed).toBeGreaterThan(500);
      expect(busy.ticks).toBeGreaterThan(busy.elapsed / 20);
      expect(busy.max, `max timer lag while scoring (idle machine: ${idle.max.toFixed(1)} ms)`).toBeLessThan(
        50,
      );
    } finally {
      await teacher.close();
    }
  });
});

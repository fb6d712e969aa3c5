import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Waits until `value()` has stopped changing for a while: the command is blocked, not slow. */
async function stalled(value: () => number): Promise<number> {
  let last = -1;
  let same = 0;
  while (same < 10) {
    await settle();
    const now = value();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

describe('piiguard classify under a slow reader', () => {
  it('reads only a bounded window ahead while stdout is full, then finishes when it drains', async () => {
    const total = 2000;
    let pulled = 0;
    // stdin as a pull-based source: it counts how many lines the command has asked for.
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < total; i++) {
          pulled += 1;
          yield Buffer.from(`gg round ${i}\n`);
        }
      })(),
    );
    const stdout = Object.assign(new PassThrough({ highWaterMark: 4096 }), { isTTY: false });
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    stderr.resume();
    const done = runCli(['classify', '--concurrency', '2'], {
      stdout,
      stderr,
      stdin,
      env: {},
      cwd: process.cwd(),
    });

    // Nobody reads stdout: the command must stop reading input soon after the pipe fills.
    const ahead = await stalled(() => pulled);
    // The window (4 × concurrency) plus the stream buffers in between: 36 lines when measured.
    expect(ahead).toBeLessThan(200);

    let rows = 0;
    stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) rows += 1;
    });
    expect(await done).toBe(0);
    expect(pulled).toBe(total);
    expect(rows).toBe(total);
  });
});

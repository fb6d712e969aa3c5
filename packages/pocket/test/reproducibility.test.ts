import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_OPTIONS, train } from '../scripts/train-core.js';

describe('training', () => {
  it('reproduces the committed weights byte for byte from the committed seed', {
    timeout: 180_000,
  }, async () => {
    const committed = readFileSync(new URL('../src/weights.generated.json', import.meta.url), 'utf8');
    const { json } = await train(DEFAULT_TRAIN_OPTIONS);
    // Compare hashes in the message, not 1 MB strings.
    expect(JSON.parse(json).id).toBe(JSON.parse(committed).id);
    expect(json === committed).toBe(true);
  });

  it('gives different weights for a different seed', async () => {
    const a = await train({ ...DEFAULT_TRAIN_OPTIONS, trainSize: 2000, devSize: 10, bits: 12, epochs: 1 });
    const b = await train({
      ...DEFAULT_TRAIN_OPTIONS,
      trainSize: 2000,
      devSize: 10,
      bits: 12,
      epochs: 1,
      seed: 7,
    });
    expect(a.json).not.toBe(b.json);
  });
});

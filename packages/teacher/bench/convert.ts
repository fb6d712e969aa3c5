/**
 * The safetensors → ONNX converter, measured on an XLM-R-large-width fixture (hidden 1024, 16 heads,
 * intermediate 4096): how long one conversion takes, and how fast the converted graph runs against
 * the fixture's own ONNX graph of the same weights (the "export"), side by side in one run.
 *
 *   npx tsx bench/convert.ts [--layers 4] [--dtype F32|F16|BF16] [--rounds 5] [--batch 16] [--tokens 48]
 *
 * Writes into a temporary folder, removed at the end. Every session uses the teacher's own session
 * options (src/session.ts, CPU); the sessions take turns run by run so that load changes hit all of
 * them, and a second session of the exported graph shows how far two identical graphs differ here.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Tensor } from 'onnxruntime-node';
import { buildFixture } from '../scripts/fixture/build.js';
import { addSafetensors, type FixtureDtype } from '../scripts/fixture/safetensors.js';
import { openSession } from '../src/session.js';
import { convertedModel } from '../src/weights/convert.js';

const { values } = parseArgs({
  options: {
    layers: { type: 'string', default: '4' },
    dtype: { type: 'string', default: 'F32' },
    rounds: { type: 'string', default: '5' },
    batch: { type: 'string', default: '16' },
    tokens: { type: 'string', default: '48' },
  },
});
const ROUNDS = Number(values.rounds);
const BATCH = Number(values.batch);
const TOKENS = Number(values.tokens);
const dtype = values.dtype as FixtureDtype;

const work = mkdtempSync(join(tmpdir(), 'piiguard-convert-bench-'));
try {
  let started = performance.now();
  const built = buildFixture({ out: join(work, 'model'), size: 'large', layers: Number(values.layers) });
  const files = addSafetensors(built, { dtype });
  const safetensorsBytes = statSync(join(built.dir, files[0]!)).size;
  console.log(
    `fixture: hidden 1024, ${values.layers} layers, ${dtype} model.safetensors ${(safetensorsBytes / 1e6).toFixed(0)} MB ` +
      `(built in ${((performance.now() - started) / 1000).toFixed(1)} s); ${availableParallelism()} cores, ` +
      `load average ${loadavg()[0]!.toFixed(2)}`,
  );

  started = performance.now();
  const converted = await convertedModel(
    { configPath: join(built.dir, 'config.json'), weightFiles: [join(built.dir, 'model.safetensors')] },
    { assetsDir: join(work, 'assets') },
  );
  const seconds = (performance.now() - started) / 1000;
  const onnxBytes = statSync(converted).size;
  console.log(
    `conversion: ${seconds.toFixed(2)} s for ${(safetensorsBytes / 1e6).toFixed(0)} MB of weights ` +
      `(${(safetensorsBytes / 1e6 / seconds).toFixed(0)} MB/s, hashing included) → model.onnx ${(onnxBytes / 1e6).toFixed(0)} MB`,
  );
  started = performance.now();
  await convertedModel(
    { configPath: join(built.dir, 'config.json'), weightFiles: [join(built.dir, 'model.safetensors')] },
    { assetsDir: join(work, 'assets') },
  );
  console.log(`reuse (same process, hash remembered): ${(performance.now() - started).toFixed(1)} ms`);

  // A second session of the exported graph measures the noise floor: two identical graphs.
  const exported = await openSession(built.modelPath, 'cpu', 0);
  const mine = await openSession(converted, 'cpu', 0);
  const again = await openSession(built.modelPath, 'cpu', 0);
  // Ids 4…2000 (real pieces), <s> … </s>, a quarter of the rows right-padded to half length.
  let seed = 7;
  const ids: bigint[] = [];
  const mask: bigint[] = [];
  for (let row = 0; row < BATCH; row++) {
    const length = row % 4 === 3 ? TOKENS / 2 : TOKENS;
    for (let t = 0; t < TOKENS; t++) {
      seed = (seed * 48_271) % 2_147_483_647;
      const real = t < length;
      ids.push(BigInt(!real ? 1 : t === 0 ? 0 : t === length - 1 ? 2 : 4 + (seed % 1996)));
      mask.push(real ? 1n : 0n);
    }
  }
  const feeds = {
    input_ids: new Tensor('int64', BigInt64Array.from(ids), [BATCH, TOKENS]),
    attention_mask: new Tensor('int64', BigInt64Array.from(mask), [BATCH, TOKENS]),
  };
  const time = async (session: typeof mine.session) => {
    const t = performance.now();
    const out = await session.run(feeds);
    return { ms: performance.now() - t, logits: out.logits!.data as Float32Array };
  };
  const sessions = { exported: exported.session, converted: mine.session, again: again.session };
  const names = Object.keys(sessions) as (keyof typeof sessions)[];
  for (const name of names) await time(sessions[name]);
  const totals = { exported: 0, converted: 0, again: 0 };
  let maxDifference = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < 3; k++) {
      // Each run of three starts with a different session, so none always follows another.
      const results: Partial<Record<keyof typeof sessions, Awaited<ReturnType<typeof time>>>> = {};
      for (let j = 0; j < 3; j++) {
        const name = names[(k + j) % 3]!;
        results[name] = await time(sessions[name]);
        totals[name] += results[name].ms;
      }
      const a = results.exported!.logits;
      const b = results.converted!.logits;
      for (let i = 0; i < a.length; i++) maxDifference = Math.max(maxDifference, Math.abs(a[i]! - b[i]!));
    }
  }
  const runs = ROUNDS * 3;
  console.log(`\nbatch ${BATCH} x ${TOKENS} tokens, ${runs} runs each, rotating:`);
  console.log(`  exported graph           ${(totals.exported / runs).toFixed(1)} ms/run`);
  console.log(`  converted graph          ${(totals.converted / runs).toFixed(1)} ms/run`);
  console.log(`  exported, second session ${(totals.again / runs).toFixed(1)} ms/run (noise floor)`);
  console.log(
    `  converted/exported = ${(totals.converted / totals.exported).toFixed(3)}x ` +
      `(exported/exported: ${(totals.again / totals.exported).toFixed(3)}x); ` +
      `largest logit difference ${maxDifference.toExponential(2)}; load average after ${loadavg()[0]!.toFixed(2)}`,
  );
  for (const session of Object.values(sessions)) await session.release();
} finally {
  rmSync(work, { recursive: true, force: true });
}

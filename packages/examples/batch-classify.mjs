// Classify a file of messages in batches and report what was flagged: a nightly job over a chat
// log, say. One message per line, read as the file streams; batches of 64 through `classifyBatch`
// (one outcome per message, in order; one failure never loses the others).
// With FIREWORKS_API_KEY the hosted model answers, falling back to the pocket model; without
// one, the pocket model alone (no network). Run after `pnpm build`:
//
//   node packages/examples/batch-classify.mjs [file]     (default: packages/examples/messages.txt)
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadPocket } from '@piiguard/pocket';
import { PiiClient } from '@piiguard/sdk';

const BATCH_SIZE = 64;
const file = process.argv[2] ?? fileURLToPath(new URL('messages.txt', import.meta.url));

const client = process.env.FIREWORKS_API_KEY
  ? new PiiClient({ fallback: { mode: 'on-error', classifiers: () => loadPocket() } })
  : new PiiClient({ fallback: { mode: 'fallback-only', classifiers: () => loadPocket() } });

const counts = { none: 0, asking: 0, giving: 0, error: 0 };
/** @type {{ line: number, label: string, source: string }[]} */
const flagged = [];

/** @param {{ line: number, text: string }[]} batch */
async function classify(batch) {
  const outcomes = await client.classifyBatch(batch.map((m) => m.text));
  outcomes.forEach((outcome, i) => {
    const line = batch[i]?.line ?? 0;
    if (!outcome.ok) {
      counts.error += 1;
      console.log(`line ${line}: ${outcome.error.kind}`);
      return;
    }
    counts[outcome.value.label] += 1;
    if (outcome.value.label !== 'none')
      flagged.push({ line, label: outcome.value.label, source: outcome.value.source });
  });
}

/** @type {{ line: number, text: string }[]} */
let batch = [];
let line = 0;
for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  line += 1;
  if (text.trim() === '') continue;
  batch.push({ line, text });
  if (batch.length === BATCH_SIZE) {
    await classify(batch);
    batch = [];
  }
}
if (batch.length > 0) await classify(batch);

// Line numbers and labels only: the messages themselves are the personal information.
for (const f of flagged) console.log(`line ${f.line}: ${f.label} (${f.source})`);
console.log(`counts: ${JSON.stringify(counts)}`);
console.log(`answered by: ${JSON.stringify(client.stats().bySource)}`);
await client.close();

/**
 * The weights: a multinomial logistic regression over the hashed features of `../features.ts`,
 * fitted by plain SGD (decaying step, L2 on the rows an example touches), then quantised to int8.
 * Seeded and run in a fixed order, so the same examples and settings give the same table.
 */
import { AbortError, type Label } from '@piiguard/sdk';
import { extractFeatures } from '../features.js';
import { normalize } from '../normalize.js';
import { Rng } from '../random.js';
import { windowSpans } from '../windows.js';

/**
 * A labelled message as training reads it: harmless chatter before, the labelled message, chatter
 * after (either may be empty). Only the windows that overlap the message carry its label.
 */
export interface WindowedExample {
  readonly label: Label;
  readonly parts: readonly [before: string, message: string, after: string];
}

export const LABEL_INDEX: Readonly<Record<Label, number>> = { none: 0, asking: 1, giving: 2 };

/** The SGD settings, resolved (see `TrainPocketOptions` for their meaning and defaults). */
export interface SgdSettings {
  readonly seed: number;
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
}

/** What a long fit does between stretches of work: stop when asked, say how far it got. */
export interface FitControl {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * How long SGD runs synchronously before yielding to the event loop (so a caller's abort signal,
 * timers and I/O get a turn), in ms. Each yield costs about a millisecond; at 50 ms that is ~2 %.
 */
const YIELD_EVERY_MS = 50;
/** Steps between two looks at the clock: far below 50 ms of work, far above the cost of a look. */
const CLOCK_EVERY = 1024;

/**
 * Each example's feature rows. A message that inference would read in several windows is trained
 * the same way: its windows that overlap the labelled message carry the label, the others `none`.
 */
export function featurize(
  examples: readonly WindowedExample[],
  bits: number,
): { rows: Int32Array[]; labels: Uint8Array } {
  const scratch: number[] = [];
  const rows: Int32Array[] = [];
  const labels: number[] = [];
  for (const ex of examples) {
    const [before, message, after] = ex.parts.map(normalize) as [string, string, string];
    const text = [before, message, after].filter((p) => p !== '').join(' ');
    const start = before === '' ? 0 : before.length + 1;
    const end = start + message.length;
    for (const [ws, we] of windowSpans(text)) {
      const overlap = Math.min(we, end) - Math.max(ws, start);
      rows.push(Int32Array.from(extractFeatures(text.slice(ws, we), bits, scratch)));
      labels.push(overlap >= Math.min(12, message.length) ? LABEL_INDEX[ex.label] : 0);
    }
  }
  return { rows, labels: Uint8Array.from(labels) };
}

export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError('Pocket training was aborted', { cause: signal.reason });
}

export async function sgd(
  rows: readonly Int32Array[],
  labels: Uint8Array,
  settings: SgdSettings,
  control: FitControl = {},
): Promise<Float32Array> {
  // Single precision halves the table's memory traffic (its rows are read at random) and is ample
  // for weights that are quantised to int8 afterwards.
  const w = new Float32Array((1 << settings.bits) * 3);
  const rng = new Rng(settings.seed ^ 0x5bd1e995);
  const order = Array.from(rows.keys());
  const total = settings.epochs * rows.length;
  let step = 0;
  let since = performance.now();
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    rng.shuffle(order);
    for (const i of order) {
      const feats = rows[i]!;
      const x = 1 / Math.sqrt(feats.length);
      let a = 0;
      let b = 0;
      let c = 0;
      for (const f of feats) {
        a += w[f * 3]!;
        b += w[f * 3 + 1]!;
        c += w[f * 3 + 2]!;
      }
      const m = Math.max(a, b, c);
      const ea = Math.exp((a - m) * x);
      const eb = Math.exp((b - m) * x);
      const ec = Math.exp((c - m) * x);
      const s = ea + eb + ec;
      const y = labels[i]!;
      const lr = settings.learningRate / (1 + (4 * step) / total);
      const ga = (ea / s - (y === 0 ? 1 : 0)) * x * lr;
      const gb = (eb / s - (y === 1 ? 1 : 0)) * x * lr;
      const gc = (ec / s - (y === 2 ? 1 : 0)) * x * lr;
      const decay = 1 - lr * settings.l2;
      for (const f of feats) {
        const r = f * 3;
        w[r] = w[r]! * decay - ga;
        w[r + 1] = w[r + 1]! * decay - gb;
        w[r + 2] = w[r + 2]! * decay - gc;
      }
      step++;
      if (step % CLOCK_EVERY === 0 && performance.now() - since >= YIELD_EVERY_MS) {
        control.onProgress?.(step, total);
        await new Promise((resolve) => setTimeout(resolve, 0));
        checkAbort(control.signal);
        since = performance.now();
      }
    }
  }
  control.onProgress?.(total, total);
  return w;
}

export function quantize(w: Float32Array): { table: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = Number((max / 127).toPrecision(9));
  const table = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) table[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { table, scale };
}

/** Base64 of the table without Node's Buffer (the inverse of `decodeTable`), so training runs anywhere. */
export function encodeTable(table: Int8Array): string {
  const bytes = new Uint8Array(table.buffer, table.byteOffset, table.byteLength);
  let binary = '';
  // String.fromCharCode takes its bytes as arguments: chunked, to stay under engines' argument limits.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

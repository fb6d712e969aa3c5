/**
 * Inference: a multinomial logistic regression over hashed features. The weights are an int8 table
 * of `2^bits` rows × 3 labels and one float scale; logits are the scaled sum of a window's rows
 * divided by √(number of features), so long and short windows sit on the same scale.
 */
import type { Label, LabelProbabilities } from '@piiguard/sdk';
import { extractFeatures } from './features.js';
import { normalize } from './normalize.js';
import { splitWindows } from './windows.js';

export class PocketModel {
  readonly id: string;
  readonly bits: number;
  private readonly table: Int8Array;
  private readonly scale: number;
  private readonly bias: readonly [number, number, number];
  private readonly scratch: number[] = [];

  constructor(
    id: string,
    bits: number,
    table: Int8Array,
    scale: number,
    bias: readonly [number, number, number] = [0, 0, 0],
  ) {
    this.id = id;
    this.bits = bits;
    this.table = table;
    this.scale = scale;
    this.bias = bias;
  }

  /** The none/asking/giving logits of one already-normalised window, before the decision rule's offsets. */
  windowLogits(window: string): [number, number, number] {
    const feats = extractFeatures(window, this.bits, this.scratch);
    let a = 0;
    let b = 0;
    let c = 0;
    const t = this.table;
    for (let i = 0; i < feats.length; i++) {
      const row = feats[i]! * 3;
      a += t[row]!;
      b += t[row + 1]!;
      c += t[row + 2]!;
    }
    const k = this.scale / Math.sqrt(feats.length);
    return [a * k, b * k, c * k];
  }

  /** Softmax over the three labels for one already-normalised window, the decision rule's offsets added. */
  scoreWindow(window: string): [number, number, number] {
    const [a, b, c] = this.windowLogits(window);
    return softmax(a + this.bias[0], b + this.bias[1], c + this.bias[2]);
  }

  /** Class probabilities for raw text: normalised, windowed, the most PII-like window kept. */
  predict(text: string): LabelProbabilities {
    let best: [number, number, number] = [1, 0, 0];
    let bestRisk = -1;
    for (const window of splitWindows(normalize(text))) {
      const p = this.scoreWindow(window);
      if (1 - p[0] > bestRisk) {
        bestRisk = 1 - p[0];
        best = p;
      }
    }
    return { none: best[0], asking: best[1], giving: best[2] };
  }
}

/** The label with the highest probability; a tie goes to the more PII-like label (giving, then asking). */
export function topLabel(p: LabelProbabilities): Label {
  if (p.giving > p.none && p.giving >= p.asking) return 'giving';
  if (p.asking > p.none && p.asking > p.giving) return 'asking';
  return 'none';
}

export function softmax(a: number, b: number, c: number): [number, number, number] {
  const m = Math.max(a, b, c);
  const ea = Math.exp(a - m);
  const eb = Math.exp(b - m);
  const ec = Math.exp(c - m);
  const s = ea + eb + ec;
  return [ea / s, eb / s, ec / s];
}

/** Decodes base64 without Node's Buffer, so browsers and edge runtimes load the same file. */
export function decodeTable(base64: string): Int8Array {
  const binary = atob(base64);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

/**
 * Inference: a multinomial logistic regression over hashed features. The weights are an int8 table
 * of `2^bits` rows × 3 labels and one float scale; logits are the scaled sum of a window's rows
 * divided by √(number of features), so long and short windows sit on the same scale. Probabilities
 * are softmax(logits / temperature): the temperature, fitted on the dev split, calibrates them
 * without moving the argmax.
 */
import type { LabelProbabilities } from '@piiguard/sdk';
import { extractFeatures } from './features.js';
import { normalize } from './normalize.js';
import { splitWindows } from './windows.js';

/** The serialised model, as `scripts/train.ts` writes it. */
export interface PocketWeightsFile {
  /**
   * Format tag; bumped when the layout changes. `piiguard-pocket/1` files (before calibration) have
   * no `temperature` and still load, uncalibrated (temperature 1).
   */
  readonly format: 'piiguard-pocket/2' | 'piiguard-pocket/1';
  /** Model identifier reported on results, including a short hash of the weights. */
  readonly id: string;
  /** The table has `2^bits` rows. */
  readonly bits: number;
  /** Real weight = int8 value × scale. */
  readonly scale: number;
  /**
   * Softmax temperature (> 0) that calibrates the probabilities: fitted on the dev split by minimising
   * its negative log-likelihood. Required in format 2; absent in format 1. @default 1
   */
  readonly temperature?: number;
  /** Base64 of the int8 table, row-major (row = bucket, column = none/asking/giving). */
  readonly weights: string;
}

/** Raw (uncalibrated) logits for none / asking / giving. */
export type Logits = [number, number, number];

export class PocketModel {
  readonly id: string;
  readonly bits: number;
  /** Softmax temperature applied to the logits; 1 = uncalibrated. */
  readonly temperature: number;
  private readonly table: Int8Array;
  private readonly scale: number;
  private readonly scratch: number[] = [];

  constructor(id: string, bits: number, table: Int8Array, scale: number, temperature = 1) {
    this.id = id;
    this.bits = bits;
    this.table = table;
    this.scale = scale;
    this.temperature = temperature;
  }

  /** Raw logits for one already-normalised window. */
  windowLogits(window: string): Logits {
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

  /**
   * Raw logits of the most PII-like window of raw text. Windows are compared by their uncalibrated
   * risk (1 − p(none) at temperature 1), so calibration never changes which window, or label, wins.
   */
  logits(text: string): Logits {
    const windows = splitWindows(normalize(text));
    if (windows.length === 1) return this.windowLogits(windows[0]!);
    let best: Logits = [0, 0, 0];
    let bestRisk = -1;
    for (const window of windows) {
      const z = this.windowLogits(window);
      const risk = 1 - softmax(z[0], z[1], z[2])[0];
      if (risk > bestRisk) {
        bestRisk = risk;
        best = z;
      }
    }
    return best;
  }

  /** Calibrated class probabilities for raw text: softmax(logits / temperature). */
  predict(text: string): LabelProbabilities {
    const [a, b, c] = this.logits(text);
    const t = this.temperature;
    const p = softmax(a / t, b / t, c / t);
    return { none: p[0], asking: p[1], giving: p[2] };
  }
}

/** Softmax over three logits, stable for large values. */
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

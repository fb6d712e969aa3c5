import { InvalidInputError } from '@piiguard/sdk';

/** XLM-R reads at most 512 positions: `<s>` + 510 content tokens + `</s>`. */
export const MAX_CONTENT_TOKENS = 510;

export interface WindowOptions {
  /** Id of `<s>` (the classification token, read by the head at position 0). */
  readonly bosId: number;
  /** Id of `</s>`. */
  readonly eosId: number;
  /** Content tokens shared by consecutive windows, so a phrase on a boundary is seen whole. */
  readonly overlap: number;
  /** Most windows one text may need; past it the text is refused. */
  readonly maxWindows: number;
  /** Content tokens per window, `head` included. @default 510 */
  readonly contentTokens?: number;
  /** Ids every window starts with after `<s>` (v2: the instruction prefix and `t:`). @default [] */
  readonly head?: readonly number[];
}

/**
 * Where each window starts in the content ids; the last window ends exactly at the end.
 * @throws RangeError when `overlap` is not below `contentTokens` (the windows would never advance).
 */
export function windowStarts(length: number, contentTokens: number, overlap: number): number[] {
  if (!(overlap >= 0 && overlap < contentTokens)) {
    throw new RangeError(
      `overlap (${overlap}) must be at least 0 and below contentTokens (${contentTokens}).`,
    );
  }
  if (length <= contentTokens) return [0];
  const step = contentTokens - overlap;
  const starts: number[] = [];
  for (let start = 0; start + contentTokens < length; start += step) starts.push(start);
  starts.push(length - contentTokens);
  return starts;
}

/**
 * Splits content ids (no special tokens) into windows of `<s>` + `head` + a run of the ids +
 * `</s>`, at most 510 ids between `<s>` and `</s>`, consecutive runs overlapping by `overlap` ids.
 * Built from ids rather than through the tokenizer's truncation, which in
 * @huggingface/transformers 4.3.1 cuts after adding special tokens and so drops `</s>`.
 *
 * @throws InvalidInputError `too-many-windows` when the text needs more than `maxWindows`.
 * @throws RangeError when `head` leaves no more than `overlap` ids per window.
 */
export function buildWindows(contentIds: ArrayLike<number>, options: WindowOptions): number[][] {
  const head = options.head ?? [];
  const size = (options.contentTokens ?? MAX_CONTENT_TOKENS) - head.length;
  const starts = windowStarts(contentIds.length, size, options.overlap);
  if (starts.length > options.maxWindows) {
    throw new InvalidInputError(
      `The text needs ${starts.length} windows of ${size} tokens (${contentIds.length} tokens); ` +
        `the limit is ${options.maxWindows}. Split the text or raise maxWindows.`,
      'too-many-windows',
    );
  }
  return starts.map((start) => {
    const end = Math.min(start + size, contentIds.length);
    return [options.bosId, ...head, ...Array.prototype.slice.call(contentIds, start, end), options.eosId];
  });
}

/** Each head's max over a text's windows: PII anywhere in the text counts. */
export function maxOverWindows(scores: readonly (readonly number[])[]): number[] {
  const max = scores[0]!.map(() => Number.NEGATIVE_INFINITY);
  for (const row of scores) {
    row.forEach((score, head) => {
      const current = max[head]!;
      // NaN must propagate rather than be skipped: a broken window must not read as "no PII".
      if (!Number.isNaN(current) && (Number.isNaN(score) || score > current)) max[head] = score;
    });
  }
  return max;
}

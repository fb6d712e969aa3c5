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
  /**
   * Whether the content id at an index begins a word (a SentencePiece piece starting with `▁`).
   * Given, windows start and end between words where they can (see `windowRanges`).
   * @default every index begins a word: windows are cut at fixed token offsets
   */
  readonly startsWord?: (index: number) => boolean;
}

/**
 * The `[start, end)` runs of content ids the windows hold: each at most `contentTokens` long, each
 * starting at most `overlap` ids before the previous one ended, the last one ending exactly at the
 * end (and as long as it can be). With `startsWord`, a window ends just before a word where one
 * begins in its second half, the next starts at the first word in the overlap, and the last starts
 * at the first word it can: no window holds half a word, so each decodes to text that tokenizes
 * back to the same ids (what a remote engine that tokenizes by itself, TEI, is sent). A word
 * longer than half a window is cut inside.
 * @throws RangeError when `overlap` is not below `contentTokens` (the windows would never advance).
 */
export function windowRanges(
  length: number,
  contentTokens: number,
  overlap: number,
  startsWord: (index: number) => boolean = () => true,
): [number, number][] {
  if (!(overlap >= 0 && overlap < contentTokens)) {
    throw new RangeError(
      `overlap (${overlap}) must be at least 0 and below contentTokens (${contentTokens}).`,
    );
  }
  const ranges: [number, number][] = [];
  let start = 0;
  while (start + contentTokens < length) {
    let end = start + contentTokens;
    let cut = end;
    while (cut > start + contentTokens / 2 && !startsWord(cut)) cut--;
    if (startsWord(cut)) end = cut;
    ranges.push([start, end]);
    let next = Math.max(start + 1, end - overlap);
    while (next < end && !startsWord(next)) next++;
    start = next;
  }
  let last = Math.max(0, length - contentTokens);
  while (last < start && !startsWord(last)) last++;
  ranges.push([Math.min(last, start), length]);
  return ranges;
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
  const ranges = windowRanges(contentIds.length, size, options.overlap, options.startsWord);
  if (ranges.length > options.maxWindows) {
    throw new InvalidInputError(
      `The text needs ${ranges.length} windows of ${size} tokens (${contentIds.length} tokens); ` +
        `the limit is ${options.maxWindows}. Split the text or raise maxWindows.`,
      'too-many-windows',
    );
  }
  return ranges.map(([start, end]) => [
    options.bosId,
    ...head,
    ...Array.prototype.slice.call(contentIds, start, end),
    options.eosId,
  ]);
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

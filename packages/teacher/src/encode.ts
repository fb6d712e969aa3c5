import type { TeacherInput } from './profiles/types.js';
import type { TextTokenizer } from './tokenize.js';
import { buildWindows, MAX_CONTENT_TOKENS } from './windows.js';

/** One model input: `<s>` + at most 510 content ids + `</s>`. */
export interface EncodedWindow {
  readonly ids: readonly number[];
  /**
   * When the input is the message's whole formatted text: that text, which an engine that
   * tokenizes by itself (TEI) is sent, cut to 512 tokens on the profile's side by the engine.
   * Absent for the windows of a long message, which such an engine gets as decoded text.
   */
  readonly text?: string;
}

export interface EncodeOptions {
  /** Content tokens shared by consecutive windows of a long message. */
  readonly overlap: number;
  /** Most windows one message may need. */
  readonly maxWindows: number;
  /** Which end of an over-long input (message and context) is cut. */
  readonly truncation: 'left' | 'right';
}

/**
 * The model inputs for one message, each `<s>` + at most 510 content ids + `</s>`:
 * 1. the message alone (`head + body`) fits one input: the whole `text` (the message with its
 *    context, tokenized as one string, exactly as the model's tokenizer reads it), cut to 510 ids
 *    on the `truncation` side when longer. For `left` that drops the oldest tokens first — the
 *    instruction prefix, then the oldest context — and never the message's own turn, which is at
 *    the end and no longer than the message alone;
 * 2. otherwise the message is scored alone, in overlapping windows of `head` + a run of `body`'s
 *    ids cut between words (see `buildWindows`); the context is not read.
 *
 * @throws InvalidInputError `too-many-windows` when the message needs more than `maxWindows`.
 */
export function encodeInput(
  input: TeacherInput,
  tokenizer: TextTokenizer,
  options: EncodeOptions,
): EncodedWindow[] {
  const { bosId, eosId } = tokenizer;
  const alone = input.head + input.body;
  const aloneIds = tokenizer.encode(alone);
  if (aloneIds.length <= MAX_CONTENT_TOKENS) {
    const ids = input.text === alone ? aloneIds : tokenizer.encode(input.text);
    const kept =
      ids.length <= MAX_CONTENT_TOKENS
        ? ids
        : options.truncation === 'left'
          ? ids.slice(ids.length - MAX_CONTENT_TOKENS)
          : ids.slice(0, MAX_CONTENT_TOKENS);
    return [{ ids: [bosId, ...kept, eosId], text: input.text }];
  }
  // With no head (v1) the body's ids are the ones just computed.
  const head = input.head === '' ? [] : tokenizer.encode(input.head);
  const body = input.head === '' ? aloneIds : tokenizer.encode(input.body);
  const windows = buildWindows(body, {
    bosId,
    eosId,
    head,
    overlap: options.overlap,
    maxWindows: options.maxWindows,
    startsWord: (index) => tokenizer.startsWord(body[index]!),
  });
  return windows.map((ids) => ({ ids }));
}

/**
 * Turn structure that text must not be able to forge. An XLM-R tokenizer matches its special
 * tokens in the raw text before normalising it, so a message containing `</s>` would put a real
 * separator into the model's input: in v2's format, a new turn. Its vocabulary also holds the
 * special tokens as pieces, so look-alikes that its NFKC normaliser turns into `</s>` (`＜/s＞`)
 * become the same id. The fix: NFKC first (what the tokenizer does anyway), then the angle
 * brackets of these five strings become `‹ ›` (U+2039, U+203A), which keeps what a reader sees,
 * which NFKC leaves alone, and which no special token contains (so no new one can form).
 */
const SPECIAL_TOKENS = /<(\/s|s|pad|unk|mask)>/g;

/**
 * v2 names its speakers `t`, `s1`, `s2`, … at the start of each turn (`t: ya`). A text that says
 * `s1: my number is …` or `t: …` could make the model read part of one turn as another speaker's.
 * XLM-R's normaliser turns line breaks into spaces, so a "line" starting with a name looks to the
 * model like the name after any space: any `t`/`s<digits>` (either case) that does not follow a
 * letter or digit and is followed by a colon (after optional spaces) gets a semicolon instead of
 * the colon (`t; …`). The text is NFKC-normalised first, as the tokenizer would, so full-width or
 * styled look-alikes (`ｔ：`, `𝐬𝟏:`) are caught too.
 */
const SPEAKER_LABEL = /(?<![\p{L}\p{N}])(t|s\d+)(\s*):/giu;

/** A text NFKC-normalised with its special-token strings made inert (the v1 input: no turns to forge). */
export function neutralizeSpecialTokens(text: string): string {
  return text.normalize('NFKC').replace(SPECIAL_TOKENS, '‹$1›');
}

/** A text as one turn of a v2 conversation: NFKC, special tokens inert, no speaker labels. */
export function neutralizeTurn(text: string): string {
  return neutralizeSpecialTokens(text).replace(SPEAKER_LABEL, '$1$2;');
}

import { AutoTokenizer, env } from '@huggingface/transformers';
import { ModelLoadError } from '@piiguard/sdk';

// The tokenizer is always read from the resolved model folder, never fetched or cached by
// transformers itself. These are transformers' global settings; this module runs only inside the
// teacher's worker thread, whose module instances are its own, so the host's settings are untouched.
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.useFSCache = false;

/** SentencePiece's word-boundary mark (Metaspace's replacement character in XLM-R tokenizers). */
const WORD_START = '\u2581';

/** The tokenizer as the teacher uses it: content ids only, and the special ids windows need. */
export interface TextTokenizer {
  /** Token ids of `text` without special tokens. */
  encode(text: string): number[];
  /** The text of content ids (no special tokens among them), as the tokenizer's decoder writes it. */
  decode(ids: readonly number[]): string;
  /** Whether the token begins a word: its SentencePiece piece starts with `▁` (or it is special). */
  startsWord(id: number): boolean;
  /** `<s>` */
  readonly bosId: number;
  /** `</s>` */
  readonly eosId: number;
  /** `<pad>` */
  readonly padId: number;
}

/** Loads `tokenizer.json` + `tokenizer_config.json` from `folder` through @huggingface/transformers. */
export async function loadTokenizer(folder: string, configPadId: number | undefined): Promise<TextTokenizer> {
  let tokenizer: Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;
  try {
    tokenizer = await AutoTokenizer.from_pretrained(folder, { local_files_only: true });
  } catch (error) {
    throw new ModelLoadError(`Cannot load the tokenizer from ${folder}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const id = (name: string, value: unknown): number => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new ModelLoadError(
        `The tokenizer in ${folder} has no ${name} token; an XLM-R tokenizer needs one.`,
      );
    }
    return value;
  };
  const bosId = id('<s> (bos/cls)', tokenizer.bos_token_id);
  const eosId = id('</s> (eos/sep)', tokenizer.sep_token_id ?? tokenizer.eos_token_id);
  const padId = id('<pad>', configPadId ?? tokenizer.pad_token_id);
  const wordStarts = new Set<number>();
  for (const [piece, id] of tokenizer.get_vocab()) if (piece.startsWith(WORD_START)) wordStarts.add(id);
  const special = new Set<number>(tokenizer.all_special_ids);
  return {
    bosId,
    eosId,
    padId,
    encode: (text) => tokenizer.encode(text, { add_special_tokens: false }),
    decode: (ids) => tokenizer.decode([...ids], { skip_special_tokens: false }),
    startsWord: (id) => wordStarts.has(id) || special.has(id),
  };
}

import { LABELS, type Label, type LabelProbabilities } from '../classifier.js';
import { InvalidResponseError } from '../errors.js';

/** What one chat-completions answer says, before the model name is attached. */
export interface ParsedAnswer {
  readonly label: Label;
  readonly probabilities?: LabelProbabilities;
  readonly otherMass?: number;
}

/** Status and request id copied onto an `InvalidResponseError`. */
export interface ResponseMeta {
  readonly status?: number;
  readonly requestId?: string;
}

/** How strictly an answer is read. */
export interface ParseOptions {
  /**
   * Largest share (0..1) of the answer token's probability mass allowed outside the three labels;
   * above it the answer is invalid even when its text names a label.
   */
  readonly maxOtherMass: number;
}

/**
 * A token or word as a label sees it: tokenizer space markers (`Ġ`, `▁`), whitespace, quotes and
 * punctuation around it removed, lower-cased. `" Giving"` → `giving`, `'"none.'` → `none`.
 */
function normalizeWord(token: string): string {
  return token
    .replace(/[Ġ▁]/g, ' ')
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** The label a whole word names, or `undefined`. Partial words (`"ask"`) do not count here. */
export function labelFromWord(word: string): Label | undefined {
  const w = normalizeWord(word);
  return w === 'none' || w === 'asking' || w === 'giving' ? w : undefined;
}

/**
 * The label a *first* answer token stands for. Llama 3's tokenizer splits some label spellings
 * (`giving` = `g` + `iving`, `Asking` = `As` + `king`), so a first token that is the beginning of
 * exactly one label counts for it; a whole label counts as itself. `"I"`, `"Sorry"`, `"nonexistent"`
 * count for nothing.
 */
export function labelFromFirstToken(token: string): Label | undefined {
  const w = normalizeWord(token);
  if (w === '' || !/^\p{L}+$/u.test(w)) return undefined;
  const matches = LABELS.filter((label) => label.startsWith(w));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The label an answer's text names: its first word, so `Asking.`, `"giving"` and
 * `none - no PII here` work. Anything else is `undefined`: a label is never guessed from words
 * further in.
 */
export function labelFromText(text: string): Label | undefined {
  const first = /\p{L}+/u.exec(text.trimStart().slice(0, 64));
  if (!first || first.index > 2) return undefined;
  return labelFromWord(first[0]);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** One generated token with its log-probability and the alternatives the server listed. */
interface TokenLogprobs {
  readonly token: string;
  readonly logprob: number;
  readonly top: readonly { readonly token: string; readonly logprob: number }[];
}

/**
 * Reads `choices[0]` and fails closed. The label is returned only when
 * 1. the answer text names it (`labelFromText`), and
 * 2. with log-probabilities, it is also their most probable label and no more than
 *    `maxOtherMass` of the answer token's mass fell outside the labels.
 * Otherwise `InvalidResponseError`, which falls back in `on-error` — never a guess.
 *
 * Probabilities: at the first generated token that has a letter, each label's mass is the sum of
 * `exp(logprob)` over the alternatives that stand for it (`labelFromFirstToken`, so `g` counts for
 * `giving`); for the token actually generated, when it is only the start of a label, its mass is
 * multiplied by the probability of the generated continuation (`iving`). The three are
 * renormalised; `otherMass` is 1 − their sum.
 */
export function parseCompletion(body: unknown, options: ParseOptions, meta: ResponseMeta = {}): ParsedAnswer {
  const choice = isObject(body) && Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isObject(choice)) throw invalid('The API answer has no `choices[0]`.', meta);
  const message = choice.message;
  const content =
    isObject(message) && typeof message.content === 'string'
      ? message.content
      : typeof choice.text === 'string'
        ? choice.text
        : '';
  const named = labelFromText(content);
  if (!named) {
    throw invalid(
      `The API answer names no label (expected one of ${LABELS.join(', ')}); check that \`model\` is the PII classifier.`,
      meta,
    );
  }
  const tokens = readTokens(choice.logprobs);
  if (!tokens) return { label: named };
  const scored = scoreTokens(tokens);
  if (!scored) throw invalid('The answer names a label its log-probabilities do not contain.', meta);
  if (scored.label !== named) {
    throw invalid('The answer text and its log-probabilities name different labels.', meta);
  }
  if (scored.otherMass > options.maxOtherMass) {
    throw invalid(
      `${Math.round(scored.otherMass * 100)}% of the answer's probability fell outside the labels (limit \`maxOtherMass\`).`,
      meta,
    );
  }
  return scored;
}

/** The generated tokens in the OpenAI shape (`content[]`) or the legacy one (`tokens`, `token_logprobs`, `top_logprobs`). */
function readTokens(logprobs: unknown): TokenLogprobs[] | undefined {
  if (!isObject(logprobs)) return undefined;
  if (Array.isArray(logprobs.content)) {
    const out: TokenLogprobs[] = [];
    for (const entry of logprobs.content) {
      if (!isObject(entry) || typeof entry.token !== 'string') return out.length > 0 ? out : undefined;
      const top = Array.isArray(entry.top_logprobs) ? entry.top_logprobs.flatMap(alternative) : [];
      out.push({ token: entry.token, logprob: finiteLogprob(entry.logprob), top });
    }
    return out.length > 0 ? out : undefined;
  }
  if (Array.isArray(logprobs.tokens)) {
    const logps = Array.isArray(logprobs.token_logprobs) ? logprobs.token_logprobs : [];
    const tops = Array.isArray(logprobs.top_logprobs) ? logprobs.top_logprobs : [];
    const out: TokenLogprobs[] = [];
    logprobs.tokens.forEach((token, i) => {
      if (typeof token !== 'string') return;
      const table = tops[i];
      const top = isObject(table)
        ? Object.entries(table).flatMap(([t, lp]) => alternative({ token: t, logprob: lp }))
        : [];
      out.push({ token, logprob: finiteLogprob(logps[i]), top });
    });
    return out.length > 0 ? out : undefined;
  }
  return undefined;
}

function alternative(entry: unknown): { token: string; logprob: number }[] {
  if (!isObject(entry) || typeof entry.token !== 'string' || typeof entry.logprob !== 'number') return [];
  return Number.isFinite(entry.logprob) ? [{ token: entry.token, logprob: Math.min(entry.logprob, 0) }] : [];
}

function finiteLogprob(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(value, 0) : Number.NEGATIVE_INFINITY;
}

function scoreTokens(tokens: readonly TokenLogprobs[]): (ParsedAnswer & { otherMass: number }) | undefined {
  // A leading quote or space token carries no label: read the first token with a letter.
  const at = tokens.findIndex((t) => /\p{L}/u.test(t.token));
  const first = tokens[at];
  if (!first) return undefined;
  const continuation = continuationProbability(tokens, at);
  const mass = { none: 0, asking: 0, giving: 0 };
  let sawGenerated = false;
  for (const option of first.top) {
    const label = labelFromFirstToken(option.token);
    if (!label) continue;
    const generated = option.token === first.token;
    sawGenerated ||= generated;
    mass[label] += Math.exp(option.logprob) * (generated ? continuation : 1);
  }
  if (!sawGenerated) {
    // Servers list the generated token among the alternatives; when one does not, count it once.
    const label = labelFromFirstToken(first.token);
    if (label && Number.isFinite(first.logprob)) mass[label] += Math.exp(first.logprob) * continuation;
  }
  const total = mass.none + mass.asking + mass.giving;
  if (!(total > 0)) return undefined;
  const probabilities = { none: mass.none / total, asking: mass.asking / total, giving: mass.giving / total };
  let label: Label = 'none';
  if (probabilities.asking > probabilities[label]) label = 'asking';
  if (probabilities.giving > probabilities[label]) label = 'giving';
  return { label, probabilities, otherMass: Math.min(1, Math.max(0, 1 - total)) };
}

/**
 * When the generated token at `at` is only the start of a label (`g`), the probability of the
 * generated tokens that complete it (`iving`); 1 when it is a whole label or nothing follows.
 */
function continuationProbability(tokens: readonly TokenLogprobs[], at: number): number {
  const first = tokens[at]!;
  const label = labelFromFirstToken(first.token);
  if (!label || labelFromWord(first.token) === label) return 1;
  let word = normalizeWord(first.token);
  let probability = 1;
  for (let i = at + 1; i < tokens.length && word.length < label.length; i++) {
    const next = tokens[i]!;
    const joined = normalizeWord(
      first.token +
        tokens
          .slice(at + 1, i + 1)
          .map((t) => t.token)
          .join(''),
    );
    if (!label.startsWith(joined) || joined.length <= word.length) break;
    word = joined;
    if (Number.isFinite(next.logprob)) probability *= Math.exp(next.logprob);
  }
  return probability;
}

function invalid(message: string, meta: ResponseMeta): InvalidResponseError {
  return new InvalidResponseError(message, { status: meta.status, requestId: meta.requestId });
}

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

/**
 * The label a token stands for: case, surrounding whitespace, quotes and punctuation (and the
 * tokenizer space markers `Ġ`/`▁`) are ignored, so `" Asking"`, `"asking."` and `'"giving'` count.
 * Partial words (`"ask"`) do not.
 */
export function labelFromToken(token: string): Label | undefined {
  // The model almost always emits the bare label: skip the regex then.
  if (token === 'none' || token === 'asking' || token === 'giving') return token;
  const word = token.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
  return word === 'none' || word === 'asking' || word === 'giving' ? word : undefined;
}

/**
 * The label an answer's text names: its first word, read as `labelFromToken` reads a token, so
 * `Asking.`, `"giving"` and `none - no PII here` work. Anything else is `undefined`: a label is
 * never guessed from words further in.
 */
export function labelFromText(text: string): Label | undefined {
  const first = /[A-Za-z]+/.exec(text.trimStart().slice(0, 64));
  if (!first || first.index > 2) return undefined;
  return labelFromToken(first[0]);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/**
 * Reads `choices[0]`. With log-probabilities, each label's probability is the sum of `exp(logprob)`
 * over its token variants in the first token's `top_logprobs`, renormalised over the three labels;
 * `otherMass` is the mass outside them (1 − their sum). The label is then the most probable class.
 * Without log-probabilities the label comes from the text. No label → `InvalidResponseError`.
 */
export function parseCompletion(body: unknown, meta: ResponseMeta = {}): ParsedAnswer {
  const choice = isObject(body) && Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isObject(choice)) throw invalid('The API answer has no `choices[0]`.', meta);
  const message = choice.message;
  const content = isObject(message) && typeof message.content === 'string' ? message.content : '';
  const fromLogprobs = readLogprobs(choice.logprobs);
  if (fromLogprobs) return fromLogprobs;
  const label = labelFromText(content);
  if (!label) {
    throw invalid(
      `The API answer names no label (expected one of ${LABELS.join(', ')}); check that \`model\` is the PII classifier.`,
      meta,
    );
  }
  return { label };
}

function readLogprobs(logprobs: unknown): ParsedAnswer | undefined {
  const first = isObject(logprobs) && Array.isArray(logprobs.content) ? logprobs.content[0] : undefined;
  if (!isObject(first) || !Array.isArray(first.top_logprobs)) return undefined;
  const mass = { none: 0, asking: 0, giving: 0 };
  for (const entry of first.top_logprobs) {
    if (!isObject(entry) || typeof entry.token !== 'string' || typeof entry.logprob !== 'number') continue;
    const label = labelFromToken(entry.token);
    if (label && Number.isFinite(entry.logprob)) mass[label] += Math.exp(Math.min(entry.logprob, 0));
  }
  const total = mass.none + mass.asking + mass.giving;
  if (!(total > 0)) return undefined;
  const probabilities = { none: mass.none / total, asking: mass.asking / total, giving: mass.giving / total };
  let label: Label = 'none';
  if (probabilities.asking > probabilities[label]) label = 'asking';
  if (probabilities.giving > probabilities[label]) label = 'giving';
  return { label, probabilities, otherMass: Math.min(1, Math.max(0, 1 - total)) };
}

function invalid(message: string, meta: ResponseMeta): InvalidResponseError {
  return new InvalidResponseError(message, { status: meta.status, requestId: meta.requestId });
}

import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { type InferenceSession, Tensor } from 'onnxruntime-node';
import { readModelConfig } from '../../src/config.js';
import { openSession } from '../../src/session.js';
import { loadTokenizer, type TextTokenizer } from '../../src/tokenize.js';
import {
  deliver,
  FaultQueue,
  type FaultReplies,
  type IncomingRequest,
  jsonReply,
  listenLoopback,
  type RecordedRequest,
  type Reply,
  send,
} from './faults.js';

/**
 * A loopback text-embeddings-inference: `/health`, `/info` and `/predict` as TEI serves them
 * (huggingface/text-embeddings-inference router/src/http/server.rs and types.rs, router/src/lib.rs,
 * core/src/tokenization.rs and infer.rs), answered by a real onnxruntime session on a model folder.
 *
 * - Error statuses by `error_type`: Validation → 422 from TEI 1.9 (413 up to 1.8, `release: '1.8'`),
 *   Empty → 400, Overloaded → 429, Unhealthy → 503, Backend → 424.
 * - Bodies that are not JSON get axum's 400, bodies of the wrong shape its 422 (both `text/plain`,
 *   and the latter may quote the input, as serde does: "invalid type: string \"…\""), a missing
 *   `content-type: application/json` its 415, a body over `payloadLimit` its 413.
 * - Pairs (`["a", "b"]`) are refused with a 422 Validation: TEI would score them as a sentence pair,
 *   which this model is never given.
 * - `setReady(false)`: `/health` answers 503 Unhealthy and `/predict` 424 Backend, as when TEI's
 *   backend fails its health check.
 */
export interface TeiServerOptions {
  /** A model folder: `config.json`, the tokenizer files, `onnx/model.onnx` or `model.onnx`. */
  readonly folder: string;
  /** `model_id` in `/info`. @default the folder's name */
  readonly modelId?: string;
  /** `--max-client-batch-size`. @default 32 */
  readonly maxClientBatchSize?: number;
  /** The longest sequence in tokens, `<s>` and `</s>` included. @default 512 */
  readonly maxInputLength?: number;
  /** `--auto-truncate`: what a request without `truncate` gets. @default true from 1.9, false in 1.8 */
  readonly autoTruncate?: boolean;
  /** `--payload-limit` in bytes. @default 2_000_000 */
  readonly payloadLimit?: number;
  /** Which TEI to behave as: the Validation status, the `autoTruncate` default, `/info` `version`. @default '1.9' */
  readonly release?: '1.8' | '1.9';
  /** onnxruntime's intra-op threads; 0 lets it choose, as the teacher does. @default 0 */
  readonly intraOpNumThreads?: number;
}

export interface TeiServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly faults: FaultQueue;
  readonly requests: RecordedRequest[];
  setReady(ready: boolean): void;
  /** `/predict` requests that reached the model (`session.run` calls). */
  readonly predictCalls: number;
  close(): Promise<void>;
}

type ErrorType = 'Unhealthy' | 'Backend' | 'Overloaded' | 'Validation' | 'Tokenizer' | 'Empty';
/** A sequence as TEI's deserializer reads it: one text, or a pair. */
type Sequence = string | readonly [string, string];

/** `MAX_CHAR_MULTIPLIER` (core/src/tokenization.rs): inputs may have 250 characters per token. */
const CHARS_PER_TOKEN = 250;
const EXPECTING =
  'a string, a pair of strings [string, string] or a batch of mixed strings and pairs [[string], [string, string], ...]';

class TeiError extends Error {
  constructor(
    readonly errorType: ErrorType,
    message: string,
  ) {
    super(message);
  }
}

/** axum's `Json` rejections: plain text. */
class RejectionError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const textReply = (status: number, message: string): Reply => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: message,
});

/** serde's description of an unexpected JSON value. */
function unexpected(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'boolean') return `boolean \`${value}\``;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? `integer \`${value}\`` : `floating point \`${value}\``;
  }
  return Array.isArray(value) ? 'sequence' : 'map';
}

const deserializeError = (message: string) =>
  new RejectionError(422, `Failed to deserialize the JSON body into the target type: ${message}`);

/** Vec<String> of one or two elements (`sequence_from_vec`). */
function sequenceFromVec(value: unknown): Sequence {
  if (!Array.isArray(value))
    throw deserializeError(`inputs: invalid type: ${unexpected(value)}, expected a sequence`);
  const bad = value.find((element) => typeof element !== 'string');
  if (bad !== undefined)
    throw deserializeError(`inputs: invalid type: ${unexpected(bad)}, expected a string`);
  if (value.length === 1) return value[0] as string;
  if (value.length === 2) return [value[0], value[1]] as [string, string];
  throw deserializeError(`inputs: invalid length ${value.length}, expected ${EXPECTING}`);
}

/** `PredictInput`'s deserializer (router/src/http/types.rs): a single sequence, or a batch of them. */
function parseInputs(value: unknown): { batch: boolean; sequences: Sequence[] } {
  if (typeof value === 'string') return { batch: false, sequences: [value] };
  if (!Array.isArray(value))
    throw deserializeError(`inputs: invalid type: ${unexpected(value)}, expected ${EXPECTING}`);
  if (value.length === 0) throw deserializeError(`inputs: invalid length 0, expected ${EXPECTING}`);
  const [first, ...rest] = value as unknown[];
  if (typeof first === 'string') {
    const second = rest[0];
    if (second !== undefined && typeof second !== 'string') {
      throw deserializeError(`inputs: invalid type: ${unexpected(second)}, expected a string`);
    }
    if (rest.length > 1) throw deserializeError(`inputs: invalid length 3, expected ${EXPECTING}`);
    return { batch: false, sequences: [second === undefined ? first : [first, second]] };
  }
  if (!Array.isArray(first) || first.some((element) => typeof element !== 'string')) {
    throw deserializeError('inputs: data did not match any variant of untagged enum Internal');
  }
  return { batch: true, sequences: [first, ...rest].map(sequenceFromVec) };
}

interface PredictRequest {
  readonly batch: boolean;
  readonly sequences: Sequence[];
  readonly truncate: boolean | undefined;
  readonly direction: 'Left' | 'Right';
  readonly rawScores: boolean;
}

function parsePredict(json: unknown): PredictRequest {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw deserializeError(`invalid type: ${unexpected(json)}, expected struct PredictRequest`);
  }
  const body = json as Record<string, unknown>;
  if (!('inputs' in body)) throw deserializeError('missing field `inputs`');
  const { batch, sequences } = parseInputs(body.inputs);
  const { truncate, truncation_direction: direction, raw_scores: rawScores } = body;
  if (truncate !== undefined && truncate !== null && typeof truncate !== 'boolean') {
    throw deserializeError(`truncate: invalid type: ${unexpected(truncate)}, expected a boolean`);
  }
  if (direction !== undefined && !['Left', 'left', 'Right', 'right'].includes(direction as string)) {
    throw deserializeError(
      typeof direction === 'string'
        ? `truncation_direction: unknown variant \`${direction}\`, expected \`Left\` or \`Right\``
        : `truncation_direction: invalid type: ${unexpected(direction)}, expected enum TruncationDirection`,
    );
  }
  if (rawScores !== undefined && typeof rawScores !== 'boolean') {
    throw deserializeError(`raw_scores: invalid type: ${unexpected(rawScores)}, expected a boolean`);
  }
  return {
    batch,
    sequences,
    truncate: truncate ?? undefined,
    direction: direction === 'Left' || direction === 'left' ? 'Left' : 'Right',
    rawScores: rawScores ?? false,
  };
}

/** serde_json's f32 output: the shortest decimal that reads back as the same float32. */
function f32(value: number): string {
  for (let digits = 1; digits < 10; digits++) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(value);
}

/** `raw_scores: false` as TEI's `Infer::predict` does it in f32: softmax (shifted by the largest |logit|), or a sigmoid for one label. */
function normalise(logits: readonly number[]): number[] {
  const f = Math.fround;
  if (logits.length === 1) return [f(1 / f(1 + f(Math.exp(-logits[0]!))))];
  const shift = logits.reduce((max, x) => (Math.abs(x) >= Math.abs(max) ? x : max));
  const exps = logits.map((x) => f(Math.exp(f(x - shift))));
  const sum = exps.reduce((total, x) => f(total + x), 0);
  return exps.map((x) => f(x / sum));
}

/** Rust's `String::truncate(limit)` when `limit` is a char boundary of the UTF-8 bytes (`apply_limit`). */
function applyLimit(text: string, limit: number): string {
  const bytes = Buffer.from(text);
  if (bytes.length <= limit) return text;
  return (bytes[limit]! & 0xc0) === 0x80 ? text : bytes.subarray(0, limit).toString('utf8');
}

function modelPath(folder: string): string {
  for (const file of ['onnx/model.onnx', 'model.onnx']) {
    if (existsSync(join(folder, file))) return join(folder, file);
  }
  throw new ModelLoadError(`${folder} has neither onnx/model.onnx nor model.onnx.`);
}

/** Runs padded batches exactly as src/infer.ts builds them, returning raw logits per row. */
function createRunner(session: InferenceSession, labels: number, padId: number) {
  const inputs = session.inputNames;
  const allowed = ['input_ids', 'attention_mask', 'token_type_ids'];
  if (
    !inputs.includes('input_ids') ||
    !inputs.includes('attention_mask') ||
    inputs.some((n) => !allowed.includes(n))
  ) {
    throw new ModelLoadError(
      `The model's inputs are [${inputs.join(', ')}]; an XLM-R sequence classifier's are expected.`,
    );
  }
  const types = inputs.map((name) => {
    const meta = session.inputMetadata[inputs.indexOf(name)];
    const type = meta?.isTensor ? meta.type : undefined;
    if (type !== 'int64' && type !== 'int32')
      throw new ModelLoadError(`The model's input ${name} is not int64 or int32.`);
    return type;
  });
  return async (rows: readonly (readonly number[])[]): Promise<number[][]> => {
    const batch = rows.length;
    const length = Math.max(...rows.map((row) => row.length));
    const ids = new Array<number>(batch * length).fill(padId);
    const mask = new Array<number>(batch * length).fill(0);
    rows.forEach((row, r) => {
      for (let i = 0; i < row.length; i++) {
        ids[r * length + i] = row[i]!;
        mask[r * length + i] = 1;
      }
    });
    const feeds: Record<string, Tensor> = {};
    inputs.forEach((name, i) => {
      const values =
        name === 'input_ids'
          ? ids
          : name === 'attention_mask'
            ? mask
            : new Array<number>(batch * length).fill(0);
      feeds[name] =
        types[i] === 'int64'
          ? new Tensor('int64', BigInt64Array.from(values, BigInt), [batch, length])
          : new Tensor('int32', Int32Array.from(values), [batch, length]);
    });
    const output = (await session.run(feeds, ['logits'])).logits as Tensor;
    if (output.type !== 'float32' || output.dims.length !== 2 || output.dims[1] !== labels) {
      throw new TeiError('Backend', `Inference failed: logits of shape [${output.dims.join(', ')}]`);
    }
    const data = output.data as Float32Array;
    return rows.map((_, r) => Array.from(data.subarray(r * labels, (r + 1) * labels)));
  };
}

function checkOptions(options: TeiServerOptions) {
  const release = options.release ?? '1.9';
  if (release !== '1.8' && release !== '1.9')
    throw new ConfigurationError("release must be '1.8' or '1.9'.", 'release');
  const positive = (option: keyof TeiServerOptions, value: unknown, min: number) => {
    if (!Number.isInteger(value) || (value as number) < min) {
      throw new ConfigurationError(`${option} must be an integer of at least ${min}.`, option);
    }
    return value as number;
  };
  return {
    release,
    maxClientBatchSize: positive('maxClientBatchSize', options.maxClientBatchSize ?? 32, 1),
    // `<s>`, one token and `</s>`.
    maxInputLength: positive('maxInputLength', options.maxInputLength ?? 512, 3),
    payloadLimit: positive('payloadLimit', options.payloadLimit ?? 2_000_000, 1),
    threads: positive('intraOpNumThreads', options.intraOpNumThreads ?? 0, 0),
    autoTruncate: options.autoTruncate ?? release === '1.9',
  };
}

/** Starts the server: tokenizer and session loaded as the teacher loads them (src/tokenize.ts, src/session.ts). */
export async function startTeiServer(options: TeiServerOptions): Promise<TeiServer> {
  const { release, maxClientBatchSize, maxInputLength, payloadLimit, threads, autoTruncate } =
    checkOptions(options);
  const config = await readModelConfig(join(options.folder, 'config.json'));
  const tokenizer: TextTokenizer = await loadTokenizer(options.folder, config.padTokenId);
  const { session } = await openSession(modelPath(options.folder), 'cpu', threads);
  const run = createRunner(session, config.labels.length, tokenizer.padId);
  const { labels } = config;
  const validationStatus = release === '1.9' ? 422 : 413;
  const statuses: Record<ErrorType, number> = {
    Unhealthy: 503,
    Backend: 424,
    Overloaded: 429,
    Validation: validationStatus,
    Tokenizer: 422,
    Empty: 400,
  };
  const errorReply = (errorType: ErrorType, message: string) =>
    jsonReply(statuses[errorType], { error: message, error_type: errorType });
  const replies: FaultReplies = {
    errorBody: (status) =>
      JSON.stringify({ error: `loopback fault: status ${status}`, error_type: 'Backend' }),
    overloaded: errorReply('Overloaded', 'Model is overloaded'),
  };
  const faults = new FaultQueue();
  let ready = true;
  let predictCalls = 0;

  const info = {
    model_id: options.modelId ?? basename(options.folder),
    model_sha: null,
    model_dtype: 'float32',
    served_model_name: options.modelId ?? basename(options.folder),
    model_type: {
      classifier: {
        id2label: Object.fromEntries(labels.map((label, i) => [String(i), label])),
        label2id: Object.fromEntries(labels.map((label, i) => [label, i])),
      },
    },
    max_concurrent_requests: 512,
    max_input_length: maxInputLength,
    max_batch_tokens: 16384,
    max_batch_requests: null,
    max_client_batch_size: maxClientBatchSize,
    auto_truncate: autoTruncate,
    tokenization_workers: 1,
    version: release === '1.9' ? '1.9.3-loopback' : '1.8.3-loopback',
    sha: null,
    docker_label: null,
  };

  /** `encode_input` (core/src/tokenization.rs): `<s>` + content + `</s>`, cut or refused past the limit. */
  const encode = (sequence: Sequence, truncate: boolean, direction: 'Left' | 'Right'): number[] => {
    if (typeof sequence !== 'string') {
      throw new TeiError(
        'Validation',
        'this model scores single texts; a pair [text, text] is not accepted (send [[text], [text]] for a batch of two)',
      );
    }
    if (sequence.length === 0) throw new TeiError('Empty', '`inputs` cannot be empty');
    const limit = maxInputLength * CHARS_PER_TOKEN;
    const chars = [...sequence].length;
    if (chars > limit && !truncate) {
      throw new TeiError('Validation', `\`inputs\` must have less than ${limit} characters. Given: ${chars}`);
    }
    let content = tokenizer.encode(chars > limit ? applyLimit(sequence, limit) : sequence);
    const room = maxInputLength - 2;
    if (truncate && content.length > room) {
      content = direction === 'Left' ? content.slice(content.length - room) : content.slice(0, room);
    }
    if (content.length + 2 > maxInputLength) {
      throw new TeiError(
        'Validation',
        `\`inputs\` must have less than ${maxInputLength} tokens. Given: ${content.length + 2}`,
      );
    }
    return [tokenizer.bosId, ...content, tokenizer.eosId];
  };

  const predict = async (req: IncomingRequest): Promise<Reply> => {
    const start = performance.now();
    if (!ready) return errorReply('Backend', 'Inference failed: the backend is unhealthy');
    let json: unknown;
    try {
      json = JSON.parse(req.body!.toString('utf8'));
    } catch (error) {
      return textReply(400, `Failed to parse the request body as JSON: ${(error as Error).message}`);
    }
    try {
      const request = parsePredict(json);
      if (request.batch && request.sequences.length > maxClientBatchSize) {
        return errorReply(
          'Validation',
          `batch size ${request.sequences.length} > maximum allowed batch size ${maxClientBatchSize}`,
        );
      }
      const truncate = request.truncate ?? autoTruncate;
      const rows = request.sequences.map((sequence) => encode(sequence, truncate, request.direction));
      const tokenized = performance.now();
      predictCalls++;
      const logits = await run(rows);
      const inferred = performance.now();
      const lists = logits.map((row) => {
        const scores = request.rawScores ? row : normalise(row);
        if (scores.some(Number.isNaN)) throw new TeiError('Backend', 'score is NaN');
        // Rust's stable ascending sort, then reverse: equal scores end up in reverse label order.
        const ordered = scores
          .map((score, i) => ({ score, label: labels[i]! }))
          .sort((a, b) => a.score - b.score)
          .reverse();
        return `[${ordered.map((p) => `{"score":${f32(p.score)},"label":${JSON.stringify(p.label)}}`).join(',')}]`;
      });
      const ms = (from: number, to: number) => String(Math.floor(to - from));
      const end = performance.now();
      return {
        status: 200,
        headers: {
          'content-type': 'application/json',
          'x-compute-type': 'cpu',
          'x-compute-time': ms(start, end),
          'x-compute-characters': String(request.sequences.reduce((n, s) => n + [...s].length, 0)),
          'x-compute-tokens': String(rows.reduce((n, row) => n + row.length, 0)),
          'x-total-time': ms(start, end),
          'x-tokenization-time': ms(start, tokenized),
          'x-queue-time': '0',
          'x-inference-time': ms(tokenized, inferred),
        },
        body: request.batch ? `[${lists.join(',')}]` : lists[0]!,
      };
    } catch (error) {
      if (error instanceof RejectionError) return textReply(error.status, error.message);
      if (error instanceof TeiError) return errorReply(error.errorType, error.message);
      throw error;
    }
  };

  const route = async (req: IncomingRequest, res: ServerResponse, closing: AbortSignal) => {
    const methods: Record<string, string> = { '/health': 'GET', '/info': 'GET', '/predict': 'POST' };
    const method = methods[req.pathname];
    if (method === undefined) return send(res, { status: 404, headers: {}, body: '' });
    if (req.method !== method) return send(res, { status: 405, headers: {}, body: '' });
    if (req.pathname === '/health') {
      return send(res, ready ? { status: 200, headers: {}, body: '' } : errorReply('Unhealthy', 'unhealthy'));
    }
    if (req.pathname === '/info') return send(res, jsonReply(200, info));
    const contentType = req.headers['content-type'] ?? '';
    const answer = async () => {
      if (!/^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i.test(contentType)) {
        return textReply(415, 'Expected request with `Content-Type: application/json`');
      }
      if (req.body === undefined)
        return textReply(413, 'Failed to buffer the request body: length limit exceeded');
      return predict(req);
    };
    return deliver(res, faults.take(), answer, replies, closing);
  };

  const loopback = await listenLoopback(payloadLimit, route);
  return {
    url: loopback.url,
    faults,
    requests: loopback.requests,
    setReady: (value) => {
      ready = value;
    },
    get predictCalls() {
      return predictCalls;
    },
    async close() {
      await loopback.close();
      await session.release();
    },
  };
}

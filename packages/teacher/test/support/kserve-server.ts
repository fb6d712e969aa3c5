import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ConfigurationError, ModelLoadError } from '@piiguard/sdk';
import { type InferenceSession, Tensor } from 'onnxruntime-node';
import { openSession } from '../../src/session.js';
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
 * A loopback Triton: the KServe v2 HTTP/REST protocol as Triton serves it, answered by a real
 * onnxruntime session on a model folder. Statuses and messages follow Triton's source
 * (triton-inference-server/core src/infer_request.cc, model_lifecycle.cc, server.h; server
 * src/http_server.cc `HttpCodeFromError`): INVALID_ARG → 400, NOT_FOUND → 404, UNAVAILABLE → 503,
 * INTERNAL → 500. So, as in Triton:
 *
 * - unknown model or version → 404; no ready version (`setModelReady(false)`) → 404 "has no
 *   available versions", or 503 "is not at ready state" when the version is named;
 * - server not ready (`setServerReady(false)`) → 503 "Server not ready" on every model endpoint;
 * - JSON that does not parse, or `inputs`/`shape`/`data` of the wrong JSON type, or `data` whose
 *   element count is not the shape's → 500 (Triton's JSON reader reports INTERNAL);
 * - a missing or unknown input, a datatype other than the model's, a shape of the wrong rank,
 *   batch > `maxBatchSize` → 400.
 *
 * Datatype and shape errors (400 and 500) end with the input's first values, as Triton's messages
 * sometimes echo the request: a client must not pass server messages on where they would leak.
 */
export interface KServeServerOptions {
  /** A model folder holding `onnx/model.onnx` or `model.onnx` (a Triton version folder works too). */
  readonly folder: string;
  /** The model name in URLs. */
  readonly name: string;
  /** Version folders, integers as strings; the highest is the latest. @default ['1'] */
  readonly versions?: readonly string[];
  /** `max_batch_size` of the model configuration. @default 8 */
  readonly maxBatchSize?: number;
  /** onnxruntime's intra-op threads; 0 lets it choose, as the teacher does. @default 0 */
  readonly intraOpNumThreads?: number;
}

export interface KServeServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly faults: FaultQueue;
  readonly requests: RecordedRequest[];
  setServerReady(ready: boolean): void;
  setModelReady(ready: boolean): void;
  /** Inference requests that reached the model (`session.run` calls). */
  readonly inferCalls: number;
  close(): Promise<void>;
}

/** Triton's protocol names of onnxruntime's tensor types. */
const DATATYPES: Readonly<Record<string, string>> = {
  bool: 'BOOL',
  uint8: 'UINT8',
  uint16: 'UINT16',
  uint32: 'UINT32',
  uint64: 'UINT64',
  int8: 'INT8',
  int16: 'INT16',
  int32: 'INT32',
  int64: 'INT64',
  float16: 'FP16',
  float32: 'FP32',
  float64: 'FP64',
  string: 'BYTES',
};
const KNOWN_DATATYPES = new Set([...Object.values(DATATYPES), 'BF16']);

/** The extensions Triton 2.46 lists at `GET /v2`. */
const EXTENSIONS = [
  'classification',
  'sequence',
  'model_repository',
  'model_repository(unload_dependents)',
  'schedule_policy',
  'model_configuration',
  'system_shared_memory',
  'cuda_shared_memory',
  'binary_tensor_data',
  'parameters',
  'statistics',
  'trace',
  'logging',
];

const BATCH_NOTE =
  'NOTE: Setting a non-zero max_batch_size in the model config requires a batch dimension to be ' +
  'prepended to each input shape. If you want to specify the full shape including the batch dim in ' +
  'your input dims config, try setting max_batch_size to zero. See the model configuration docs for ' +
  'more info on max_batch_size.';

interface Io {
  readonly name: string;
  /** Triton datatype. */
  readonly datatype: string;
  /** Without the batch dimension; -1 where variable. */
  readonly dims: readonly number[];
}

interface RequestInput {
  readonly name: string;
  readonly datatype: string;
  readonly shape: readonly number[];
  readonly data: readonly (number | boolean | string)[];
}

class TritonError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const REPLIES: FaultReplies = {
  errorBody: (status) => JSON.stringify({ error: `loopback fault: status ${status}` }),
  // Triton's answer when a model's queue is full (dynamic_batching default_queue_policy max_queue_size).
  overloaded: jsonReply(503, { error: 'Exceeds maximum queue size' }),
};

const dimsString = (dims: readonly number[]) => `[${dims.join(',')}]`;

/** The first few values of an input, as the tail of a datatype or shape error. */
function echo(input: { readonly name: string; readonly data: readonly unknown[] }): string {
  const values = input.data.slice(0, 4).map((value) => JSON.stringify(value));
  return ` (input '${input.name}' data: [${values.join(', ')}${input.data.length > 4 ? ', ...' : ''}])`;
}

function modelPath(folder: string): string {
  for (const file of ['onnx/model.onnx', 'model.onnx']) {
    if (existsSync(join(folder, file))) return join(folder, file);
  }
  throw new ModelLoadError(`${folder} has neither onnx/model.onnx nor model.onnx.`);
}

function io(session: InferenceSession, kind: 'input' | 'output'): Io[] {
  const names = kind === 'input' ? session.inputNames : session.outputNames;
  const metadata = kind === 'input' ? session.inputMetadata : session.outputMetadata;
  return names.map((name, i) => {
    const meta = metadata[i];
    const datatype = meta?.isTensor ? DATATYPES[meta.type] : undefined;
    const shape = meta?.isTensor ? meta.shape.map((d) => (typeof d === 'number' ? d : -1)) : [];
    if (datatype === undefined || shape.length === 0 || shape[0] !== -1) {
      throw new ModelLoadError(
        `The model's ${kind} ${name} is not a tensor with a variable batch dimension first, ` +
          'which a model configuration with max_batch_size > 0 needs.',
      );
    }
    const supported = kind === 'input' ? ['INT64', 'INT32'] : ['FP32'];
    if (!supported.includes(datatype)) {
      throw new ModelLoadError(
        `The model's ${kind} ${name} is ${datatype}; the loopback server handles ${supported.join(' or ')}.`,
      );
    }
    return { name, datatype, dims: shape.slice(1) };
  });
}

function checkOptions(options: KServeServerOptions): { versions: string[]; maxBatchSize: number } {
  if (typeof options.name !== 'string' || !/^[\w.-]+$/.test(options.name)) {
    throw new ConfigurationError('name must be a model name (letters, digits, _ . -).', 'name');
  }
  const versions = [...(options.versions ?? ['1'])];
  if (versions.length === 0 || versions.some((v) => !/^[1-9]\d*$/.test(v))) {
    throw new ConfigurationError('versions must be one or more positive integers as strings.', 'versions');
  }
  const maxBatchSize = options.maxBatchSize ?? 8;
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
    throw new ConfigurationError('maxBatchSize must be an integer of at least 1.', 'maxBatchSize');
  }
  const threads = options.intraOpNumThreads ?? 0;
  if (!Number.isInteger(threads) || threads < 0) {
    throw new ConfigurationError('intraOpNumThreads must be an integer of at least 0.', 'intraOpNumThreads');
  }
  return { versions, maxBatchSize };
}

/** Flattens row-major `data` (flat or nested, as Triton accepts both), checking each element's JSON type. */
function flatten(data: unknown, datatype: string, name: string): (number | boolean | string)[] {
  const values: (number | boolean | string)[] = [];
  const kind = datatype.startsWith('INT')
    ? 'signed-integer'
    : datatype.startsWith('UINT')
      ? 'unsigned-integer'
      : datatype === 'BOOL'
        ? 'boolean'
        : datatype === 'BYTES'
          ? 'string'
          : 'double';
  const fits = (value: unknown) =>
    kind === 'signed-integer'
      ? Number.isInteger(value)
      : kind === 'unsigned-integer'
        ? Number.isInteger(value) && (value as number) >= 0
        : kind === 'boolean'
          ? typeof value === 'boolean'
          : kind === 'string'
            ? typeof value === 'string'
            : typeof value === 'number';
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const element of value) walk(element);
    } else if (fits(value)) {
      values.push(value as number | boolean | string);
    } else {
      throw new TritonError(
        500,
        `Unable to parse 'data': attempt to access JSON non-${kind} as ${kind} (input '${name}')`,
      );
    }
  };
  walk(data);
  return values;
}

/** The request body as Triton's HTTP frontend reads it (http_server.cc): JSON type errors are INTERNAL. */
function parseInfer(body: Buffer): { id?: string; inputs: RequestInput[]; outputs: string[] | undefined } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new TritonError(500, `failed to parse the request JSON buffer: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TritonError(500, 'failed to parse the request JSON buffer: the document is not an object');
  }
  const request = json as Record<string, unknown>;
  const parameters = request.parameters as Record<string, unknown> | undefined;
  if (parameters?.binary_data_output === true) {
    throw new TritonError(400, 'binary_data_output is not supported by the loopback server; use JSON data');
  }
  if (!Array.isArray(request.inputs)) {
    throw new TritonError(500, "Unable to parse 'inputs': attempt to access JSON non-array as array");
  }
  const inputs = request.inputs.map((raw: unknown): RequestInput => {
    const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof input.name !== 'string') {
      throw new TritonError(500, "Unable to parse 'name': attempt to access JSON non-string as string");
    }
    const name = input.name;
    if (typeof input.datatype !== 'string') {
      throw new TritonError(500, "Unable to parse 'datatype': attempt to access JSON non-string as string");
    }
    const datatype = input.datatype;
    const shape = input.shape;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new TritonError(
        500,
        "Unable to parse 'shape': attempt to access JSON non-unsigned-integer as unsigned-integer",
      );
    }
    if ((input.parameters as Record<string, unknown> | undefined)?.binary_data_size !== undefined) {
      throw new TritonError(400, 'binary tensor data is not supported by the loopback server; use JSON data');
    }
    if (!KNOWN_DATATYPES.has(datatype)) throw new TritonError(400, `invalid datatype for input ${name}`);
    if (datatype === 'FP16' || datatype === 'BF16') {
      throw new TritonError(
        400,
        `receiving ${datatype} data via JSON is not supported. Please use the binary data format for input ${name}`,
      );
    }
    if (!Array.isArray(input.data)) {
      throw new TritonError(500, "Unable to parse 'data': attempt to access JSON non-array as array");
    }
    const data = flatten(input.data, datatype, name);
    const expected = shape.reduce((product: number, d: number) => product * d, 1);
    if (data.length > expected) {
      throw new TritonError(
        500,
        "Unable to parse 'data': Shape does not match true shape of 'data' field" + echo({ name, data }),
      );
    }
    if (data.length < expected) {
      throw new TritonError(
        500,
        "Failed to parse 'data' field: shape does not match true shape" + echo({ name, data }),
      );
    }
    return { name, datatype, shape, data };
  });
  let outputs: string[] | undefined;
  if (request.outputs !== undefined) {
    if (!Array.isArray(request.outputs)) {
      throw new TritonError(500, "Unable to parse 'outputs': attempt to access JSON non-array as array");
    }
    outputs = request.outputs.map((raw: unknown) => {
      const output = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      if (typeof output.name !== 'string') {
        throw new TritonError(500, "Unable to parse 'name': attempt to access JSON non-string as string");
      }
      if ((output.parameters as Record<string, unknown> | undefined)?.binary_data === true) {
        throw new TritonError(
          400,
          'binary tensor data is not supported by the loopback server; use JSON data',
        );
      }
      return output.name;
    });
  }
  const id = typeof request.id === 'string' ? request.id : undefined;
  return { ...(id === undefined ? {} : { id }), inputs, outputs };
}

/** Starts the server; the session is opened as the teacher opens it (src/session.ts, CPU). */
export async function startKServeServer(options: KServeServerOptions): Promise<KServeServer> {
  const { versions, maxBatchSize } = checkOptions(options);
  const { name } = options;
  const latest = String(Math.max(...versions.map(Number)));
  const { session } = await openSession(modelPath(options.folder), 'cpu', options.intraOpNumThreads ?? 0);
  const inputs = io(session, 'input');
  const outputs = io(session, 'output');
  const faults = new FaultQueue();
  let serverReady = true;
  let modelReady = true;
  let inferCalls = 0;

  /** The version a request addresses, as Triton's GetModel resolves it; throws its errors. */
  const resolveModel = (modelName: string, version: string | undefined): string => {
    if (!serverReady) throw new TritonError(503, 'Server not ready');
    if (version !== undefined && !/^-?\d+$/.test(version)) {
      throw new TritonError(400, `failed to get model version from specified version string '${version}'`);
    }
    const wanted = version === undefined || version === '-1' ? undefined : String(Number(version));
    if (modelName !== name)
      throw new TritonError(404, `Request for unknown model: '${modelName}' is not found`);
    if (wanted !== undefined && !versions.includes(wanted)) {
      throw new TritonError(404, `Request for unknown model: '${modelName}' version ${wanted} is not found`);
    }
    if (!modelReady) {
      throw wanted === undefined
        ? new TritonError(404, `Request for unknown model: '${modelName}' has no available versions`)
        : new TritonError(
            503,
            `Request for unknown model: '${modelName}' version ${wanted} is not at ready state`,
          );
    }
    return wanted ?? latest;
  };

  const fullShape = (entry: Io) => [-1, ...entry.dims];
  const metadata = () => ({
    name,
    versions,
    platform: 'onnxruntime_onnx',
    inputs: inputs.map((entry) => ({ name: entry.name, datatype: entry.datatype, shape: fullShape(entry) })),
    outputs: outputs.map((entry) => ({
      name: entry.name,
      datatype: entry.datatype,
      shape: fullShape(entry),
    })),
  });
  const config = () => ({
    name,
    platform: 'onnxruntime_onnx',
    backend: 'onnxruntime',
    version_policy: { latest: { num_versions: 1 } },
    max_batch_size: maxBatchSize,
    input: inputs.map((entry) => ({
      name: entry.name,
      data_type: `TYPE_${entry.datatype === 'BYTES' ? 'STRING' : entry.datatype}`,
      format: 'FORMAT_NONE',
      dims: entry.dims,
      is_shape_tensor: false,
      allow_ragged_batch: false,
      optional: false,
    })),
    output: outputs.map((entry) => ({
      name: entry.name,
      data_type: `TYPE_${entry.datatype}`,
      dims: entry.dims,
      label_filename: '',
      is_shape_tensor: false,
    })),
    batch_input: [],
    batch_output: [],
    dynamic_batching: {
      preferred_batch_size: [],
      max_queue_delay_microseconds: 0,
      preserve_ordering: false,
      priority_levels: 0,
      default_priority_level: 0,
      priority_queue_policy: {},
    },
    instance_group: [{ name: `${name}_0`, kind: 'KIND_CPU', count: 1, gpus: [], secondary_devices: [] }],
    default_model_filename: 'model.onnx',
    parameters: {},
    model_warmup: [],
  });

  /** Triton's checks in InferenceRequest::PrepareForInference order (infer_request.cc). */
  const validate = (request: ReturnType<typeof parseInfer>): number => {
    for (const output of request.outputs ?? []) {
      if (!outputs.some((entry) => entry.name === output)) {
        throw new TritonError(400, `unexpected inference output '${output}' for model '${name}'`);
      }
    }
    const seen = new Set<string>();
    for (const input of request.inputs) {
      if (seen.has(input.name)) throw new TritonError(400, `input '${input.name}' already exists in request`);
      seen.add(input.name);
    }
    const given = [...request.inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (given.length !== inputs.length) {
      const missing = inputs.filter((entry) => !seen.has(entry.name)).map((entry) => `'${entry.name}'`);
      const got = given.map((input) => `'${input.name}'`);
      throw new TritonError(
        400,
        `expected ${inputs.length} inputs but got ${given.length} inputs for model '${name}'. ` +
          `Got input(s) [${got.join(',')}], but missing required input(s) [${missing.join(',')}]. ` +
          'Please provide all required input(s).',
      );
    }
    let batch: number | undefined;
    for (const input of given) {
      if (!inputs.some((entry) => entry.name === input.name)) {
        throw new TritonError(400, `unexpected inference input '${input.name}' for model '${name}'`);
      }
      if (input.shape.length === 0) {
        throw new TritonError(
          400,
          `input '${input.name}' has no shape but model requires batch dimension for '${name}'`,
        );
      }
      if (batch === undefined) batch = input.shape[0];
      else if (input.shape[0] !== batch) {
        throw new TritonError(
          400,
          `input '${input.name}' batch size does not match other inputs for '${name}'`,
        );
      }
    }
    if (batch! > maxBatchSize) {
      throw new TritonError(400, `inference request batch-size must be <= ${maxBatchSize} for '${name}'`);
    }
    for (const input of given) {
      const entry = inputs.find((candidate) => candidate.name === input.name)!;
      if (input.datatype !== entry.datatype) {
        throw new TritonError(
          400,
          `inference input '${input.name}' data-type is '${input.datatype}', but model '${name}' expects ` +
            `'${entry.datatype}'` +
            echo(input),
        );
      }
      const dims = input.shape.slice(1);
      const matches =
        dims.length === entry.dims.length && entry.dims.every((d, i) => d === -1 || d === dims[i]);
      if (!matches) {
        throw new TritonError(
          400,
          `unexpected shape for input '${input.name}' for model '${name}'. Expected ` +
            `${dimsString(fullShape(entry))}, got ${dimsString(input.shape)}. ${BATCH_NOTE}` +
            echo(input),
        );
      }
    }
    return batch!;
  };

  const infer = async (request: ReturnType<typeof parseInfer>, version: string): Promise<Reply> => {
    validate(request);
    const feeds: Record<string, Tensor> = {};
    for (const input of request.inputs) {
      const values = input.data as number[];
      feeds[input.name] =
        input.datatype === 'INT64'
          ? new Tensor('int64', BigInt64Array.from(values, BigInt), input.shape)
          : new Tensor('int32', Int32Array.from(values), input.shape);
    }
    const wanted = request.outputs ?? outputs.map((entry) => entry.name);
    inferCalls++;
    let results: InferenceSession.ReturnType;
    try {
      results = await session.run(feeds, wanted);
    } catch (error) {
      throw new TritonError(500, `onnx runtime error: ${(error as Error).message}`);
    }
    return jsonReply(200, {
      model_name: name,
      model_version: version,
      ...(request.id === undefined ? {} : { id: request.id }),
      outputs: wanted.map((output) => {
        const tensor = results[output] as Tensor;
        return {
          name: output,
          datatype: 'FP32',
          shape: tensor.dims,
          data: Array.from(tensor.data as Float32Array),
        };
      }),
    });
  };

  const route = async (req: IncomingRequest, res: ServerResponse, closing: AbortSignal) => {
    const get = req.method === 'GET';
    if (req.pathname === '/v2/health/live' || req.pathname === '/v2/health/ready') {
      if (!get) return send(res, jsonReply(405, { error: 'Method Not Allowed' }));
      const ready = req.pathname.endsWith('live') || serverReady;
      return send(res, { status: ready ? 200 : 400, headers: {}, body: '' });
    }
    if (req.pathname === '/v2') {
      if (!get) return send(res, jsonReply(405, { error: 'Method Not Allowed' }));
      return send(res, jsonReply(200, { name: 'triton', version: '2.x-loopback', extensions: EXTENSIONS }));
    }
    const match = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(?:\/(ready|config|infer))?$/.exec(
      req.pathname,
    );
    if (!match) return send(res, jsonReply(404, { error: 'Not Found' }));
    const [, rawName, version, action] = match as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    const modelName = decodeURIComponent(rawName);
    if (req.method !== (action === 'infer' ? 'POST' : 'GET')) {
      return send(res, jsonReply(405, { error: 'Method Not Allowed' }));
    }
    if (action !== 'infer') {
      try {
        resolveModel(modelName, version);
      } catch (error) {
        if (!(error instanceof TritonError)) throw error;
        return send(res, jsonReply(error.status, { error: error.message }));
      }
      if (action === 'ready') return send(res, { status: 200, headers: {}, body: '' });
      return send(res, jsonReply(200, action === 'config' ? config() : metadata()));
    }
    const answer = async () => {
      try {
        if (req.headers['inference-header-content-length'] !== undefined) {
          throw new TritonError(
            400,
            'binary tensor data is not supported by the loopback server; use JSON data',
          );
        }
        const resolved = resolveModel(modelName, version);
        return await infer(parseInfer(req.body ?? Buffer.alloc(0)), resolved);
      } catch (error) {
        if (!(error instanceof TritonError)) throw error;
        return jsonReply(error.status, { error: error.message });
      }
    };
    return deliver(res, faults.take(), answer, REPLIES, closing);
  };

  const loopback = await listenLoopback(Number.POSITIVE_INFINITY, route);
  return {
    url: loopback.url,
    faults,
    requests: loopback.requests,
    setServerReady: (ready) => {
      serverReady = ready;
    },
    setModelReady: (ready) => {
      modelReady = ready;
    },
    get inferCalls() {
      return inferCalls;
    },
    async close() {
      await loopback.close();
      await session.release();
    },
  };
}

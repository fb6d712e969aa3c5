import { InvalidResponseError, ModelLoadError, type RetryEvent } from '@piiguard/sdk';
import type { EncodedWindow } from '../encode.js';
import { padWindows, sigmoid } from '../infer.js';
import { RemoteService, type RemoteSetup, record } from './remote.js';
import type { Engine, EngineModel } from './types.js';

const REQUIRED_INPUTS = ['input_ids', 'attention_mask'] as const;
const OPTIONAL_INPUTS = ['token_type_ids'] as const;
const INT_TYPES = new Set(['INT64', 'INT32']);
const FLOAT_TYPES = new Set(['FP32', 'FP16']);

interface TensorMeta {
  readonly name: string;
  readonly datatype: string;
  readonly shape: readonly number[];
}

function tensors(value: unknown): TensorMeta[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: TensorMeta[] = [];
  for (const entry of value) {
    const meta = record(entry);
    if (
      typeof meta?.name !== 'string' ||
      typeof meta.datatype !== 'string' ||
      !Array.isArray(meta.shape) ||
      !meta.shape.every(Number.isInteger)
    ) {
      return undefined;
    }
    list.push({ name: meta.name, datatype: meta.datatype, shape: meta.shape as number[] });
  }
  return list;
}

/**
 * The teacher's transformer on NVIDIA Triton, through the KServe v2 HTTP/REST protocol (JSON
 * tensors). At connect time: server and model readiness (`/v2/health/ready`,
 * `/v2/models/<name>[/versions/<v>]/ready`), the model's metadata (inputs `input_ids` and
 * `attention_mask`, INT64 or INT32, optionally `token_type_ids`, rank 2; output `logits` of
 * `[batch, labels]`, FP32 or FP16), and, where the server has the model-configuration extension,
 * its `max_batch_size`, which caps the client's batches. Each batch is one `infer` request with
 * right-padded ids; the logits come back and the sigmoid is taken here.
 */
export async function openTritonEngine(
  setup: RemoteSetup,
  model: EngineModel,
  onRetry: ((event: RetryEvent) => void) | undefined,
): Promise<Engine> {
  const service = new RemoteService(setup, 'Triton', onRetry);
  const modelPath = `/v2/models/${encodeURIComponent(setup.name)}${
    setup.version === undefined ? '' : `/versions/${encodeURIComponent(setup.version)}`
  }`;
  await service.check('/v2/health/ready', 'confirm the server is ready (/v2/health/ready)');
  await service.check(`${modelPath}/ready`, `confirm the model '${setup.name}' is ready`);
  const metadata = record(
    (await service.check(modelPath, `read the model '${setup.name}''s metadata`)).json(),
  );
  const inputs = tensors(metadata?.inputs);
  const outputs = tensors(metadata?.outputs);
  const refuse = (problem: string) =>
    new ModelLoadError(`The model '${setup.name}' on ${service.description} ${problem}`);
  if (!inputs || !outputs) throw refuse('has metadata without valid inputs and outputs.');
  const names = inputs.map((input) => input.name);
  const missing = REQUIRED_INPUTS.filter((name) => !names.includes(name));
  const unknown = names.filter((name) => ![...REQUIRED_INPUTS, ...OPTIONAL_INPUTS].includes(name as never));
  if (missing.length > 0 || unknown.length > 0) {
    throw refuse(
      `takes inputs [${names.join(', ')}]; the teacher sends input_ids, attention_mask and optionally token_type_ids.`,
    );
  }
  for (const input of inputs) {
    if (!INT_TYPES.has(input.datatype) || input.shape.length !== 2) {
      throw refuse(
        `declares ${input.name} as ${input.datatype} ${JSON.stringify(input.shape)}; the teacher sends INT64 or INT32 [batch, tokens].`,
      );
    }
  }
  const logits = outputs.find((output) => output.name === 'logits');
  const width = logits?.shape.at(-1);
  if (!logits || !FLOAT_TYPES.has(logits.datatype) || (width !== -1 && width !== model.labels)) {
    throw refuse(
      `has outputs [${outputs.map((output) => `${output.name} ${output.datatype} ${JSON.stringify(output.shape)}`).join(', ')}]; ` +
        `the teacher reads 'logits' FP32 or FP16 [batch, ${model.labels}] (one per config.json id2label label).`,
    );
  }
  const config = await service.probe(
    `/v2/models/${encodeURIComponent(setup.name)}/config`,
    `read the model '${setup.name}''s configuration`,
  );
  const maxBatch = record(config?.json())?.max_batch_size;
  const maxBatchSize =
    typeof maxBatch === 'number' && Number.isInteger(maxBatch) && maxBatch > 0 ? maxBatch : undefined;

  const score = async (windows: readonly EncodedWindow[]): Promise<number[][]> => {
    const { batch, length, ids, mask } = padWindows(windows, model.padId);
    const data = (name: string) =>
      name === 'input_ids' ? ids : name === 'attention_mask' ? mask : new Array<number>(ids.length).fill(0);
    const body = {
      inputs: inputs.map((input) => ({
        name: input.name,
        shape: [batch, length],
        datatype: input.datatype,
        data: data(input.name),
      })),
      outputs: [{ name: 'logits' }],
    };
    // No text to cut out of server messages: the request holds ids (and server prose stays out of
    // errors anyway unless allowServerMessages).
    const answer = await service.post(`${modelPath}/infer`, body, []);
    return readLogits(answer.json(), batch, model, service.description);
  };
  return {
    scorer: { score },
    provider: 'remote',
    warning: undefined,
    maxBatchSize,
    interrupt: () => service.close(),
    release: async () => undefined,
  };
}

/** The `logits` output of an infer answer as sigmoid scores per window, or `InvalidResponseError`. */
function readLogits(body: unknown, batch: number, model: EngineModel, service: string): number[][] {
  const outputs = record(body)?.outputs;
  const output = Array.isArray(outputs)
    ? outputs.map(record).find((entry) => entry?.name === 'logits')
    : undefined;
  const data = output?.data;
  const shape = output?.shape;
  const valid =
    Array.isArray(data) &&
    Array.isArray(shape) &&
    shape.length === 2 &&
    shape[0] === batch &&
    shape[1] === model.labels &&
    data.length === batch * model.labels &&
    data.every((value) => typeof value === 'number' && Number.isFinite(value));
  if (!valid) {
    throw new InvalidResponseError(
      `${service} answered an infer request without finite 'logits' of shape [${batch}, ${model.labels}].`,
    );
  }
  const logits = data as number[];
  return Array.from({ length: batch }, (_, row) =>
    model.logitIndex.map((index) => sigmoid(logits[row * model.labels + index]!)),
  );
}

import { invalid } from '../cli/args.js';
import { DEFAULT_BASE_MODEL } from '../cli/spec.js';
import { DISTILL_EXIT, DistillError, UsageError } from '../exit-codes.js';
import { readText, sha256 } from '../files.js';
import type { SftJobBody } from '../fireworks/control.js';
import { pollUntil } from '../fireworks/poll.js';
import type { DatasetState, JobState } from '../state.js';
import { fingerprint } from '../state.js';
import type { StepContext } from './context.js';
import { RESOURCE_ID, type RemoteSettings, remoteFailure, remoteOf, remoteSettings } from './remote.js';

/** Job states after which nothing changes; the job succeeded only in `JOB_STATE_COMPLETED`. */
const JOB_DONE = new Set([
  'JOB_STATE_COMPLETED',
  'JOB_STATE_FAILED',
  'JOB_STATE_CANCELLED',
  'JOB_STATE_EXPIRED',
]);
const DATASET_DONE = new Set(['READY']);

type Split = 'train' | 'validation';

/** Creates, uploads and waits for one dataset, each sub-step saved before the next. */
async function ensureDataset(
  context: StepContext,
  remote: RemoteSettings,
  split: Split,
  path: string,
): Promise<DatasetState> {
  const { state, io, report } = context;
  const content = await readText(path);
  const file = sha256(content);
  const datasets = remoteOf(state, remote.account).datasets;
  let dataset = datasets[split];
  if (!dataset || dataset.file !== file) {
    const id = `pg-${state.data.runId}-${split === 'train' ? 'train' : 'val'}-${file.slice(0, 8)}`;
    dataset = datasets[split] = { id, name: remote.control.name('datasets', id), file };
    await state.save();
  }
  const signal = io.signal;
  const examples = content.split('\n').filter((line) => line.trim() !== '').length;
  if (!dataset.created) {
    const created = await remote.control.createDataset(dataset.id, examples, signal);
    report.line(`dataset ${dataset.id}: ${created === 'created' ? 'created' : 'already there'}`);
    dataset.created = true;
    await state.save();
  }
  if (!dataset.uploaded) {
    // A dataset already READY was uploaded by a run whose answer was lost: it is not uploaded twice.
    const current = await remote.control.getDataset(dataset.id, signal);
    if (current.state !== 'READY') {
      report.note(`uploading ${path} (${examples} examples) to ${dataset.id}`);
      await remote.control.uploadDataset(
        dataset.id,
        `${split}.jsonl`,
        content,
        remote.uploadTimeoutMs,
        signal,
      );
    }
    dataset.uploaded = true;
    await state.save();
  }
  if (!dataset.ready) {
    await pollUntil({
      label: `dataset ${dataset.id}`,
      intervalMs: Math.min(remote.pollIntervalMs, 10_000),
      maxWaitMs: remote.maxWaitMs,
      terminal: DATASET_DONE,
      get: () => remote.control.getDataset(dataset!.id, signal),
      onState: async () => undefined,
      reporter: report,
      ...(signal ? { signal } : {}),
    });
    dataset.ready = true;
    await state.save();
  }
  return dataset;
}

/** Step 4: the SFT files → Fireworks datasets → a supervised fine-tuning job, polled until it ends. */
export async function trainStep(context: StepContext): Promise<void> {
  const { args, io, layout, report, state } = context;
  if (!args.flag('upload')) {
    throw new UsageError(
      'train uploads the SFT data — your messages — to Fireworks: add --upload to allow it.',
    );
  }
  if (!state.data.steps.sft)
    throw new DistillError('No SFT data yet: run the sft step first.', DISTILL_EXIT.usage);
  const remote = remoteSettings(args, io, 86_400);
  const outputModelOption = args.string('output-model');
  if (outputModelOption !== undefined && !RESOURCE_ID.test(outputModelOption)) {
    invalid('output-model', 'must be a Fireworks model id (lower-case letters, digits, hyphens; at most 63)');
  }
  const config = {
    baseModel: args.string('base-model') ?? DEFAULT_BASE_MODEL,
    loraRank: args.integer('lora-rank', 16, 1, 1024),
    epochs: args.optionalInteger('epochs', 1),
    learningRate: args.has('learning-rate')
      ? args.number('learning-rate', 0, 0, 1, { exclusiveMin: true })
      : undefined,
    maxContextLength: args.optionalInteger('max-context-length', 1),
  };

  const train = await ensureDataset(context, remote, 'train', layout.sft.train);
  const validation = await ensureDataset(context, remote, 'validation', layout.sft.validation);
  const settings = fingerprint({
    ...config,
    outputModel: outputModelOption ?? null,
    train: train.name,
    validation: validation.name,
  });

  const record = remoteOf(state, remote.account);
  let job: JobState | undefined = record.job;
  if (
    job &&
    job.settings === settings &&
    job.state &&
    JOB_DONE.has(job.state) &&
    job.state !== 'JOB_STATE_COMPLETED'
  ) {
    if (!args.flag('retrain')) {
      throw remoteFailure(`Fine-tuning job ${job.id}`, job.state, undefined, undefined, false);
    }
    job = undefined;
  }
  if (!job || job.settings !== settings) {
    const attempt = (record.job?.attempt ?? 0) + 1;
    const id = `pg-${state.data.runId}-sft-${settings.slice(0, 6)}-${attempt}`;
    job = record.job = { id, attempt, settings };
    await state.save();
  }
  if (!job.created) {
    const outputModel =
      outputModelOption ?? `pg-${state.data.runId}-student-${settings.slice(0, 6)}-${job.attempt}`;
    const body: SftJobBody = {
      dataset: train.name,
      evaluationDataset: validation.name,
      baseModel: config.baseModel,
      outputModel,
      loraRank: config.loraRank,
      displayName: `piiguard student ${state.data.runId}`,
      ...(config.epochs !== undefined ? { epochs: config.epochs } : {}),
      ...(config.learningRate !== undefined ? { learningRate: config.learningRate } : {}),
      ...(config.maxContextLength !== undefined ? { maxContextLength: config.maxContextLength } : {}),
    };
    const created = await remote.control.createSftJob(job.id, body, io.signal);
    report.line(
      `fine-tuning job ${job.id}: ${created === 'created' ? 'created' : 'already there'} (${config.baseModel}, LoRA rank ${config.loraRank})`,
    );
    job.created = true;
    job.name = remote.control.name('supervisedFineTuningJobs', job.id);
    job.outputModel = remote.control.name('models', outputModel);
    await state.save();
  }
  const current = job;
  if (current.state === 'JOB_STATE_COMPLETED') {
    report.line(`fine-tuning job ${current.id}: completed (state.json); model ${current.outputModel}`);
    return;
  }
  const final = await pollUntil({
    label: `fine-tuning job ${current.id}`,
    intervalMs: remote.pollIntervalMs,
    maxWaitMs: remote.maxWaitMs,
    terminal: JOB_DONE,
    get: () => remote.control.getSftJob(current.id, io.signal),
    onState: async (remoteJob) => {
      current.state = remoteJob.state;
      if (remoteJob.outputModel) {
        current.outputModel = remoteJob.outputModel.includes('/')
          ? remoteJob.outputModel
          : remote.control.name('models', remoteJob.outputModel);
      }
      await state.save();
    },
    reporter: report,
    ...(io.signal ? { signal: io.signal } : {}),
  });
  if (final.state !== 'JOB_STATE_COMPLETED') {
    throw remoteFailure(
      `Fine-tuning job ${current.id}`,
      final.state,
      final.statusCode,
      final.statusMessage,
      remote.showServerMessages,
    );
  }
  report.line(`fine-tuning job ${current.id}: completed; model ${current.outputModel}`);
}

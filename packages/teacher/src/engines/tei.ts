import { InvalidResponseError, ModelLoadError, type RetryEvent } from '@piiguard/sdk';
import type { EncodedWindow } from '../encode.js';
import { sigmoid } from '../infer.js';
import type { TextTokenizer } from '../tokenize.js';
import { MAX_CONTENT_TOKENS } from '../windows.js';
import { RemoteService, type RemoteSetup, record } from './remote.js';
import type { Engine, EngineModel } from './types.js';

/**
 * The teacher on Hugging Face text-embeddings-inference (`/predict`). TEI tokenizes by itself, so
 * each window is sent as text: a message that fits one input as its formatted text, with
 * `truncate: true` and the profile's `truncation_direction` (TEI cuts it to 512 tokens as the local
 * teacher does); a long message's windows as the decoded text of their ids, which start and end
 * between words and so tokenize back to the same ids. `raw_scores: true` returns the logits:
 * without it TEI takes a softmax across the labels, which is wrong for this multi-label model. The
 * profile's sigmoid and cutoffs are applied here.
 *
 * At connect time `/health` must answer 200 and `/info` must describe a classifier whose
 * `id2label` equals the model's `config.json` and whose `max_input_length` is at least 512; its
 * `max_client_batch_size` caps the client's batches.
 */
export async function openTeiEngine(
  setup: RemoteSetup,
  model: EngineModel,
  tokenizer: TextTokenizer,
  truncation: 'left' | 'right',
  onRetry: ((event: RetryEvent) => void) | undefined,
  onWarning: (message: string) => void,
): Promise<Engine> {
  const service = new RemoteService(setup, 'TEI', onRetry);
  await service.check('/health', 'confirm the server is healthy (/health)');
  const info = record((await service.check('/info', 'read the served model (/info)')).json());
  const refuse = (problem: string) => new ModelLoadError(`${service.description} ${problem}`);
  const id2label = record(record(record(info?.model_type)?.classifier)?.id2label);
  if (!id2label)
    throw refuse('does not serve a sequence classifier (/info has no model_type.classifier.id2label).');
  const served = setup.labelNames.map((_, index) => id2label[String(index)]);
  if (
    Object.keys(id2label).length !== setup.labelNames.length ||
    served.some((name, i) => name !== setup.labelNames[i])
  ) {
    throw refuse(
      `serves labels [${Object.values(id2label).map(String).join(', ')}]; the model's config.json has [${setup.labelNames.join(', ')}].`,
    );
  }
  const maxInput = info?.max_input_length;
  if (typeof maxInput !== 'number' || maxInput < MAX_CONTENT_TOKENS + 2) {
    throw refuse(
      `reads at most ${String(maxInput)} tokens per input (max_input_length); the teacher needs 512.`,
    );
  }
  if (typeof info?.model_id === 'string' && setup.name !== '' && info.model_id !== setup.name) {
    onWarning(
      `${service.description} serves ${info.model_id}, not ${setup.name}; its labels match, so it is used.`,
    );
  }
  const maxClient = info?.max_client_batch_size;
  const maxBatchSize =
    typeof maxClient === 'number' && Number.isInteger(maxClient) && maxClient > 0 ? maxClient : undefined;
  const index = new Map(setup.labelNames.map((name, i) => [name, i]));

  const score = async (windows: readonly EncodedWindow[]): Promise<number[][]> => {
    const texts = windows.map((window) => window.text ?? tokenizer.decode(window.ids.slice(1, -1)));
    const answer = await service.post(
      '/predict',
      {
        // `[[text], …]`: a bare `[a, b]` would be read as one pair of texts.
        inputs: texts.map((text) => [text]),
        truncate: true,
        truncation_direction: truncation === 'left' ? 'Left' : 'Right',
        raw_scores: true,
      },
      texts,
    );
    return readPredictions(answer.json(), windows.length, model, index, service.description);
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

/** `[[{ score, label }, …], …]` as sigmoid scores per window in `logitIndex` order, or `InvalidResponseError`. */
function readPredictions(
  body: unknown,
  batch: number,
  model: EngineModel,
  index: ReadonlyMap<string, number>,
  service: string,
): number[][] {
  const invalid = () =>
    new InvalidResponseError(
      `${service} answered /predict without one raw score per label for each of ${batch} inputs.`,
    );
  if (!Array.isArray(body) || body.length !== batch) throw invalid();
  return body.map((predictions) => {
    if (!Array.isArray(predictions) || predictions.length !== model.labels) throw invalid();
    const logits = new Array<number>(model.labels).fill(Number.NaN);
    for (const prediction of predictions) {
      const entry = record(prediction);
      const at = typeof entry?.label === 'string' ? index.get(entry.label) : undefined;
      if (at === undefined || typeof entry?.score !== 'number' || !Number.isFinite(entry.score))
        throw invalid();
      logits[at] = entry.score;
    }
    if (logits.some(Number.isNaN)) throw invalid();
    return model.logitIndex.map((i) => sigmoid(logits[i]!));
  });
}

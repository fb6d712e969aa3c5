import type { RetryEvent } from '@piiguard/sdk';
import type { WorkerSetup } from '../protocol.js';
import type { TextTokenizer } from '../tokenize.js';
import { openLocalEngine } from './local.js';
import { openTeiEngine } from './tei.js';
import { openTritonEngine } from './triton.js';
import type { Engine } from './types.js';

/** Opens the worker's engine: the in-process session, or a Triton or TEI server (checked first). */
export function openEngine(
  setup: WorkerSetup,
  tokenizer: TextTokenizer,
  onRetry: (event: RetryEvent) => void,
  onWarning: (message: string) => void,
): Promise<Engine> {
  const { engine } = setup;
  const model = { labels: setup.labels, logitIndex: setup.logitIndex, padId: tokenizer.padId };
  if (engine.kind === 'onnxruntime') return openLocalEngine(engine, model);
  const retries = engine.reportRetries ? onRetry : undefined;
  if (engine.kind === 'triton') return openTritonEngine(engine, model, retries);
  return openTeiEngine(engine, model, tokenizer, setup.truncation, retries, onWarning);
}

import { createScorer } from '../infer.js';
import type { EngineSetup } from '../protocol.js';
import { openSession } from '../session.js';
import type { Engine, EngineModel } from './types.js';

/** The in-process engine: an onnxruntime-node session on CUDA or CPU. */
export async function openLocalEngine(
  setup: Extract<EngineSetup, { kind: 'onnxruntime' }>,
  model: EngineModel,
): Promise<Engine> {
  const opened = await openSession(setup.modelPath, setup.device, setup.intraOpNumThreads);
  return {
    scorer: createScorer(opened.session, model.labels, model.logitIndex, model.padId),
    provider: opened.provider,
    warning: opened.warning,
    maxBatchSize: undefined,
    interrupt: () => undefined,
    release: () => opened.session.release(),
  };
}

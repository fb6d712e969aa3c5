import type { WindowScorer } from '../infer.js';
import type { TeacherProvider } from '../session.js';

/** A worker's scoring backend, opened and checked. */
export interface Engine {
  readonly scorer: WindowScorer;
  /** Where the transformer runs: onnxruntime's provider, or `remote` for a serving engine. */
  readonly provider: TeacherProvider | 'remote';
  /** Set when the engine opened with a caveat (CPU instead of CUDA). */
  readonly warning: string | undefined;
  /** The most windows one batch may hold on this engine (the server's own limit), if it has one. */
  readonly maxBatchSize: number | undefined;
  /**
   * Ends work in flight at once, before the pipeline is closed: a remote engine aborts its
   * requests (their windows fail with `ClosedError`); an onnxruntime run cannot be interrupted, so
   * the local engine lets it finish.
   */
  interrupt(): void;
  /** Frees the session (local) once nothing runs. */
  release(): Promise<void>;
}

/** What the worker knows about the model when it opens an engine. */
export interface EngineModel {
  /** How many logits the model has (`config.json` `id2label` entries). */
  readonly labels: number;
  /** The logit index of each score the profile fills. */
  readonly logitIndex: readonly number[];
  readonly padId: number;
}

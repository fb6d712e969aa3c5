import type { ClassifierKind, ClassifyBatchOptions, ClassifyResult, Outcome } from '../classifier.js';
import {
  FallbackUnavailableError,
  type PiiguardError,
  type PiiguardErrorKind,
  toPiiguardError,
} from '../errors.js';
import { callerAbortError } from '../internal/abort.js';
import type { LazyClassifier } from './lazy-classifier.js';
import type { FallbackMemberStats } from './stats.js';

/** A fallback's result; `source` is the kind of the member that answered. */
export type SourcedClassification = Omit<ClassifyResult, 'source'> & { readonly source: ClassifierKind };

/**
 * Errors the caller gets as the last member reported them: they say something about the text or
 * the call (`closed`: the client was closed during it), or (`inference`) that a local model broke,
 * which `stats().errorsByKind` should show as such rather than as an unavailable fallback.
 */
const KEPT_KINDS: ReadonlySet<PiiguardErrorKind> = new Set([
  'abort',
  'closed',
  'invalid-input',
  'fallback-unavailable',
  'inference',
]);

/** What the caller gets when no member could answer. */
function finalError(error: PiiguardError | undefined): PiiguardError {
  if (!error) return new FallbackUnavailableError('No fallback classifier is configured.');
  if (KEPT_KINDS.has(error.kind)) return error;
  return new FallbackUnavailableError(`No fallback classifier could answer: ${error.message}`, {
    cause: error,
  });
}

/**
 * An ordered list of fallback classifiers. Each text goes to the first member; the texts it could not
 * answer (its load failed, the call failed, or that text's outcome was an error) go to the next one.
 * The first answer wins. Never rejects: one outcome per text, in order.
 */
export class FallbackChain {
  readonly members: readonly LazyClassifier[];

  constructor(members: readonly LazyClassifier[]) {
    this.members = members;
  }

  /** `options` goes to each member as given: its `signal` and the call's `speaker` and `context`. */
  async classify(
    texts: readonly string[],
    options: ClassifyBatchOptions = {},
  ): Promise<Outcome<SourcedClassification>[]> {
    const { signal } = options;
    const results: (Outcome<SourcedClassification> | undefined)[] = new Array(texts.length).fill(undefined);
    const lastError: (PiiguardError | undefined)[] = new Array(texts.length).fill(undefined);
    let pending = texts.map((_, i) => i);
    for (const member of this.members) {
      if (pending.length === 0 || signal?.aborted) break;
      try {
        const classifier = await member.load();
        const outcomes = await classifier.classifyBatch(
          pending.map((i) => texts[i]!),
          options,
        );
        pending.forEach((index, j) => {
          const outcome = outcomes[j];
          if (outcome?.ok)
            results[index] = { ok: true, value: { ...outcome.value, source: classifier.kind } };
          else
            lastError[index] = outcome
              ? outcome.error
              : toPiiguardError(undefined, 'The fallback returned too few outcomes');
        });
      } catch (error) {
        const wrapped = toPiiguardError(error, 'The fallback classifier failed');
        for (const index of pending) lastError[index] = wrapped;
      }
      pending = pending.filter((i) => results[i] === undefined && lastError[i]?.kind !== 'abort');
    }
    return results.map((result, i) => {
      if (result) return result;
      if (signal?.aborted) return { ok: false, error: callerAbortError() };
      return { ok: false, error: finalError(lastError[i]) };
    });
  }

  /** Each member's load state, identity once loaded, and `queueDepth` and `failures` when it reports them. */
  memberStats(): FallbackMemberStats[] {
    return this.members.map((member) => {
      const loaded = member.loaded;
      const reported = loaded as { queueDepth?: unknown; failures?: unknown } | undefined;
      const queueDepth = finiteNumber(reported?.queueDepth);
      const failures = finiteNumber(reported?.failures);
      return {
        state: member.state,
        ...(loaded ? { kind: loaded.kind, model: loaded.model } : {}),
        ...(queueDepth === undefined ? {} : { queueDepth }),
        ...(failures === undefined ? {} : { failures }),
      };
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.members.map((member) => member.close()));
  }
}

/** A counter a classifier reports about itself, when it is a finite number. */
function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

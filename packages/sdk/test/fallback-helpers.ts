import { type BackendCallOptions, BaseClassifier } from '../src/base-classifier.js';
import type { Classification, ClassifierKind, Label, Outcome } from '../src/classifier.js';
import { AbortError, type PiiguardError } from '../src/errors.js';

export type Behaviour = (
  text: string,
  signal: AbortSignal,
) => Outcome<Classification> | Promise<Outcome<Classification>>;

export function ok(label: Label, model = 'm'): Outcome<Classification> {
  return { ok: true, value: { label, model } };
}

export function err(error: PiiguardError): Outcome<Classification> {
  return { ok: false, error };
}

/**
 * A real `BaseClassifier` whose answer per text is scripted; records backend calls, the texts they
 * received (after the shared input rules) and the options of each, aborted call signals and disposals.
 */
export class ScriptedClassifier extends BaseClassifier {
  readonly kind: ClassifierKind;
  readonly model: string;
  behaviour: Behaviour;
  calls = 0;
  texts: string[] = [];
  options: BackendCallOptions[] = [];
  aborted = 0;
  disposals = 0;
  device?: string;
  queueDepth?: number;
  failures?: number;

  constructor(kind: ClassifierKind, behaviour: Behaviour, model = `${kind}-model`) {
    super();
    this.kind = kind;
    this.model = model;
    this.behaviour = behaviour;
  }

  protected async classifyTexts(
    texts: readonly string[],
    options: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    const { signal } = options;
    this.calls += 1;
    this.texts.push(...texts);
    this.options.push(options);
    signal.addEventListener('abort', () => {
      this.aborted += 1;
    });
    return Promise.all(texts.map((text) => this.behaviour(text, signal)));
  }

  protected async dispose(): Promise<void> {
    this.disposals += 1;
  }
}

/** Resolves `outcome` after `ms`, or an AbortError as soon as `signal` fires. */
export function after(
  ms: number,
  outcome: Outcome<Classification>,
  signal: AbortSignal | undefined,
): Promise<Outcome<Classification>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(outcome), ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve({ ok: false, error: new AbortError('aborted') });
    });
  });
}

/** Label by a keyword, like a tiny model would. */
export function keywordLabel(text: string): Label {
  if (/\?|what/i.test(text)) return 'asking';
  if (/my |@/i.test(text)) return 'giving';
  return 'none';
}

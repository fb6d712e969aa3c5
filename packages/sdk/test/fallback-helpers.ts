import type {
  Classification,
  Classifier,
  ClassifierKind,
  ClassifyCallOptions,
  Label,
  Outcome,
} from '../src/classifier.js';
import { AbortError, type PiiguardError } from '../src/errors.js';

export type Behaviour = (text: string, signal: AbortSignal | undefined) => Outcome | Promise<Outcome>;

export function ok(label: Label, model = 'm'): Outcome {
  return { ok: true, value: { label, model } satisfies Classification };
}

export function err(error: PiiguardError): Outcome {
  return { ok: false, error };
}

/** A real Classifier whose answer per text is scripted; records calls, texts and aborted signals. */
export class ScriptedClassifier implements Classifier {
  readonly kind: ClassifierKind;
  readonly model: string;
  behaviour: Behaviour;
  calls = 0;
  texts: string[] = [];
  aborted = 0;
  closed = 0;
  device?: string;
  queueDepth?: number;

  constructor(kind: ClassifierKind, behaviour: Behaviour, model = `${kind}-model`) {
    this.kind = kind;
    this.model = model;
    this.behaviour = behaviour;
  }

  async classify(texts: readonly string[], options: ClassifyCallOptions = {}): Promise<Outcome[]> {
    this.calls += 1;
    this.texts.push(...texts);
    const { signal } = options;
    signal?.addEventListener('abort', () => {
      this.aborted += 1;
    });
    return Promise.all(texts.map((text) => this.behaviour(text, signal)));
  }

  async close(): Promise<void> {
    this.closed += 1;
  }
}

/** Resolves `outcome` after `ms`, or an AbortError as soon as `signal` fires. */
export function after(ms: number, outcome: Outcome, signal: AbortSignal | undefined): Promise<Outcome> {
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

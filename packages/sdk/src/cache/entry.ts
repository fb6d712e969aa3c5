import type { CachedResult } from '../cache.js';
import { type ClassifierKind, LABELS, type LabelProbabilities, type TeacherScores } from '../classifier.js';

const KINDS: ReadonlySet<string> = new Set<ClassifierKind>(['api', 'teacher', 'pocket']);
const LABEL_SET: ReadonlySet<string> = new Set(LABELS);
/** Longer than any model path or Hub id; a longer `model` means the entry is not one of ours. */
const MAX_MODEL_LENGTH = 512;

/**
 * A cached answer as a shared store holds it: what the backend said (label, probabilities,
 * scores, model) and who said it — never the text. How the answer was reached on the call that
 * produced it (`fallbackReason`, `hedged`) is not part of the answer, so it is not stored.
 */
export function encodeEntry(result: CachedResult): string {
  return JSON.stringify({
    label: result.label,
    model: result.model,
    source: result.source === 'cache' ? result.cachedSource : result.source,
    ...(result.probabilities ? { probabilities: result.probabilities } : {}),
    ...(result.otherMass === undefined ? {} : { otherMass: result.otherMass }),
    ...(result.teacherScores ? { teacherScores: result.teacherScores } : {}),
  });
}

/**
 * The cache hit a stored value stands for, or `undefined` when it is not a valid entry (another
 * program's value under the same key, a truncated write): a shared store is outside the process,
 * so what it returns is checked like a server's answer.
 */
export function decodeEntry(value: string): CachedResult | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { label, model, source, probabilities, otherMass, teacherScores } = parsed;
  if (typeof label !== 'string' || !LABEL_SET.has(label)) return undefined;
  if (typeof model !== 'string' || model === '' || model.length > MAX_MODEL_LENGTH) return undefined;
  if (typeof source !== 'string' || !KINDS.has(source)) return undefined;
  if (probabilities !== undefined && !isProbabilities(probabilities)) return undefined;
  if (otherMass !== undefined && !isUnit(otherMass)) return undefined;
  if (teacherScores !== undefined && !isTeacherScores(teacherScores)) return undefined;
  return {
    label: label as CachedResult['label'],
    model,
    source: 'cache',
    cachedSource: source as ClassifierKind,
    ...(probabilities === undefined ? {} : { probabilities }),
    ...(otherMass === undefined ? {} : { otherMass }),
    ...(teacherScores === undefined ? {} : { teacherScores }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUnit(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function isProbabilities(value: unknown): value is LabelProbabilities {
  return isRecord(value) && isUnit(value.none) && isUnit(value.asking) && isUnit(value.giving);
}

function isTeacherScores(value: unknown): value is TeacherScores {
  return (
    isRecord(value) &&
    isUnit(value.asking) &&
    isUnit(value.giving) &&
    (value.offPlatform === undefined || isUnit(value.offPlatform))
  );
}

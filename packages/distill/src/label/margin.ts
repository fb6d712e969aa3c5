import type { LabelProbabilities, TeacherScores } from '@piiguard/sdk';

/**
 * Cutoffs by head name, as a teacher applies them: `asking`, `giving`, `offPlatform` on their own
 * scores, and `pii` (the v1 card's overall cutoff) on `max(asking, giving)`.
 */
export type Cutoffs = Readonly<Record<string, number>>;

/**
 * How far a teacher's answer is from flipping, in score units:
 * - raw scores: the distance of the nearest score to its cutoff — each head's score to its own,
 *   and `max(asking, giving)` to `pii` — since each cutoff can change the label on its own;
 * - probabilities (a student or pocket model as teacher): the gap between the top two labels.
 * `undefined` when the answer has neither (the input rule answered).
 */
export function decisionMargin(
  answer: { readonly teacherScores?: TeacherScores; readonly probabilities?: LabelProbabilities },
  cutoffs: Cutoffs,
): number | undefined {
  const scores = answer.teacherScores;
  if (scores) {
    const distances = Object.entries(cutoffs).flatMap(([head, cutoff]) => {
      const score =
        head === 'pii'
          ? Math.max(scores.asking, scores.giving)
          : (scores as unknown as Record<string, number | undefined>)[head];
      return typeof score === 'number' && Number.isFinite(score) ? [Math.abs(score - cutoff)] : [];
    });
    return distances.length > 0 ? Math.min(...distances) : undefined;
  }
  const p = answer.probabilities;
  if (p) {
    const [first, second] = [p.none, p.asking, p.giving].sort((a, b) => b - a) as [number, number, number];
    return first - second;
  }
  return undefined;
}

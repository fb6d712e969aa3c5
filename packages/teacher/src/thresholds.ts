import type { Label, TeacherScores } from '@piiguard/sdk';

/**
 * Score cutoffs of the v1 rule, for turning its two sigmoid scores into one label (from the model
 * card). A type alias rather than an interface, so that it is a `TeacherCutoffs` record.
 */
export type TeacherThresholds = {
  /** `asking` fires at or above this score. @default 0.2 */
  readonly asking: number;
  /** `giving` fires at or above this score. @default 0.3 */
  readonly giving: number;
  /** Overall PII cutoff on `max(asking, giving)` when neither class fires on its own. @default 0.2691 */
  readonly pii: number;
};

/** The v1 model card's cutoffs. */
export const DEFAULT_THRESHOLDS: TeacherThresholds = Object.freeze({ asking: 0.2, giving: 0.3, pii: 0.2691 });

/**
 * The v1 label for a pair of teacher scores. Cutoffs are inclusive (`>=`).
 *
 * 1. both per-class cutoffs met → the class with the higher score (`asking` on an exact tie);
 * 2. exactly one met → that class;
 * 3. neither, but `max(asking, giving) >= pii` → the class with the higher score;
 * 4. otherwise → `none`.
 *
 * NaN: a NaN score never meets a cutoff and never wins a comparison, so one NaN score leaves the
 * decision to the other score, and two NaN scores give `none`. The teacher never produces NaN for a
 * valid model; the rule is defined so that a broken model cannot throw here.
 */
export function labelFromScores(
  scores: TeacherScores,
  thresholds: TeacherThresholds = DEFAULT_THRESHOLDS,
): Label {
  const { asking, giving } = scores;
  const askingFires = asking >= thresholds.asking;
  const givingFires = giving >= thresholds.giving;
  if (askingFires && givingFires) return giving > asking ? 'giving' : 'asking';
  if (askingFires) return 'asking';
  if (givingFires) return 'giving';
  const askingCounts = asking >= thresholds.pii;
  const givingCounts = giving >= thresholds.pii;
  if (askingCounts && givingCounts) return giving > asking ? 'giving' : 'asking';
  if (askingCounts) return 'asking';
  if (givingCounts) return 'giving';
  return 'none';
}

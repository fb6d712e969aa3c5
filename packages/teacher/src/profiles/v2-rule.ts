import type { Label, TeacherScores } from '@piiguard/sdk';

/** The cutoffs of the v2 rule, one per head, each applied on its own (from the v2 model card). */
export type TeacherV2Thresholds = {
  /** `privacy_asking_for_pii` fires at or above this score. @default 0.6 */
  readonly asking: number;
  /** `privacy_giving_pii` fires at or above this score. @default 0.55 */
  readonly giving: number;
  /** `directing_users_off_platform` fires at or above this score. @default 0.1 */
  readonly offPlatform: number;
};

/** The v2 model card's cutoffs. */
export const DEFAULT_V2_THRESHOLDS: TeacherV2Thresholds = Object.freeze({
  asking: 0.6,
  giving: 0.55,
  offPlatform: 0.1,
});

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * How far a firing score is past its cutoff, in logit space. Equal values are 0 (so a score and
 * cutoff of exactly 0 or 1 give 0, not ∞ − ∞); a score of 1 above a lower cutoff is +∞.
 */
function margin(score: number, cutoff: number): number {
  return score === cutoff ? 0 : logit(score) - logit(cutoff);
}

/**
 * The v2 label for three head scores. A head fires when its score is at or above its cutoff
 * (inclusive `>=`). None fires → `none`. Otherwise the firing head whose score is furthest past
 * its cutoff in logit space, `logit(score) − logit(cutoff)`, decides: the three cutoffs are far
 * apart (0.10 to 0.60), so raw scores or raw differences would favour the head with the lowest
 * cutoff. `offPlatform` means `giving`: the v1 card counts directing someone off the platform as
 * giving PII. On an exact tie of margins, `asking` wins over `giving`, and `giving` over
 * `offPlatform` (both give `giving`).
 *
 * NaN never fires. A missing `offPlatform` (scores from a two-head model) never fires either.
 */
export function labelFromV2Scores(
  scores: TeacherScores,
  thresholds: TeacherV2Thresholds = DEFAULT_V2_THRESHOLDS,
): Label {
  let best: Label = 'none';
  let bestMargin = Number.NEGATIVE_INFINITY;
  const heads: [number | undefined, number, Label][] = [
    [scores.asking, thresholds.asking, 'asking'],
    [scores.giving, thresholds.giving, 'giving'],
    [scores.offPlatform, thresholds.offPlatform, 'giving'],
  ];
  for (const [score, cutoff, label] of heads) {
    if (score === undefined || !(score >= cutoff)) continue;
    const m = margin(score, cutoff);
    // `>` keeps the earlier head on a tie; the first firing head beats -Infinity whatever its margin.
    if (best === 'none' || m > bestMargin) {
      best = label;
      bestMargin = m;
    }
  }
  return best;
}

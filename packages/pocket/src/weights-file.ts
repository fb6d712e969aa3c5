// Its own module: the classifier's and the trainer's entries share this type and nothing else.

/** The serialised model, as `trainPocket` (and `scripts/train.ts`, for the built-in one) writes it. */
export interface PocketWeightsFile {
  /** Format tag; bumped when the layout changes. */
  readonly format: 'piiguard-pocket/1';
  /** Model identifier reported on results, including a short hash of the weights. */
  readonly id: string;
  /** The table has `2^bits` rows. */
  readonly bits: number;
  /** Real weight = int8 value × scale. */
  readonly scale: number;
  /** Base64 of the int8 table, row-major (row = bucket, column = none/asking/giving). */
  readonly weights: string;
  /**
   * The decision rule: three offsets added to the none/asking/giving logits of every window (class
   * priors, in nats), fitted by `trainPocket` on a dev split (for the built-in weights, with a realistic label mix).
   * @default [0, 0, 0]
   */
  readonly bias?: readonly number[];
}

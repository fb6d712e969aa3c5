// The public API of @piiguard/pocket/train, export by export: training on your own labelled
// messages. A subpath of its own, so bundles of the classifier (`@piiguard/pocket`) never carry it.

export type { RuleFigures } from './train/decision-rule.js';
export type { PocketTrainingExample, TrainPocketOptions, TrainPocketResult } from './train/train-pocket.js';
export { trainPocket } from './train/train-pocket.js';

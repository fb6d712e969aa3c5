// The public API of @piiguard/pocket, export by export. Anything not listed here is internal.

export { loadPocket } from './load.js';
export type { PocketWeightsFile } from './model.js';
export type { PocketOptions } from './options.js';
export { PocketClassifier } from './pocket-classifier.js';

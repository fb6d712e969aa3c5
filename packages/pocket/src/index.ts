// The public API of @piiguard/pocket, export by export. Anything not listed here is internal.

export { loadPocket } from './load.js';
export type { PocketOptions } from './options.js';
export { PocketClassifier } from './pocket-classifier.js';
export type { PocketWeightsFile } from './weights-file.js';

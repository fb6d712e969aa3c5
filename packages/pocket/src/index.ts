export { createModel, loadPocket } from './load.js';
export type { PocketWeightsFile } from './model.js';
export { PocketModel } from './model.js';
export { normalize } from './normalize.js';
export type { PocketOptions } from './options.js';
export { PocketClassifier } from './pocket-classifier.js';
export { SINGLE_WINDOW_MAX, WINDOW_CHARS, WINDOW_OVERLAP } from './windows.js';

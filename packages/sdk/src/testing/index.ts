export type { AnswerSpec } from './completion.js';
export { chatCompletion, messageFromRequest } from './completion.js';
export type { FakeClassifierOptions } from './fake-classifier.js';
export { FakeClassifier } from './fake-classifier.js';
export type { FireworksHandlerOptions } from './handlers.js';
export { fireworksHandlers } from './handlers.js';
export type { MockReply, MockRule } from './replies.js';

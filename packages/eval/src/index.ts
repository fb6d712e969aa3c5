// The public API of @piiguard/eval, export by export. Anything not listed here is internal.

export type { Composition } from './composition.js';
export { composition, formatComposition } from './composition.js';
export type { DatasetIssue, EvalExample, ParseDatasetOptions } from './dataset.js';
export { DatasetError, parseDataset, readDataset } from './dataset.js';
export type {
  EvaluateOptions,
  EvaluationError,
  EvaluationReport,
  Miss,
  SliceAccuracy,
} from './evaluate.js';
export { evaluate } from './evaluate.js';
export type { FormatOptions, TableStyle } from './format.js';
export { formatMetrics, formatTable } from './format.js';
export type { FormatReportOptions } from './format-report.js';
export { formatReport } from './format-report.js';
export type { LoadClassifierOptions } from './load-classifier.js';
export { loadClassifier } from './load-classifier.js';
export type { ClassMetrics, LabelPair, Metrics } from './metrics.js';
export { computeMetrics } from './metrics.js';
export type { Neighbour } from './similarity.js';
export { SimilarityIndex, wordJaccard, wordSet } from './similarity.js';
export type {
  FormatSimilarityOptions,
  SimilarityReport,
  SimilarityReportOptions,
  SliceFigures,
  SubsetFigures,
} from './similarity-report.js';
export {
  formatSimilarityReport,
  isHardNegative,
  similarities,
  similarityReport,
} from './similarity-report.js';

export { enrichArticle } from './lib/enrich.js';
export { evaluateCorpus, formatEvaluation } from './lib/evaluate.js';

export type {
  CaseReport,
  EvaluationCase,
  EvaluationReport,
  Expectation,
  ExpectedEntity,
  ExpectedTimelineEntry,
  Score,
} from './lib/evaluate.js';

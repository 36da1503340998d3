export { evaluateCorpus, formatEvaluation } from './lib/evaluate.js';

export type {
  CaseReport,
  EvaluationCase,
  EvaluationReport,
  Expectation,
  ExpectedEntity,
  ExpectedTimelineEntry,
  Resolution,
  Score,
} from './lib/evaluate.js';

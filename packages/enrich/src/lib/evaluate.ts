import type { Article, EntityType, TimelineEntry } from '@broadsheet/core';

/** An entity a person marked in a labelled article. */
export interface ExpectedEntity {
  type: EntityType;
  name: string;
}

/** A date expression a person marked; fields left out are not checked. */
export interface ExpectedTimelineEntry {
  text: string;
  month?: number;
  day?: number;
  year?: number;
  date?: string;
  time?: string;
}

/** The labels of one article (`NAME.expected.json`). */
export interface Expectation {
  entities: ExpectedEntity[];
  timeline: ExpectedTimelineEntry[];
}

/** One labelled article and what enrichment made of it. */
export interface EvaluationCase {
  name: string;
  /** The article's language, for figures per language. */
  language?: string;
  article: Pick<Article, 'entities' | 'timeline'>;
  expected: Expectation;
}

/** Counts and the precision and recall they give (1 when there is nothing to count). */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** The harmonic mean of precision and recall (0 when both are 0). */
  f1: number;
}

/** What went wrong in one article, for reading. */
export interface CaseReport {
  name: string;
  missed: string[];
  spurious: string[];
}

/** Full dates found and resolved to the labelled calendar day. */
export interface Resolution {
  /** Labelled full dates whose expression was found. */
  found: number;
  /** Of those, the ones resolved to the labelled day. */
  correct: number;
  /** correct / found (1 when nothing was found). */
  share: number;
}

/** Scores over a whole labelled set. */
export interface EvaluationReport {
  entities: Record<EntityType, Score>;
  /** All entity types together (micro-averaged). */
  allEntities: Score;
  /** Timeline entries matching the label's month, day and, where labelled, year, date and time. */
  timeline: Score;
  /** Date and time expressions found: an entry whose text overlaps the labelled text. */
  expressions: Score;
  resolved: Resolution;
  cases: CaseReport[];
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/**
 * Precision and recall of entities by type (same type and canonical name,
 * ignoring case) and of timeline entries (same month and day, and the same
 * year, date and time where the label gives them; entries labelled with
 * neither month nor day must also share text).
 */
export function evaluateCorpus(cases: readonly EvaluationCase[]): EvaluationReport {
  const counts = Object.fromEntries(TYPES.map((type) => [type, emptyCounts()])) as Record<EntityType, Counts>;
  const timeline = emptyCounts();
  const expressions = emptyCounts();
  const resolved = { found: 0, correct: 0 };
  const reports: CaseReport[] = [];
  for (const item of cases) {
    const report: CaseReport = { name: item.name, missed: [], spurious: [] };
    for (const type of TYPES) scoreEntities(item, type, counts[type], report);
    scoreTimeline(item, timeline, report);
    scoreExpressions(item, expressions, resolved);
    reports.push(report);
  }
  const all = emptyCounts();
  for (const type of TYPES) {
    all.truePositives += counts[type].truePositives;
    all.falsePositives += counts[type].falsePositives;
    all.falseNegatives += counts[type].falseNegatives;
  }
  return {
    entities: Object.fromEntries(TYPES.map((type) => [type, toScore(counts[type])])) as Record<EntityType, Score>,
    allEntities: toScore(all),
    timeline: toScore(timeline),
    expressions: toScore(expressions),
    resolved: { ...resolved, share: resolved.found === 0 ? 1 : resolved.correct / resolved.found },
    cases: reports,
  };
}

/** The report as a plain-text table. */
export function formatEvaluation(report: EvaluationReport): string {
  const rows = [
    ...TYPES.map((type) => [type, report.entities[type]] as const),
    ['all entities', report.allEntities] as const,
    ['date exprs', report.expressions] as const,
    ['timeline', report.timeline] as const,
  ];
  const lines = ['kind          precision  recall      f1    tp   fp   fn'];
  for (const [kind, score] of rows) {
    lines.push(
      `${kind.padEnd(12)}  ${score.precision.toFixed(3).padStart(9)}  ${score.recall.toFixed(3).padStart(6)}  ${score.f1.toFixed(3).padStart(6)}  ${pad(score.truePositives)}  ${pad(score.falsePositives)}  ${pad(score.falseNegatives)}`,
    );
  }
  const { found, correct, share } = report.resolved;
  lines.push(`full dates resolved to the labelled day: ${correct} of ${found} found (${share.toFixed(3)})`);
  return lines.join('\n');
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function toScore(counts: Counts): Score {
  const found = counts.truePositives + counts.falsePositives;
  const wanted = counts.truePositives + counts.falseNegatives;
  const precision = found === 0 ? 1 : counts.truePositives / found;
  const recall = wanted === 0 ? 1 : counts.truePositives / wanted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function scoreEntities(item: EvaluationCase, type: EntityType, counts: Counts, report: CaseReport): void {
  const expected = new Set(item.expected.entities.filter((e) => e.type === type).map((e) => e.name.toLowerCase()));
  const found = new Set(item.article.entities.filter((e) => e.type === type).map((e) => e.name.toLowerCase()));
  for (const name of expected) {
    if (found.has(name)) counts.truePositives++;
    else {
      counts.falseNegatives++;
      report.missed.push(`${type}: ${name}`);
    }
  }
  for (const name of found) {
    if (expected.has(name)) continue;
    counts.falsePositives++;
    report.spurious.push(`${type}: ${name}`);
  }
}

function scoreTimeline(item: EvaluationCase, counts: Counts, report: CaseReport): void {
  const unused = [...item.article.timeline];
  for (const expected of item.expected.timeline) {
    const at = unused.findIndex((entry) => matches(expected, entry));
    if (at === -1) {
      counts.falseNegatives++;
      report.missed.push(`timeline: ${describe(expected)}`);
    } else {
      counts.truePositives++;
      unused.splice(at, 1);
    }
  }
  counts.falsePositives += unused.length;
  for (const entry of unused) report.spurious.push(`timeline: ${describe(entry)}`);
}

/**
 * Expressions are found when an entry's text overlaps the labelled text (one
 * entry per label); a labelled full date counts as resolved when that entry has the same date.
 */
function scoreExpressions(item: EvaluationCase, counts: Counts, resolved: { found: number; correct: number }): void {
  const unused = [...item.article.timeline];
  for (const expected of item.expected.timeline) {
    const at = unused.findIndex((entry) => overlaps(expected.text, entry.text));
    if (at === -1) {
      counts.falseNegatives++;
      continue;
    }
    counts.truePositives++;
    const [entry] = unused.splice(at, 1);
    if (expected.date !== undefined) {
      resolved.found++;
      if (entry?.date === expected.date) resolved.correct++;
    }
  }
  counts.falsePositives += unused.length;
}

function overlaps(a: string, b: string): boolean {
  const fold = (text: string) =>
    text
      .toLowerCase()
      .replace(/^[\s.,;:!?"'“”«»()]+|[\s.,;:!?"'“”«»()]+$/gu, '')
      .trim();
  const x = fold(a);
  const y = fold(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

function matches(expected: ExpectedTimelineEntry, entry: TimelineEntry): boolean {
  if (entry.month !== expected.month || entry.day !== expected.day) return false;
  if (expected.year !== undefined && entry.year !== expected.year) return false;
  if (expected.date !== undefined && entry.date !== expected.date) return false;
  if (expected.time !== undefined && entry.time !== expected.time) return false;
  if (expected.month === undefined && expected.day === undefined) {
    const a = expected.text.toLowerCase();
    const b = entry.text.toLowerCase();
    return a.includes(b) || b.includes(a);
  }
  return true;
}

function describe(entry: ExpectedTimelineEntry): string {
  const fields = [entry.year, entry.month, entry.day].map((v) => v ?? '?').join('-');
  return `"${entry.text}" ${fields}${entry.date === undefined ? '' : ` ${entry.date}`}`;
}

function pad(value: number): string {
  return String(value).padStart(3);
}

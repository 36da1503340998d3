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
}

/** What went wrong in one article, for reading. */
export interface CaseReport {
  name: string;
  missed: string[];
  spurious: string[];
}

/** Scores over a whole labelled set. */
export interface EvaluationReport {
  entities: Record<EntityType, Score>;
  timeline: Score;
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
  const reports: CaseReport[] = [];
  for (const item of cases) {
    const report: CaseReport = { name: item.name, missed: [], spurious: [] };
    for (const type of TYPES) scoreEntities(item, type, counts[type], report);
    scoreTimeline(item, timeline, report);
    reports.push(report);
  }
  return {
    entities: Object.fromEntries(TYPES.map((type) => [type, toScore(counts[type])])) as Record<EntityType, Score>,
    timeline: toScore(timeline),
    cases: reports,
  };
}

/** The report as a plain-text table. */
export function formatEvaluation(report: EvaluationReport): string {
  const rows = [...TYPES.map((type) => [type, report.entities[type]] as const), ['timeline', report.timeline] as const];
  const lines = ['kind          precision  recall    tp  fp  fn'];
  for (const [kind, score] of rows) {
    lines.push(
      `${kind.padEnd(12)}  ${score.precision.toFixed(3).padStart(9)}  ${score.recall.toFixed(3).padStart(6)}  ${pad(score.truePositives)}  ${pad(score.falsePositives)}  ${pad(score.falseNegatives)}`,
    );
  }
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
  return {
    ...counts,
    precision: found === 0 ? 1 : counts.truePositives / found,
    recall: wanted === 0 ? 1 : counts.truePositives / wanted,
  };
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
  return String(value).padStart(2);
}

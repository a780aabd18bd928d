import { describe, expect, it } from 'vitest';
import {
  accuracyByTask,
  bankCoverage,
  domainAccuracyOverTime,
  notesMastery,
  scoreTrend,
  studyNext,
  timeByDomain,
  type AnsweredQuestion,
  type AttemptPoint,
} from '../../electron/shared/analytics/progress.ts';
import {
  coverageChart,
  notesChart,
  scoreTrendChart,
  taskAccuracyChart,
  timeChart,
  domainTrendChart,
} from '../../renderer/src/features/analytics/chart-configs.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(120, 8);
const profile = bank.profile;
const q = (i: number) => bank.questions[i]!;
const row = (i: number, correct: boolean, extra: Partial<AnsweredQuestion> = {}): AnsweredQuestion => ({
  attemptId: 'a1',
  mode: 'quiz',
  questionId: q(i).id,
  domain: q(i).domain,
  task: q(i).task,
  correct,
  answered: true,
  timeMs: 30_000,
  answeredAt: 1000 + i,
  ...extra,
});
const result = (scaled: number, byDomain: Record<string, number>) => ({
  correct: 0,
  scoredTotal: 10,
  unanswered: 0,
  percent: 0,
  scaled,
  passed: scaled >= 720,
  byDomain: Object.fromEntries(Object.entries(byDomain).map(([d, p]) => [d, { correct: 0, total: 1, percent: p, meets: p >= 72 }])),
});
const attempts: AttemptPoint[] = [
  { id: 'b', mode: 'exam', startedAt: 2000, result: result(750, { '1': 80, '2': 70 }) },
  { id: 'a', mode: 'quiz', startedAt: 1000, result: result(600, { '1': 50 }) },
  { id: 'r', mode: 'review', startedAt: 3000, result: result(1000, { '1': 100 }) },
];

describe('analytics functions', () => {
  it('score trend: oldest first, spaced reviews left out', () => {
    expect(scoreTrend(attempts)).toEqual([
      { at: 1000, mode: 'quiz', scaled: 600, passed: false },
      { at: 2000, mode: 'exam', scaled: 750, passed: true },
    ]);
    const chart = scoreTrendChart(scoreTrend(attempts), profile);
    expect(chart.data.datasets[0]!.data).toEqual([600, 750]);
    expect(chart.data.datasets[1]!.data).toEqual([720, 720]);
  });

  it('domain accuracy over time has a gap where an attempt had none of a domain', () => {
    const points = domainAccuracyOverTime(attempts, profile);
    expect(points.map((p) => p.byDomain['2'])).toEqual([null, 0.7]);
    expect(domainTrendChart(points, profile).data.datasets[1]!.data).toEqual([null, 70]);
  });

  it('accuracy by task: weakest first, unanswered statements last, review answers ignored', () => {
    const rows = [row(0, true), row(0, false, { attemptId: 'a2' }), row(1, false), row(2, true), row(3, false, { mode: 'review' })];
    const tasks = accuracyByTask(rows, profile);
    const answered = tasks.filter((t) => t.total > 0);
    expect(answered.map((t) => t.accuracy)).toEqual([...answered.map((t) => t.accuracy)].sort((a, b) => a! - b!));
    expect(tasks.at(-1)!.total).toBe(0);
    expect(answered.reduce((s, t) => s + t.total, 0)).toBe(4);
    const chart = taskAccuracyChart(tasks, 72);
    expect(chart.data.labels).toHaveLength(answered.length);
  });

  it('time per domain averages recorded times only', () => {
    const rows = [row(0, true, { timeMs: 20_000 }), row(0, true, { timeMs: 40_000, attemptId: 'x' }), row(0, true, { timeMs: 0, attemptId: 'y' })];
    const d = timeByDomain(rows, profile).find((t) => t.domain === q(0).domain)!;
    expect(d).toMatchObject({ seconds: 30, questions: 2 });
    expect(timeChart(timeByDomain(rows, profile)).data.datasets[0]!.data).toContain(30);
  });

  it('bank coverage counts each answered question once', () => {
    const c = bankCoverage([row(0, true), row(0, false, { attemptId: 'z' }), row(5, false), row(6, true, { answered: false })], bank);
    expect(c.seen).toBe(2);
    expect(c.total).toBe(120);
    expect(c.byDomain.reduce((s, d) => s + d.total, 0)).toBe(120);
    const chart = coverageChart(c);
    expect((chart.data.datasets[0]!.data as number[]).reduce((s, n) => s + n, 0)).toBe(2);
  });

  it('notes mastery: every cited section counts, weakest first, untested last', () => {
    const outline = [
      { id: 'n002.data-formats', file: 'f', heading: ['h'], title: 'Formats', topic: true },
      { id: 'n000.athena', file: 'f', heading: ['h'], title: 'Athena', topic: true },
      { id: 'n000.title', file: 'f', heading: ['h'], title: 'Title', topic: false },
    ];
    const notesOf = new Map([
      [q(0).id, ['n002.data-formats']],
      [q(1).id, ['n002.data-formats', 'n000.athena']],
    ]);
    const m = notesMastery([row(0, true), row(1, false)], notesOf, outline);
    expect(m.map((x) => [x.section.id, x.correct, x.total])).toEqual([
      ['n000.athena', 0, 1],
      ['n002.data-formats', 1, 2],
    ]);
    expect(notesChart(m, 72).data.labels).toEqual(['Athena', 'Formats']);
  });

  it('study next: weak areas with enough answers, weakest first, with unseen counts', () => {
    const task = q(0).task;
    const sameTask = bank.questions.map((x, i) => [x, i] as const).filter(([x]) => x.task === task);
    const rows = sameTask.slice(0, 4).map(([, i], k) => row(i, k === 0));
    const next = studyNext(rows, bank, 0.72, { minAnswers: 3 });
    const t = next.find((s) => s.kind === 'task')!;
    expect(t).toMatchObject({ id: task, accuracy: 0.25, answered: 4, unseen: sameTask.length - 4 });
    expect(studyNext(rows, bank, 0.72, { minAnswers: 5 }).filter((s) => s.kind === 'task')).toEqual([]);
  });
});

describe('trend charts over long histories', () => {
  it('average consecutive attempts into at most 100 points, keeping the mean', async () => {
    const { downsample, MAX_TREND_POINTS } = await import('../../renderer/src/features/analytics/chart-configs.ts');
    const items = Array.from({ length: 1000 }, (_, i) => ({ at: i, v: i % 2 ? 800 : 600 }));
    const out = downsample(items, (x) => x.v);
    expect(out).toHaveLength(MAX_TREND_POINTS);
    expect(out.every((p) => p.value === 700)).toBe(true);
    expect(downsample(items.slice(0, 7), (x) => x.v)).toHaveLength(7);
    expect(downsample([{ at: 1 }, { at: 2 }], () => null)).toEqual([
      { at: 1, value: null },
      { at: 2, value: null },
    ]);
  });
});

describe('chartTable', () => {
  it('gives every chart its numbers as a table', async () => {
    const { chartTable, scoreTrendChart } = await import('../../renderer/src/features/analytics/chart-configs.ts');
    const t = chartTable(scoreTrendChart(scoreTrend(attempts), profile));
    expect(t.headers).toEqual(['', 'Scaled score', 'Pass mark (720)']);
    expect(t.rows.map((r) => r.slice(1))).toEqual([
      ['600', '720'],
      ['750', '720'],
    ]);
  });
});

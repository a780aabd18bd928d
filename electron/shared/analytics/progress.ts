// What the learner's history says about their progress: pure functions from stored rows to figures,
// used by the analytics screen (and its charts) and unit-tested on their own.
import type { CompiledBank, ExamProfile, NotesSection } from '../bank/types.ts';
import type { AttemptResult } from '../exam/score.ts';

/** One answered (or left unanswered) question of a finished attempt, as analytics reads it. */
export interface AnsweredQuestion {
  attemptId: string;
  mode: string;
  questionId: string;
  domain: string;
  task: string;
  correct: boolean;
  answered: boolean;
  timeMs: number;
  answeredAt: number;
}

/** A finished attempt, as analytics reads it. */
export interface AttemptPoint {
  id: string;
  mode: string;
  startedAt: number;
  result: AttemptResult;
}

/** Modes whose answers measure the learner (spaced-review answers measure memory of seen items). */
export const MEASURING_MODES: readonly string[] = ['exam', 'quiz', 'custom', 'practice', 'retake'];

/** A share with the counts behind it; accuracy is null when nothing was answered. */
export interface Tally {
  correct: number;
  total: number;
  accuracy: number | null;
}

const tally = (correct: number, total: number): Tally => ({ correct, total, accuracy: total ? correct / total : null });

/** Scaled scores over time (oldest first), with the pass mark; spaced reviews left out. */
export function scoreTrend(attempts: readonly AttemptPoint[]): { at: number; mode: string; scaled: number; passed: boolean }[] {
  return attempts
    .filter((a) => MEASURING_MODES.includes(a.mode))
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((a) => ({ at: a.startedAt, mode: a.mode, scaled: a.result.scaled, passed: a.result.passed }));
}

/** Accuracy per domain for each attempt (oldest first); null where an attempt had none of a domain. */
export function domainAccuracyOverTime(
  attempts: readonly AttemptPoint[],
  profile: ExamProfile,
): { at: number; byDomain: Record<string, number | null> }[] {
  return attempts
    .filter((a) => MEASURING_MODES.includes(a.mode))
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((a) => ({
      at: a.startedAt,
      byDomain: Object.fromEntries(profile.domains.map((d) => [d.id, a.result.byDomain[d.id] ? a.result.byDomain[d.id]!.percent / 100 : null])),
    }));
}

/** Accuracy per task statement, weakest first; statements never answered come last. */
export function accuracyByTask(rows: readonly AnsweredQuestion[], profile: ExamProfile): ({ task: string; name: string; domain: string } & Tally)[] {
  const counts = new Map<string, [number, number]>();
  for (const r of rows) {
    if (!MEASURING_MODES.includes(r.mode)) continue;
    const c = counts.get(r.task) ?? [0, 0];
    c[0] += r.correct ? 1 : 0;
    c[1] += 1;
    counts.set(r.task, c);
  }
  const all = profile.domains.flatMap((d) =>
    d.tasks.map((t) => ({ task: t.id, name: t.name, domain: d.id, ...tally(...(counts.get(t.id) ?? [0, 0])) })),
  );
  return all.sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.task.localeCompare(b.task));
}

/** Mean seconds spent on a question, per domain (questions with no recorded time left out). */
export function timeByDomain(
  rows: readonly AnsweredQuestion[],
  profile: ExamProfile,
): { domain: string; name: string; seconds: number | null; questions: number }[] {
  return profile.domains.map((d) => {
    const timed = rows.filter((r) => r.domain === d.id && r.timeMs > 0);
    const seconds = timed.length ? timed.reduce((s, r) => s + r.timeMs, 0) / timed.length / 1000 : null;
    return { domain: d.id, name: d.name, seconds, questions: timed.length };
  });
}

/** How much of the bank the learner has answered, overall and per domain. */
export function bankCoverage(
  rows: readonly AnsweredQuestion[],
  bank: Pick<CompiledBank, 'questions' | 'profile'>,
): { seen: number; total: number; byDomain: { domain: string; seen: number; total: number }[] } {
  const seen = new Set(rows.filter((r) => r.answered).map((r) => r.questionId));
  const inBank = bank.questions.filter((q) => seen.has(q.id));
  return {
    seen: inBank.length,
    total: bank.questions.length,
    byDomain: bank.profile.domains.map((d) => ({
      domain: d.id,
      seen: inBank.filter((q) => q.domain === d.id).length,
      total: bank.questions.filter((q) => q.domain === d.id).length,
    })),
  };
}

/** Accuracy per section of the learner's notes (a question counts for every section it cites), weakest first. */
export function notesMastery(
  rows: readonly AnsweredQuestion[],
  notesOf: ReadonlyMap<string, readonly string[]>,
  outline: readonly NotesSection[],
): ({ section: NotesSection } & Tally)[] {
  const counts = new Map<string, [number, number]>();
  for (const r of rows) {
    if (!MEASURING_MODES.includes(r.mode)) continue;
    for (const n of notesOf.get(r.questionId) ?? []) {
      const c = counts.get(n) ?? [0, 0];
      c[0] += r.correct ? 1 : 0;
      c[1] += 1;
      counts.set(n, c);
    }
  }
  return outline
    .filter((s) => s.topic)
    .map((section) => ({ section, ...tally(...(counts.get(section.id) ?? [0, 0])) }))
    .sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.section.id.localeCompare(b.section.id));
}

/** A suggestion of what to study next: a weak area, and how many of its questions are still unseen. */
export interface StudySuggestion {
  kind: 'task' | 'notes';
  id: string;
  label: string;
  accuracy: number;
  answered: number;
  unseen: number;
}

/**
 * The weakest task statements and notes sections (at least `minAnswers` answers, below the pass line),
 * each with its count of unseen questions, weakest first.
 */
export function studyNext(
  rows: readonly AnsweredQuestion[],
  bank: Pick<CompiledBank, 'questions' | 'profile' | 'outline'>,
  passShare: number,
  options: { minAnswers?: number; limit?: number } = {},
): StudySuggestion[] {
  const minAnswers = options.minAnswers ?? 3;
  const limit = options.limit ?? 3;
  const seen = new Set(rows.filter((r) => r.answered).map((r) => r.questionId));
  const unseenWhere = (pred: (q: CompiledBank['questions'][number]) => boolean) => bank.questions.filter((q) => pred(q) && !seen.has(q.id)).length;
  const notesOf = new Map(bank.questions.map((q) => [q.id, q.notes]));
  const weak = <T extends Tally>(list: T[]) =>
    list.filter((t) => t.total >= minAnswers && t.accuracy !== null && t.accuracy < passShare).slice(0, limit);
  const tasks = weak(accuracyByTask(rows, bank.profile)).map((t): StudySuggestion => ({
    kind: 'task',
    id: t.task,
    label: `${t.task} ${t.name}`,
    accuracy: t.accuracy!,
    answered: t.total,
    unseen: unseenWhere((q) => q.task === t.task),
  }));
  const notes = weak(notesMastery(rows, notesOf, bank.outline)).map((n): StudySuggestion => ({
    kind: 'notes',
    id: n.section.id,
    label: n.section.title,
    accuracy: n.accuracy!,
    answered: n.total,
    unseen: unseenWhere((q) => q.notes.includes(n.section.id)),
  }));
  return [...tasks, ...notes].sort((a, b) => a.accuracy - b.accuracy);
}

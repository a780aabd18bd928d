// Reading the history as analytics needs it, through the compact per-attempt outcomes.
import type { AnsweredQuestion, AttemptPoint } from '../../../electron/shared/analytics/progress.ts';
import type { Attempt, AttemptOutcome, HistoryDb, Response } from './schema.ts';

/** The compact outcome of a finished attempt, from the attempt and its responses. */
export function outcomeOf(attempt: Attempt, responses: readonly Response[]): AttemptOutcome {
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const rows = attempt.items.map((i) => byQuestion.get(i.questionId));
  return {
    attemptId: attempt.id,
    mode: attempt.mode,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt ?? attempt.updatedAt,
    result: attempt.result!,
    questionIds: attempt.items.map((i) => i.questionId),
    tasks: rows.map((r) => r?.task ?? ''),
    outcome: rows.map((r) => (!r || r.answer === null ? '-' : r.correct ? '1' : '0')).join(''),
    timeSec: rows.map((r) => Math.round((r?.timeMs ?? 0) / 100) / 10),
  };
}

/** Writes the outcomes of finished attempts that have none yet (older schema versions, imports). */
export async function ensureOutcomes(db: HistoryDb): Promise<number> {
  return db.transaction('rw', db.attempts, db.responses, db.attemptOutcomes, async () => {
    const [finished, have] = await Promise.all([
      db.attempts.where('status').equals('finished').primaryKeys(),
      db.attemptOutcomes.toCollection().primaryKeys(),
    ]);
    const known = new Set(have);
    const missing = finished.filter((id) => !known.has(id));
    for (const id of missing) {
      const attempt = await db.attempts.get(id);
      if (!attempt?.result) continue;
      await db.attemptOutcomes.put(outcomeOf(attempt, await db.responses.where('attemptId').equals(id).toArray()));
    }
    return missing.length;
  });
}

/** Finished attempts and their questions, in the shapes the analytics functions take. */
export async function loadProgress(
  db: HistoryDb,
  domainOf: (task: string) => string,
): Promise<{ attempts: AttemptPoint[]; rows: AnsweredQuestion[] }> {
  await ensureOutcomes(db);
  const outcomes = await db.attemptOutcomes.orderBy('startedAt').toArray();
  const rows: AnsweredQuestion[] = [];
  for (const o of outcomes) {
    for (let i = 0; i < o.questionIds.length; i++) {
      const mark = o.outcome[i];
      rows.push({
        attemptId: o.attemptId,
        mode: o.mode,
        questionId: o.questionIds[i]!,
        domain: domainOf(o.tasks[i]!),
        task: o.tasks[i]!,
        correct: mark === '1',
        answered: mark !== '-',
        timeMs: Math.round((o.timeSec[i] ?? 0) * 1000),
        answeredAt: o.finishedAt,
      });
    }
  }
  return { attempts: outcomes.map((o) => ({ id: o.attemptId, mode: o.mode, startedAt: o.startedAt, result: o.result })), rows };
}

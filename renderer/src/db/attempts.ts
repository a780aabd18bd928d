// Every read and write of attempts and responses goes through these functions.
import type { ExamProfile, Question } from '../../../electron/shared/bank/types.ts';
import { questionRecords, type QuestionRecord } from '../../../electron/shared/exam/filter.ts';
import type { AttemptResult } from '../../../electron/shared/exam/score.ts';
import { outcomeOf } from './progress.ts';
import type { Attempt, AttemptOutcome, HistoryDb, Response } from './schema.ts';

/** Stores a new attempt, an empty response row per question, and a snapshot of each question shown; returns the rows. */
export async function createAttempt(db: HistoryDb, attempt: Attempt, questions: readonly Question[]): Promise<Response[]> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses: Response[] = attempt.items.map((item, index) => ({
    attemptId: attempt.id,
    questionId: item.questionId,
    questionRev: item.rev,
    index,
    domain: item.domain,
    task: byId.get(item.questionId)?.task ?? '',
    answer: null,
    flagged: false,
    struck: [],
    checked: false,
    timeMs: 0,
    updatedAt: attempt.startedAt,
  }));
  await db.transaction('rw', db.attempts, db.responses, db.questionSnapshots, async () => {
    await db.attempts.add(attempt);
    await db.responses.bulkAdd(responses);
    await db.questionSnapshots.bulkPut(attempt.items.map((i) => byId.get(i.questionId)!).filter(Boolean));
  });
  return responses;
}

/**
 * Writes one question's response row whole (answer, flag, strike-throughs, check), at once: a single
 * put, with no read first.
 */
export async function saveResponse(db: HistoryDb, row: Response): Promise<void> {
  await db.responses.put(row);
}

/** Records where the learner is and how much time they have used. */
export async function saveProgress(db: HistoryDb, attemptId: string, position: number, elapsedMs: number, now = Date.now()): Promise<void> {
  await db.attempts.update(attemptId, { position, elapsedMs, updatedAt: now });
}

/** Closes an attempt with its result and marks each response right or wrong, in one transaction. */
export async function finishAttempt(
  db: HistoryDb,
  attemptId: string,
  result: AttemptResult,
  correctness: ReadonlyMap<string, boolean>,
  elapsedMs: number,
  autoSubmitted: boolean,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.attempts, db.responses, db.attemptOutcomes, async () => {
    await db.attempts.update(attemptId, { status: 'finished', result, elapsedMs, finishedAt: now, updatedAt: now, autoSubmitted });
    for (const [questionId, correct] of correctness) await db.responses.update([attemptId, questionId], { correct });
    const attempt = await db.attempts.get(attemptId);
    if (attempt) await db.attemptOutcomes.put(outcomeOf(attempt, await db.responses.where('attemptId').equals(attemptId).toArray()));
  });
}

/**
 * The attempt with its exam profile: attempts stored before the profile was recorded with them (schema
 * 1) take the bank's profile of the same id, or the bank's own.
 */
export function withProfile(attempt: Attempt, profiles: readonly ExamProfile[]): Attempt {
  if ((attempt as Partial<Attempt>).profile) return attempt;
  return { ...attempt, profile: profiles.find((p) => p.id === attempt.profileId) ?? profiles[0]! };
}

/** Marks an attempt as interrupted (it is being resumed after the app was closed). */
export async function markInterrupted(db: HistoryDb, attemptId: string): Promise<void> {
  await db.attempts.update(attemptId, { interrupted: true });
}

/** Deletes an unfinished attempt the learner chose to discard, with its responses. */
export async function discardAttempt(db: HistoryDb, attemptId: string): Promise<void> {
  await db.transaction('rw', db.attempts, db.responses, async () => {
    await db.responses.where('attemptId').equals(attemptId).delete();
    await db.attempts.delete(attemptId);
  });
}

/** What the learner's history says about every question they have met (custom quizzes, unseen-first). */
export async function questionHistory(db: HistoryDb): Promise<Map<string, QuestionRecord>> {
  const rows = await db.responses.orderBy('updatedAt').toArray();
  return questionRecords(
    rows.map((r) => ({
      questionId: r.questionId,
      updatedAt: r.updatedAt,
      flagged: r.flagged,
      answered: r.answer !== null,
      ...(r.correct === undefined ? {} : { correct: r.correct }),
    })),
  );
}

/** Everything stored about one attempt, as removed by deleteAttempt (so it can be put back). */
export interface RemovedAttempt {
  attempt: Attempt;
  responses: Response[];
  outcome: AttemptOutcome | undefined;
}

/** Deletes a finished attempt and its responses (snapshots stay: other attempts may share them). */
export async function deleteAttempt(db: HistoryDb, attemptId: string): Promise<RemovedAttempt | undefined> {
  return db.transaction('rw', db.attempts, db.responses, db.attemptOutcomes, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) return undefined;
    const responses = await db.responses.where('attemptId').equals(attemptId).toArray();
    const outcome = await db.attemptOutcomes.get(attemptId);
    await db.responses.where('attemptId').equals(attemptId).delete();
    await db.attemptOutcomes.delete(attemptId);
    await db.attempts.delete(attemptId);
    return { attempt, responses, outcome };
  });
}

/** Puts a deleted attempt back exactly as it was (undo). */
export async function restoreAttempt(db: HistoryDb, removed: RemovedAttempt): Promise<void> {
  await db.transaction('rw', db.attempts, db.responses, db.attemptOutcomes, async () => {
    await db.attempts.put(removed.attempt);
    await db.responses.bulkPut(removed.responses);
    if (removed.outcome) await db.attemptOutcomes.put(removed.outcome);
  });
}

/** Deletes the whole history on this computer (attempts, answers, snapshots, review cards, outcomes). */
export async function clearHistory(db: HistoryDb): Promise<void> {
  await db.transaction('rw', [db.attempts, db.responses, db.questionSnapshots, db.reviewCards, db.attemptOutcomes], async () => {
    await Promise.all([db.attempts.clear(), db.responses.clear(), db.questionSnapshots.clear(), db.reviewCards.clear(), db.attemptOutcomes.clear()]);
  });
}

/** Finished attempts, newest first. */
export async function listFinishedAttempts(db: HistoryDb): Promise<Attempt[]> {
  const rows = await db.attempts.where('status').equals('finished').toArray();
  return rows.sort((a, b) => b.startedAt - a.startedAt);
}

/** The attempt left in progress, if any (newest first). */
export async function findUnfinishedAttempt(db: HistoryDb): Promise<Attempt | undefined> {
  const rows = await db.attempts.where('status').equals('in-progress').toArray();
  return rows.sort((a, b) => b.startedAt - a.startedAt)[0];
}

/** One attempt and its responses in paper order. */
export async function loadAttempt(db: HistoryDb, attemptId: string): Promise<{ attempt: Attempt; responses: Response[] } | undefined> {
  const attempt = await db.attempts.get(attemptId);
  if (!attempt) return undefined;
  const responses = await db.responses.where('attemptId').equals(attemptId).sortBy('index');
  return { attempt, responses };
}

/** The questions as they were shown in an attempt (from the snapshots, not today's bank). */
export async function attemptQuestions(db: HistoryDb, attempt: Attempt): Promise<Map<string, Question>> {
  const rows = await db.questionSnapshots.bulkGet(attempt.items.map((i) => [i.questionId, i.rev] as [string, number]));
  return new Map(rows.filter((q): q is Question => q !== undefined).map((q) => [q.id, q]));
}

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../electron/shared/exam/answer.ts';
import { isCorrect } from '../../electron/shared/exam/answer.ts';
import { assembleExam } from '../../electron/shared/exam/assemble.ts';
import { scoreAttempt } from '../../electron/shared/exam/score.ts';
import { createAttempt, deleteAttempt, finishAttempt, restoreAttempt, saveResponse } from '../../renderer/src/db/attempts.ts';
import { ensureOutcomes, loadProgress } from '../../renderer/src/db/progress.ts';
import { openHistoryDb, type Attempt } from '../../renderer/src/db/schema.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(200, 31);
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const domainOf = (task: string) => task.split('.')[0]!;

async function finishedAttempt(db: ReturnType<typeof openHistoryDb>, id: string, startedAt: number, rightFirst: number): Promise<Attempt> {
  const items = assembleExam({ profile: bank.profile, pool: bank.questions, count: 6, unscored: 0, seed: startedAt });
  const attempt: Attempt = {
    id,
    mode: 'quiz',
    title: 'Quiz',
    profileId: bank.profile.id,
    profile: bank.profile,
    feedback: false,
    bankId: 'synthetic',
    bankVersion: '0.0.0',
    bankHash: bank.bank.hash,
    seed: startedAt,
    startedAt,
    updatedAt: startedAt,
    status: 'in-progress',
    timeLimitMs: null,
    elapsedMs: 0,
    position: 0,
    items,
  };
  const rows = await createAttempt(db, attempt, bank.questions);
  const answers = new Map<string, Answer | null>();
  for (const [i, row] of rows.entries()) {
    const q = byId.get(row.questionId)!;
    if (q.type !== 'single' || i >= 5) continue; // the last one stays unanswered
    const answer: Answer = { kind: 'single', choice: i < rightFirst ? q.key : q.options.find((o) => o.id !== q.key)!.id };
    answers.set(q.id, answer);
    await saveResponse(db, { ...row, answer, timeMs: 12_000 });
  }
  const result = scoreAttempt(items, byId, answers, bank.profile);
  const correctness = new Map(items.map((i) => [i.questionId, isCorrect(byId.get(i.questionId)!, answers.get(i.questionId))]));
  await finishAttempt(db, id, result, correctness, 1000, false, startedAt + 500);
  return attempt;
}

describe('attempt outcomes (the compact history analytics reads)', () => {
  it('are written when an attempt finishes and match its responses', async () => {
    const db = openHistoryDb(`o-${Math.random()}`);
    const a = await finishedAttempt(db, 'a', 1000, 2);
    const o = await db.attemptOutcomes.get('a');
    expect(o?.questionIds).toEqual(a.items.map((i) => i.questionId));
    expect(o?.outcome).toHaveLength(6);
    expect(o?.outcome.endsWith('-')).toBe(true);
    const { rows, attempts } = await loadProgress(db, domainOf);
    expect(attempts.map((x) => x.id)).toEqual(['a']);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.correct).length).toBe(o!.outcome.split('').filter((c) => c === '1').length);
    expect(rows.filter((r) => !r.answered)).toHaveLength(o!.outcome.split('').filter((c) => c === '-').length);
  });

  it('are rebuilt from responses when missing (after an upgrade or an import)', async () => {
    const db = openHistoryDb(`o-${Math.random()}`);
    await finishedAttempt(db, 'a', 1000, 3);
    const before = await db.attemptOutcomes.get('a');
    await db.attemptOutcomes.clear();
    expect(await ensureOutcomes(db)).toBe(1);
    expect(await db.attemptOutcomes.get('a')).toEqual(before);
    expect(await ensureOutcomes(db)).toBe(0);
  });

  it('leave and come back with their attempt (delete, undo)', async () => {
    const db = openHistoryDb(`o-${Math.random()}`);
    await finishedAttempt(db, 'a', 1000, 1);
    await finishedAttempt(db, 'b', 2000, 4);
    const removed = await deleteAttempt(db, 'a');
    expect((await loadProgress(db, domainOf)).attempts.map((x) => x.id)).toEqual(['b']);
    expect(await db.responses.where('attemptId').equals('a').count()).toBe(0);
    await restoreAttempt(db, removed!);
    expect((await loadProgress(db, domainOf)).attempts.map((x) => x.id)).toEqual(['a', 'b']);
    expect(await db.responses.where('attemptId').equals('a').count()).toBe(6);
  });
});

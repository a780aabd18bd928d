import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../electron/shared/exam/answer.ts';
import { scoreAttempt } from '../../electron/shared/exam/score.ts';
import {
  attemptQuestions,
  createAttempt,
  discardAttempt,
  markInterrupted,
  questionHistory,
  findUnfinishedAttempt,
  finishAttempt,
  listFinishedAttempts,
  loadAttempt,
  saveProgress,
  saveResponse,
} from '../../renderer/src/db/attempts.ts';
import { openHistoryDb, type Attempt, type HistoryDb } from '../../renderer/src/db/schema.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';
import { draftAttempt } from './history-fixtures.ts';

const bank = syntheticBank(300, 5);
const createdRows = async (db: HistoryDb, attemptId: string) => (await loadAttempt(db, attemptId))!.responses;
let n = 0;

const newAttempt = (startedAt: number): Attempt => draftAttempt(bank, { id: `a${++n}`, startedAt });

describe('history repository', () => {
  it('stores an attempt, one response per question, and snapshots of the questions shown', async () => {
    const db = openHistoryDb(`t-${Math.random()}`);
    const a = newAttempt(1000);
    await createAttempt(db, a, bank.questions);
    const loaded = await loadAttempt(db, a.id);
    expect(loaded?.responses.map((r) => r.questionId)).toEqual(a.items.map((i) => i.questionId));
    expect(loaded?.responses.every((r) => r.answer === null && r.questionRev === 1)).toBe(true);
    const qs = await attemptQuestions(db, a);
    expect(qs.size).toBe(10);
    expect(await findUnfinishedAttempt(db)).toMatchObject({ id: a.id });
  });

  it('writes every answer and flag the moment it changes, and progress with it', async () => {
    const db = openHistoryDb(`t-${Math.random()}`);
    const a = newAttempt(2000);
    expect(await createAttempt(db, a, bank.questions)).toHaveLength(10);
    const rows = await createdRows(db, a.id);
    const row = rows[3]!;
    await saveResponse(db, { ...row, answer: { kind: 'single', choice: 'b' }, updatedAt: 2500 });
    await saveResponse(db, { ...row, answer: { kind: 'single', choice: 'b' }, flagged: true, updatedAt: 2600 });
    await saveProgress(db, a.id, 3, 42_000, 2700);
    const loaded = await loadAttempt(db, a.id);
    expect(loaded?.responses[3]).toMatchObject({ answer: { kind: 'single', choice: 'b' }, flagged: true, updatedAt: 2600 });
    expect(loaded?.attempt).toMatchObject({ position: 3, elapsedMs: 42_000 });
  });

  it('finishes an attempt with its result and lists finished attempts newest first', async () => {
    const db = openHistoryDb(`t-${Math.random()}`);
    const older = newAttempt(3000);
    const newer = newAttempt(4000);
    for (const a of [older, newer]) {
      await createAttempt(db, a, bank.questions);
      const byId = new Map(bank.questions.map((q) => [q.id, q]));
      const answers = new Map<string, Answer | null>();
      const result = scoreAttempt(a.items, byId, answers, bank.profile);
      await finishAttempt(db, a.id, result, new Map(a.items.map((i) => [i.questionId, false])), 60_000, false, a.startedAt + 60_000);
    }
    const list = await listFinishedAttempts(db);
    expect(list.map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(list[0]).toMatchObject({ status: 'finished', finishedAt: 64_000, elapsedMs: 60_000, result: { correct: 0, scoredTotal: 10 } });
    expect(await findUnfinishedAttempt(db)).toBeUndefined();
    const responses = (await loadAttempt(db, newer.id))!.responses;
    expect(responses.every((r) => r.correct === false)).toBe(true);
  });

  it('keeps history across reopening the database', async () => {
    const name = `t-${Math.random()}`;
    const first = openHistoryDb(name);
    await createAttempt(first, newAttempt(5000), bank.questions);
    first.close();
    const again = openHistoryDb(name);
    expect(await again.attempts.count()).toBe(1);
    expect(await again.responses.count()).toBe(10);
  });

  it('keeps strike-throughs and practice checks, marks interruptions, and discards an attempt with its answers', async () => {
    const db = openHistoryDb(`t-${Math.random()}`);
    const a = newAttempt(6000);
    await createAttempt(db, a, bank.questions);
    const [row] = await createdRows(db, a.id);
    await saveResponse(db, { ...row!, struck: ['a', 'c'], checked: true, updatedAt: 6100 });
    await markInterrupted(db, a.id);
    const loaded = await loadAttempt(db, a.id);
    expect(loaded?.responses[0]).toMatchObject({ struck: ['a', 'c'], checked: true });
    expect(loaded?.attempt.interrupted).toBe(true);
    await discardAttempt(db, a.id);
    expect(await loadAttempt(db, a.id)).toBeUndefined();
    expect(await db.responses.where('attemptId').equals(a.id).count()).toBe(0);
  });

  it('summarises the learner’s history per question: last seen, last result, ever flagged', async () => {
    const db = openHistoryDb(`t-${Math.random()}`);
    const first = newAttempt(7000);
    await createAttempt(db, first, bank.questions);
    const [q1, q2, q3] = first.items.map((i) => i.questionId);
    const [r1, r2, r3] = await createdRows(db, first.id);
    await saveResponse(db, { ...r1!, answer: { kind: 'single', choice: 'b' }, flagged: true, updatedAt: 7100 });
    await saveResponse(db, { ...r2!, answer: { kind: 'single', choice: 'a' }, updatedAt: 7200 });
    await saveResponse(db, { ...r3!, flagged: true, updatedAt: 7300 });
    await finishAttempt(
      db,
      first.id,
      scoreAttempt(first.items, new Map(bank.questions.map((q) => [q.id, q])), new Map(), bank.profile),
      new Map([
        [q1!, true],
        [q2!, false],
      ]),
      1000,
      false,
      8000,
    );
    const h = await questionHistory(db);
    expect(h.get(q1!)).toEqual({ lastSeen: 7100, lastCorrect: true, flagged: true });
    expect(h.get(q2!)).toMatchObject({ lastCorrect: false, flagged: false });
    expect(h.get(q3!)).toMatchObject({ flagged: true, lastCorrect: undefined });
    expect(h.has(first.items[5]!.questionId)).toBe(false);
  });
});

// Migration policy: every schema version is tested with data written by the version before it.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { assembleExam } from '../../electron/shared/exam/assemble.ts';
import { listFinishedAttempts, loadAttempt, withProfile } from '../../renderer/src/db/attempts.ts';
import { loadProgress } from '../../renderer/src/db/progress.ts';
import { openHistoryDb, SCHEMA_VERSION } from '../../renderer/src/db/schema.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(200, 21);

/** A database as version 1 of the app wrote it: the version-1 schema and rows without later fields. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    attempts: 'id, status, startedAt, mode',
    responses: '[attemptId+questionId], attemptId, questionId, updatedAt',
    questionSnapshots: '[id+rev], id',
  });
  const items = assembleExam({ profile: bank.profile, pool: bank.questions, count: 10, unscored: 0, seed: 4 });
  await v1.table('attempts').bulkAdd([
    {
      id: 'old-finished',
      mode: 'quiz',
      title: 'Quick quiz · 10 questions',
      profileId: 'mla-c01',
      bankId: 'synthetic',
      bankVersion: '0.1.0',
      bankHash: bank.bank.hash,
      seed: 4,
      startedAt: 1000,
      updatedAt: 2000,
      finishedAt: 2000,
      status: 'finished',
      timeLimitMs: 1_200_000,
      elapsedMs: 900_000,
      position: 9,
      items,
      result: { correct: 1, scoredTotal: 10, unanswered: 9, percent: 10, scaled: 186, passed: false, byDomain: {} },
    },
  ]);
  await v1.table('responses').bulkAdd(
    items.map((it, index) => ({
      attemptId: 'old-finished',
      questionId: it.questionId,
      questionRev: 1,
      index,
      domain: it.domain,
      task: '1.1',
      answer: index === 0 ? { kind: 'single', choice: 'b' } : null,
      flagged: index === 1,
      updatedAt: 1500,
      correct: index === 0,
    })),
  );
  await v1.table('questionSnapshots').bulkPut(items.map((i) => bank.questions.find((q) => q.id === i.questionId)!));
  v1.close();
}

describe('history schema migrations', () => {
  it(`upgrades a version-1 database to ${SCHEMA_VERSION} keeping every row and filling the new fields`, async () => {
    const name = `migrate-${Math.random()}`;
    await writeVersion1(name);
    const db = openHistoryDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.attempts.count()).toBe(1);
    expect(await db.responses.count()).toBe(10);
    expect(await db.questionSnapshots.count()).toBe(10);
    expect(await db.reviewCards.count()).toBe(0);
    // Schema 3's outcomes are built from the old responses the first time analytics reads them.
    expect(await db.attemptOutcomes.count()).toBe(0);
    const progress = await loadProgress(db, (task) => task.split('.')[0]!);
    expect(progress.attempts.map((a) => a.id)).toEqual(['old-finished']);
    expect(progress.rows.filter((r) => r.correct)).toHaveLength(1);
    expect(progress.rows.filter((r) => !r.answered)).toHaveLength(9);
    const loaded = await loadAttempt(db, 'old-finished');
    expect(loaded?.attempt).toMatchObject({ feedback: false, result: { scaled: 186 } });
    expect(loaded?.responses.every((r) => Array.isArray(r.struck) && r.checked === false && r.timeMs === 0)).toBe(true);
    expect(loaded?.responses[0]).toMatchObject({ answer: { kind: 'single', choice: 'b' }, correct: true });
    expect(loaded?.responses[1]?.flagged).toBe(true);
    expect((await listFinishedAttempts(db)).map((a) => a.id)).toEqual(['old-finished']);
    // Version 1 did not record the exam profile with the attempt: the bank's profile of that id stands in.
    expect(withProfile(loaded!.attempt, bank.profiles).profile).toBe(bank.profile);
  });
});

// A large synthetic learning history, as the app stores it: for benchmarks of analytics, readiness
// and export (1,000 attempts and 65,000 responses by default).
import type { CompiledBank } from '../../electron/shared/bank/types.ts';
import { isCorrect, type Answer } from '../../electron/shared/exam/answer.ts';
import { assembleExam } from '../../electron/shared/exam/assemble.ts';
import { seededRandom } from '../../electron/shared/exam/rng.ts';
import { scoreAttempt } from '../../electron/shared/exam/score.ts';
import type { Attempt, Response } from '../../renderer/src/db/schema.ts';

/** Rows ready to be put into the history database. */
export interface SyntheticHistory {
  attempts: Attempt[];
  responses: Response[];
}

/** An answer to `q`, right with probability `p`. */
function answerFor(q: CompiledBank['questions'][number], right: boolean, order: string[]): Answer {
  switch (q.type) {
    case 'single':
      return { kind: 'single', choice: right ? q.key : order.find((o) => o !== q.key)! };
    case 'multiple':
      return { kind: 'multiple', choices: right ? [...q.key] : order.filter((o) => !q.key.includes(o)).slice(0, q.choose) };
    case 'ordering':
      return { kind: 'ordering', order: right ? [...q.key] : [...q.key].reverse() };
    case 'matching':
      return {
        kind: 'matching',
        pairs: right
          ? { ...q.key }
          : Object.fromEntries(q.prompts.map((p) => [p.id, q.responses[0]!.id === q.key[p.id] ? q.responses[1]!.id : q.responses[0]!.id])),
      };
  }
}

/** `attempts` finished 65-question mock exams over the past year, a learner improving from 55% to 80%. */
export function syntheticHistory(bank: CompiledBank, attempts = 1000, seed = 3): SyntheticHistory {
  const random = seededRandom(seed);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const out: SyntheticHistory = { attempts: [], responses: [] };
  const year = 365 * 24 * 3600_000;
  const t0 = Date.UTC(2025, 10, 1);
  for (let a = 0; a < attempts; a++) {
    const startedAt = t0 + Math.floor((a / attempts) * year);
    const items = assembleExam({ profile: bank.profile, pool: bank.questions, count: 65, unscored: 15, seed: seed * 100_000 + a });
    const skill = 0.55 + (0.25 * a) / attempts;
    const answers = new Map<string, Answer | null>();
    const id = `syn-${a}`;
    items.forEach((item, index) => {
      const q = byId.get(item.questionId)!;
      const answer = random() < 0.02 ? null : answerFor(q, random() < skill, item.order);
      answers.set(q.id, answer);
      out.responses.push({
        attemptId: id,
        questionId: q.id,
        questionRev: q.rev,
        index,
        domain: q.domain,
        task: q.task,
        answer,
        flagged: random() < 0.05,
        struck: [],
        checked: false,
        timeMs: Math.round(40_000 + random() * 120_000),
        updatedAt: startedAt + index * 100_000,
        correct: isCorrect(q, answer),
      });
    });
    out.attempts.push({
      id,
      mode: 'exam',
      title: `${bank.profile.code} mock exam`,
      profileId: bank.profile.id,
      profile: bank.profile,
      feedback: false,
      bankId: bank.bank.id,
      bankVersion: bank.bank.version,
      bankHash: bank.bank.hash,
      seed: a,
      startedAt,
      updatedAt: startedAt + 7_000_000,
      finishedAt: startedAt + 7_000_000,
      status: 'finished',
      timeLimitMs: 130 * 60_000,
      elapsedMs: 7_000_000,
      position: 64,
      items,
      result: scoreAttempt(items, byId, answers, bank.profile),
    });
  }
  return out;
}

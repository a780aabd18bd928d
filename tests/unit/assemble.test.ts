import { describe, expect, it } from 'vitest';
import type { ExamProfile, Question } from '../../electron/shared/bank/types.ts';
import { apportion, assembleExam } from '../../electron/shared/exam/assemble.ts';
import { syntheticBank } from '../bench/synthetic-bank.ts';

const bank = syntheticBank(1200, 7);
const profile: ExamProfile = bank.profile;

describe('apportion', () => {
  it('splits exactly, by largest remainder', () => {
    expect(apportion(65, [28, 26, 22, 24])).toEqual([18, 17, 14, 16]);
    expect(apportion(50, [28, 26, 22, 24])).toEqual([14, 13, 11, 12]);
    expect(apportion(10, [28, 26, 22, 24])).toEqual([3, 3, 2, 2]);
    expect(apportion(3, [0, 0])).toEqual([0, 0]);
  });
});

describe('assembleExam', () => {
  const req = { profile, pool: bank.questions, count: 65, unscored: 15, seed: 1 };

  it('is deterministic for a seed and differs across seeds', () => {
    expect(assembleExam(req)).toEqual(assembleExam(req));
    expect(assembleExam({ ...req, seed: 2 }).map((i) => i.questionId)).not.toEqual(assembleExam(req).map((i) => i.questionId));
  });

  it('keeps domain proportions, unique questions and 15 unscored over many seeds', () => {
    for (let seed = 0; seed < 200; seed++) {
      const items = assembleExam({ ...req, seed });
      expect(items).toHaveLength(65);
      expect(new Set(items.map((i) => i.questionId)).size).toBe(65);
      expect(items.filter((i) => !i.scored)).toHaveLength(15);
      const per = (d: string) => items.filter((i) => i.domain === d).length;
      expect(per('1')).toBe(18);
      expect(per('2')).toBe(17);
      expect(per('3')).toBe(14);
      expect(per('4')).toBe(16);
    }
  });

  it('gives a 10-question quiz every domain, 3/3/2/2, even when case studies are drawn', () => {
    for (let seed = 0; seed < 300; seed++) {
      const items = assembleExam({ ...req, count: 10, unscored: 0, seed });
      expect(['1', '2', '3', '4'].map((d) => items.filter((i) => i.domain === d).length)).toEqual([3, 3, 2, 2]);
    }
  });

  it('keeps a case study together and in order', () => {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (let seed = 0; seed < 50; seed++) {
      const items = assembleExam({ ...req, seed });
      const cases = new Map<string, number[]>();
      items.forEach((it, i) => {
        const cs = byId.get(it.questionId)!.caseStudy;
        if (cs) cases.set(cs, [...(cases.get(cs) ?? []), i]);
      });
      for (const [cs, positions] of cases) {
        const all = bank.questions.filter((q) => q.caseStudy === cs).length;
        expect(positions).toHaveLength(all);
        expect(positions.at(-1)! - positions[0]!).toBe(positions.length - 1);
      }
    }
  });

  it('prefers questions never seen, then the ones seen longest ago', () => {
    const small = bank.questions.filter((q) => !q.caseStudy && q.domain === '1').slice(0, 40);
    const lastSeen = new Map(small.slice(0, 30).map((q, i) => [q.id, 1000 + i]));
    const items = assembleExam({ profile, pool: small, count: 12, unscored: 0, seed: 3, lastSeen });
    const ids = new Set(items.map((i) => i.questionId));
    for (const q of small.slice(30)) expect(ids.has(q.id)).toBe(true); // all 10 unseen
    expect(
      items
        .filter((i) => lastSeen.has(i.questionId))
        .map((i) => i.questionId)
        .sort(),
    ).toEqual([small[0]!.id, small[1]!.id].sort());
  });

  it('records a shuffled order of every option, and never shows an ordering question already solved', () => {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (let seed = 0; seed < 30; seed++) {
      for (const item of assembleExam({ ...req, seed })) {
        const q = byId.get(item.questionId)! as Question;
        const ids =
          q.type === 'ordering' ? q.items.map((i) => i.id) : q.type === 'matching' ? q.responses.map((r) => r.id) : q.options.map((o) => o.id);
        expect([...item.order].sort()).toEqual([...ids].sort());
        if (q.type === 'ordering') expect(item.order).not.toEqual(q.key);
      }
    }
  });

  it('lends a thin domain’s places to the others', () => {
    const pool = bank.questions.filter((q) => q.domain !== '3' || q.id.endsWith('1'));
    const items = assembleExam({ profile, pool, count: 65, unscored: 0, seed: 9 });
    expect(items).toHaveLength(Math.min(65, pool.length));
  });
});

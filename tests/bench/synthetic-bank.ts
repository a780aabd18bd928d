// A synthetic compiled bank of any size, for tests and benchmarks: every question type, case
// studies, realistic text lengths, and a correct content hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bankHash } from '../../electron/node/bank-hash.ts';
import { canonicalJson } from '../../electron/shared/bank/canonical.ts';
import type { CaseStudy, CompiledBank, ExamProfile, Question } from '../../electron/shared/bank/types.ts';
import { seededRandom } from '../../electron/shared/exam/rng.ts';

/** The real MLA-C01 profile, read from the bank's sources. */
export const mlaProfile = (): ExamProfile =>
  parse(readFileSync(join(import.meta.dirname, '../../question-bank/profiles/mla-c01.yaml'), 'utf8')) as ExamProfile;

const words = 'model data endpoint training feature pipeline latency cost bucket stream shard encryption drift metric tuning'.split(' ');

/** `n` questions spread over the profile's tasks in its domain weights; one in 40 starts a case study of 3. */
export function syntheticBank(n: number, seed = 1): CompiledBank {
  const random = seededRandom(seed);
  const profile = mlaProfile();
  const text = (len: number) => Array.from({ length: len }, () => words[Math.floor(random() * words.length)]).join(' ');
  const tasks = profile.domains.flatMap((d) => d.tasks.map((t) => ({ task: t.id, domain: d.id, weight: d.weight / d.tasks.length })));
  const total = tasks.reduce((s, t) => s + t.weight, 0);
  const pick = () => {
    let r = random() * total;
    for (const t of tasks) if ((r -= t.weight) < 0) return t;
    return tasks[tasks.length - 1]!;
  };
  const caseStudies: CaseStudy[] = [];
  const questions: Question[] = [];
  const choice = (id: string) => ({ id, text: text(12), why: text(20) });
  for (let i = 0; questions.length < n; i++) {
    const { task, domain } = pick();
    const groupSize = i % 40 === 0 && questions.length + 3 <= n ? 3 : 1;
    const caseStudy = groupSize > 1 ? `cs-synthetic-${i}` : undefined;
    if (caseStudy) caseStudies.push({ id: caseStudy, title: `Case ${i}`, scenario: text(120) });
    for (let g = 0; g < groupSize; g++) {
      const base = {
        id: `q${questions.length}`,
        rev: 1,
        task,
        domain,
        difficulty: (1 + (questions.length % 3)) as 1 | 2 | 3,
        notes: ['n002.data-formats'],
        services: ['Amazon S3'],
        ...(caseStudy ? { caseStudy } : {}),
        stem: text(60),
        explanation: text(80),
        references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html'],
      };
      const kind = questions.length % 10;
      if (kind < 6) questions.push({ ...base, type: 'single', options: ['a', 'b', 'c', 'd'].map(choice), key: 'b' });
      else if (kind < 8) questions.push({ ...base, type: 'multiple', options: ['a', 'b', 'c', 'd', 'e'].map(choice), choose: 2, key: ['a', 'd'] });
      else if (kind < 9) questions.push({ ...base, type: 'ordering', items: ['a', 'b', 'c', 'd'].map(choice), key: ['a', 'b', 'c', 'd'] });
      else
        questions.push({
          ...base,
          type: 'matching',
          prompts: ['p1', 'p2', 'p3'].map((id) => ({ id, text: text(8) })),
          responses: ['r1', 'r2', 'r3', 'r4'].map(choice),
          key: { p1: 'r2', p2: 'r1', p3: 'r4' },
        });
    }
  }
  const body = {
    format: 1 as const,
    bank: { id: 'synthetic', title: 'Synthetic bank', version: '0.0.0' },
    profile,
    profiles: [profile],
    outline: [],
    caseStudies,
    questions,
  };
  return { ...body, bank: { ...body.bank, hash: bankHash(body) } };
}

/** The bank as bank:build writes it: canonical key order. */
export function syntheticArtifact(n: number, seed = 1): string {
  return canonicalJson(syntheticBank(n, seed));
}

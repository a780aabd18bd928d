// `npm run bench [-- --json]`: speed figures, measured in this run on this machine.
//   bankLoadMs           read + parse + validate (+ content hash) of a 5,000-question compiled bank, median
//   bankLoadVsJsonParse  that time divided by a bare JSON.parse of the same bytes (target: under 3)
//   assembleExamMs       a 65-question exam drawn from the same 5,000 questions, median (target: under 5)
//   navigateP95Ms        next question until painted, in Chromium, p95 (target: under 16)
//   recordAnswerP95Ms    an answer change until committed to IndexedDB, in Chromium, p95 (target: under 10)
//   analyticsRenderMs    with 1,000 attempts and 65,000 responses stored, open analytics until every chart
//                        is drawn, in Chromium, median of 3 after a warm-up (target: under 500)
//   readinessMs          the readiness estimate over that history (65,000 answers), median (target: under 20)
//   exportMs             export the whole history (1,000 attempts, 65,000 responses) to JSON text, in
//                        Chromium, median (target: well under 2000); historyImportValidateMs, historyFileMiB
//                        (tests/bench/history-bench.ts)
// The browser figures need the built renderer (`npm run build`).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBankFile } from '../../electron/node/load-bank.ts';
import { assembleExam } from '../../electron/shared/exam/assemble.ts';
import type { CompiledBank } from '../../electron/shared/bank/types.ts';
import { estimateReadiness, type ReadinessAnswer } from '../../electron/shared/analytics/readiness.ts';
import { browserFigures } from './browser-bench.ts';
import { syntheticHistory } from './synthetic-history.ts';
import { historyFigures } from './history-bench.ts';
import { syntheticArtifact } from './synthetic-bank.ts';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function timeIt(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const QUESTIONS = 5000;
const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bank.json');
writeFileSync(file, syntheticArtifact(QUESTIONS, 42));
const bytes = readFileSync(file, 'utf8');

// Warm up both paths so the JIT treats them alike.
for (let i = 0; i < 3; i++) {
  JSON.parse(bytes);
  const r = await loadBankFile(file);
  if (!r.ok) throw new Error(`synthetic bank did not load: ${r.error.message}`);
}
const RUNS = 15;
const bankLoadMs = await timeIt(RUNS, async () => {
  const r = await loadBankFile(file);
  if (!r.ok) throw new Error(r.error.message);
});
const jsonParseMs = await timeIt(RUNS, () => JSON.parse(readFileSync(file, 'utf8')));

const bank = JSON.parse(bytes) as CompiledBank;
let seed = 0;
for (let i = 0; i < 5; i++) assembleExam({ profile: bank.profile, pool: bank.questions, count: 65, unscored: 15, seed: seed++ });
const assembleExamMs = await timeIt(31, () => assembleExam({ profile: bank.profile, pool: bank.questions, count: 65, unscored: 15, seed: seed++ }));
// readinessMs: the estimate over the history of 1,000 mock exams (65,000 answers), median.
const bigHistory = syntheticHistory(bank, 1000);
const readinessAnswers: ReadinessAnswer[] = bigHistory.responses.map((r) => ({
  questionId: r.questionId,
  domain: r.domain,
  correct: r.correct === true,
  answeredAt: r.updatedAt,
}));
estimateReadiness(readinessAnswers, bank.profile, Date.now());
const readinessMs = await timeIt(15, () => estimateReadiness(readinessAnswers, bank.profile, Date.now()));

const browser = await browserFigures();
const exported = await historyFigures();

const figures = {
  bankLoadMs: Number(bankLoadMs.toFixed(2)),
  jsonParseMs: Number(jsonParseMs.toFixed(2)),
  bankLoadVsJsonParse: Number((bankLoadMs / jsonParseMs).toFixed(2)),
  assembleExamMs: Number(assembleExamMs.toFixed(3)),
  navigateP95Ms: browser.navigateP95Ms,
  recordAnswerP95Ms: browser.recordAnswerP95Ms,
  browserSamples: browser.samples,
  analyticsRenderMs: browser.analyticsRenderMs,
  readinessMs: Number(readinessMs.toFixed(2)),
  historyAttempts: browser.historyAttempts,
  historyResponses: browser.historyResponses,
  ...exported,
  bankQuestions: QUESTIONS,
  bankBytes: Buffer.byteLength(bytes),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${v}`);

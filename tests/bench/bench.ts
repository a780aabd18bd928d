// `npm run bench [-- --json]`: speed figures, measured in this run on this machine.
//   bankLoadMs           read + parse + validate (+ content hash) of a 5,000-question compiled bank, median
//   bankLoadVsJsonParse  that time divided by a bare JSON.parse of the same bytes (target: under 3)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBankFile } from '../../electron/node/load-bank.ts';
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

const figures = {
  bankLoadMs: Number(bankLoadMs.toFixed(2)),
  jsonParseMs: Number(jsonParseMs.toFixed(2)),
  bankLoadVsJsonParse: Number((bankLoadMs / jsonParseMs).toFixed(2)),
  bankQuestions: QUESTIONS,
  bankBytes: Buffer.byteLength(bytes),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${v}`);

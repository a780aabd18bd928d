// History backup figures, over 1,000 finished 65-question mock exams (65,000 responses):
//   exportMs                  exportHistory in Chromium (a real IndexedDB), median of 5 after a warm-up
//   historyImportValidateMs   parseHistoryFile of the exported text (size check, JSON.parse, scan, every row), median of 5
//   historyFileMiB            the size of that file
// Run alone with `npx tsx tests/bench/history-bench.ts`; `npm run bench` includes them.
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { makeHistoryFile, parseHistoryFile } from '../../electron/shared/backup/history-file.ts';
import { CHROMIUM } from '../../playwright.config.ts';
import type { ExportRun } from './history-export-page.ts';
import { syntheticBank } from './synthetic-bank.ts';
import { syntheticHistory } from './synthetic-history.ts';

export interface HistoryFigures {
  exportMs: number;
  historyImportValidateMs: number;
  historyFileMiB: number;
}

const ORIGIN = 'http://history-bench.local/';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Measures export in Chromium and import validation in Node. */
export async function historyFigures(attempts = 1000): Promise<HistoryFigures> {
  const bank = syntheticBank(420, 7);
  const history = syntheticHistory(bank, attempts);

  const text = JSON.stringify(makeHistoryFile({ ...history, questionSnapshots: bank.questions, reviewCards: [] }, 'bench', new Date()));
  if (!parseHistoryFile(text).ok) throw new Error(`the synthetic history does not validate: ${JSON.stringify(parseHistoryFile(text))}`);
  const validateRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    parseHistoryFile(text);
    validateRuns.push(performance.now() - t);
  }

  // The page: Dexie, the schema and backup.ts bundled, served from an http origin (IndexedDB needs one).
  const bundle = await build({
    entryPoints: ['tests/bench/history-export-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}**`, (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: script })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>' }),
    );
    await page.goto(ORIGIN);
    const run = await page.evaluate(
      (rows) => (globalThis as unknown as { exportBench: (r: unknown, runs: number) => Promise<ExportRun> }).exportBench(rows, 5),
      { ...history, snapshots: bank.questions },
    );
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ exportRunsMs: run.runsMs, validateRunsMs: validateRuns.map(Math.round) }));
    return {
      exportMs: run.medianMs,
      historyImportValidateMs: Math.round(median(validateRuns)),
      historyFileMiB: Number((run.chars / 1024 / 1024).toFixed(1)),
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await historyFigures()));

// Figures measured in Chromium against the built web renderer: how fast the exam screen moves to
// the next question, and how fast an answer is committed to IndexedDB. The app records both as
// performance measures ('navigate', 'recordAnswer'); this reads them back.
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM } from '../../playwright.config.ts';
import { answer, builtBank, currentQuestion } from '../e2e/helpers.ts';
import { seedHistory, timeAnalytics } from './analytics-bench.ts';

const URL = 'http://127.0.0.1:4199/';

const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
};

const durations = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);

/** What the browser part of the benchmark measures. */
export interface BrowserFigures {
  navigateP95Ms: number;
  recordAnswerP95Ms: number;
  samples: number;
  analyticsRenderMs: number;
  historyAttempts: number;
  historyResponses: number;
}

/**
 * Runs a mock exam in Chromium (p95 of navigation and answer-recording times), then opens the
 * analytics screen over a large seeded history.
 */
export async function browserFigures(): Promise<BrowserFigures> {
  const server = await preview({
    configFile: 'renderer/vite.config.ts',
    preview: { port: 4199, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(URL);
    const bank = builtBank();
    await page.getByTestId(`start-exam-${bank.profile.id}`).click();
    for (let i = 0; i < 64; i++) {
      // A learner reads before answering: let the new question's first frames finish painting, so
      // the answer's write is not measured queued behind the navigation's paint.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await answer(page, await currentQuestion(page, bank), i % 2 === 0);
      await page.getByTestId('next').click();
      await page
        .getByTestId('counter')
        .filter({ hasText: `Question ${i + 2} of` })
        .waitFor();
    }
    await page.waitForTimeout(100); // the last navigation's paint
    const nav = await durations(page, 'navigate');
    const rec = await durations(page, 'recordAnswer');
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ nav: nav.map(Math.round), rec: rec.map((x) => Math.round(x * 10) / 10) }));
    const exam = {
      navigateP95Ms: Number(p95(nav).toFixed(2)),
      recordAnswerP95Ms: Number(p95(rec).toFixed(2)),
      samples: Math.min(nav.length, rec.length),
    };

    const fresh = await browser.newPage();
    await fresh.goto(URL);
    await fresh.getByTestId('bank-count').waitFor();
    const seeded = await seedHistory(fresh, bank, 1000);
    await timeAnalytics(fresh, URL); // warm: the lazily loaded chunk, the JIT, and the outcomes built once
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timeAnalytics(fresh, URL));
    const analyticsRenderMs = [...runs].sort((a, b) => a - b)[1]!;
    return { ...exam, analyticsRenderMs: Math.round(analyticsRenderMs), historyAttempts: seeded.attempts, historyResponses: seeded.responses };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

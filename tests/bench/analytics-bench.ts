// analyticsRenderMs: with a large history in IndexedDB, open the analytics screen in Chromium and time
// it until every chart is drawn.
import type { Page } from '@playwright/test';
import type { CompiledBank } from '../../electron/shared/bank/types.ts';
import { syntheticHistory } from './synthetic-history.ts';

/** Puts a synthetic history straight into the app's IndexedDB (created by the app at its current schema). */
export async function seedHistory(page: Page, bank: CompiledBank, attempts: number): Promise<{ attempts: number; responses: number }> {
  const history = syntheticHistory(bank, attempts);
  const snapshots = bank.questions;
  await page.evaluate(
    async ({ attempts, responses, snapshots }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('mla-c01-history');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['attempts', 'responses', 'questionSnapshots'], 'readwrite');
        for (const a of attempts) tx.objectStore('attempts').put(a);
        for (const r of responses) tx.objectStore('responses').put(r);
        for (const q of snapshots) tx.objectStore('questionSnapshots').put(q);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { attempts: history.attempts, responses: history.responses, snapshots },
  );
  return { attempts: history.attempts.length, responses: history.responses.length };
}

/** Opens analytics from the home screen at `url`; milliseconds until all six charts are on screen. */
export async function timeAnalytics(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByTestId('open-analytics').waitFor();
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('open-analytics').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="chart"] canvas').length === 6, undefined, {
    polling: 'raf',
    timeout: 60_000,
  });
  return page.evaluate((s) => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now() - s))), start);
}

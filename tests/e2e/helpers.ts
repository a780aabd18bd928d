// Shared helpers for the end-to-end tests: the compiled bank as the page sees it, and answering any
// question type through the UI the way a learner would.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledBank, Question } from '../../electron/shared/bank/types.ts';

/** The compiled bank the web build serves. */
export function builtBank(): CompiledBank {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/renderer/bank/mla-c01-bank.json'), 'utf8')) as CompiledBank;
}

/** The question currently on screen. */
export async function currentQuestion(page: Page, bank: CompiledBank): Promise<Question> {
  const id = await page.locator('[data-question-id]').getAttribute('data-question-id');
  const q = bank.questions.find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} is not in the bank`);
  return q;
}

/** Answers the question on screen through the UI, rightly or wrongly. */
export async function answer(page: Page, q: Question, right: boolean): Promise<void> {
  if (q.type === 'single') {
    const id = right ? q.key : q.options.find((o) => o.id !== q.key)!.id;
    await page.locator(`[data-option-id="${id}"]`).click();
  } else if (q.type === 'multiple') {
    const ids = right
      ? q.key
      : q.options
          .filter((o) => !q.key.includes(o.id))
          .slice(0, q.choose)
          .map((o) => o.id);
    for (const id of ids) await page.locator(`[data-option-id="${id}"]`).click();
  } else if (q.type === 'ordering') {
    const target = right ? q.key : [...q.key].reverse();
    for (let pos = 0; pos < target.length; pos++) {
      for (;;) {
        const order = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
        const at = order.indexOf(target[pos]!);
        if (at === pos) break;
        await page.locator(`[data-item-id="${target[pos]}"] button`).first().click(); // move up
        // Wait for the list to show the move before reading the order again.
        await page.waitForFunction(
          ([id, before]) => [...document.querySelectorAll('[data-item-id]')].map((e) => e.getAttribute('data-item-id')).indexOf(id) !== before,
          [target[pos]!, at] as const,
        );
      }
    }
    if ((await page.getByRole('button', { name: 'Keep this order as my answer' }).count()) > 0)
      await page.getByRole('button', { name: 'Keep this order as my answer' }).click();
  } else {
    const wrong = (p: string) => q.responses.find((r) => r.id !== q.key[p])!.id;
    for (const p of q.prompts) await page.locator(`select[data-prompt-id="${p.id}"]`).selectOption(right ? q.key[p.id]! : wrong(p.id));
  }
}

/** The position saved for the attempt in progress, read straight from IndexedDB (undefined if none). */
export function savedPosition(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve, reject) => {
        const open = indexedDB.open('mla-c01-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('attempts').objectStore('attempts').index('status').getAll('in-progress');
          req.onsuccess = () => {
            db.close();
            resolve((req.result as { position: number }[])[0]?.position);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

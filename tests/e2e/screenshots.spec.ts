// Takes the README's screenshots during the e2e run, from real use of the app.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { answer, builtBank, currentQuestion } from './helpers.ts';

const bank = builtBank();
const shot = (name: string) => join(import.meta.dirname, 'screenshots', `${name}.png`);

test('screenshots: a question, the result, and the home screen with history', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/');
  await page.getByTestId('start-quiz').click();
  for (let i = 0; i < 10; i++) {
    const q = await currentQuestion(page, bank);
    if (i === 2) await page.screenshot({ path: shot('question') });
    await answer(page, q, i % 4 !== 1);
    if (i < 9) await page.getByTestId('next').click();
  }
  await page.getByTestId('finish').click();
  await page.getByTestId('review-end').click();
  await page.getByTestId('confirm-end').click();
  await expect(page.getByTestId('scaled')).toBeVisible();
  await page.screenshot({ path: shot('result') });
  await page.getByTestId('home').click();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('due-count')).not.toHaveText('0');
  await page.screenshot({ path: shot('home') });
  await page.getByTestId('open-analytics').click();
  await expect(page.getByTestId('chart')).toHaveCount(6);
  await page.screenshot({ path: shot('analytics'), fullPage: true });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answer, builtBank, currentQuestion } from './helpers.ts';

const bank = builtBank();

/** Sits a full mock exam through the UI, answering right unless `wrong(i)`; returns the wrong question ids. */
async function sitExam(page: Page, wrong: (i: number) => boolean): Promise<Set<string>> {
  await page.getByTestId(`start-exam-${bank.profile.id}`).click();
  const missed = new Set<string>();
  for (let i = 0; i < 65; i++) {
    const q = await currentQuestion(page, bank);
    await answer(page, q, !wrong(i));
    if (wrong(i)) missed.add(q.id);
    if (i < 64) await page.getByTestId('next').click();
  }
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await expect(page.getByTestId('verdict')).toBeVisible();
  return missed;
}

test('after two mock exams: the review shows exactly the wrong answers, filters work, and the analytics draw', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await sitExam(page, (i) => i % 3 === 0);
  await page.getByTestId('home').click();
  const missed = await sitExam(page, (i) => i % 4 === 1);

  // Review: wrong only.
  await page.getByTestId('filter-status').selectOption('wrong');
  await expect(page.getByTestId('answer-summary')).toHaveCount(missed.size);
  const statuses = await page.getByTestId('answer-summary').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses.every((s) => s === 'incorrect')).toBe(true);
  await expect(page.getByTestId('filter-count')).toHaveText(`${missed.size} of 65`);
  // Domain and type filters narrow it further, consistently.
  await page.getByTestId('filter-status').selectOption('all');
  await page.getByTestId('filter-domain').selectOption('1');
  const inDomain1 = await page.getByTestId('answer-summary').count();
  expect(inDomain1).toBeGreaterThan(0);
  expect(inDomain1).toBeLessThan(65);
  await page.getByTestId('filter-type').selectOption('single');
  expect(await page.getByTestId('answer-summary').count()).toBeLessThanOrEqual(inDomain1);
  // One action turns the filtered set into a retake.
  await page.getByTestId('filter-domain').selectOption('');
  await page.getByTestId('filter-type').selectOption('');
  await page.getByTestId('filter-status').selectOption('wrong');
  await page.getByTestId('retake-filtered').click();
  await expect(page.getByTestId('counter')).toHaveText(`Question 1 of ${missed.size}`);
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await page.getByTestId('home').click();

  // Analytics: every chart is drawn, readiness is shown with its explanation.
  await page.getByTestId('open-analytics').click();
  await expect(page.getByTestId('chart')).toHaveCount(6);
  for (const canvas of await page.locator('[data-testid="chart"] canvas').all()) expect((await canvas.boundingBox())!.height).toBeGreaterThan(100);
  await expect(page.getByTestId('coverage')).toContainText('of 420 questions');
  // Every chart's numbers are also there as a table.
  await page.getByText('Show as a table').first().click();
  await expect(page.locator('.chart-table').first().locator('tbody tr')).toHaveCount(3); // three attempts
  await expect(page.locator('.chart-table').first().locator('thead th').nth(1)).toHaveText('Scaled score');
  await expect(page.getByTestId('pass-probability')).toHaveText(/^\d+%$/);
  await page.getByTestId('readiness-how').click();
  await expect(page.getByTestId('readiness-dialog')).toContainText('first');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('study-next')).toBeVisible();
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});

test('with no history, analytics says so instead of drawing empty charts', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-analytics').click();
  await expect(page.getByTestId('analytics-empty')).toBeVisible();
});

test('history: filter by mode, delete with undo', async ({ page }) => {
  await page.goto('/');
  for (const start of ['start-quiz', 'start-quiz']) {
    await page.getByTestId(start).click();
    await page.getByTestId('end').click();
    await page.getByTestId('confirm-end').click();
    await page.getByTestId('home').click();
  }
  await page.getByTestId('open-custom').click();
  await page.getByTestId('mode-practice').check();
  await page.getByTestId('count').fill('2');
  await page.getByTestId('start-custom').click();
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await page.getByTestId('home').click();
  await expect(page.getByTestId('history-row')).toHaveCount(3);
  await page.getByTestId('history-mode').selectOption('practice');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await page.getByTestId('history-mode').selectOption('all');
  await page.getByTestId('delete-attempt').first().click();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  await page.getByTestId('undo-delete').click();
  await expect(page.getByTestId('history-row')).toHaveCount(3);
  await page.getByTestId('delete-attempt').first().click();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
});

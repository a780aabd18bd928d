import { expect, test } from '@playwright/test';
import { answer, builtBank, currentQuestion, savedPosition } from './helpers.ts';

const bank = builtBank();

test('home shows the bank’s name, version and question count', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('bank-version')).toHaveText(bank.bank.version);
  await expect(page.getByTestId('bank-count')).toHaveText(String(bank.questions.length));
  await expect(page.getByText(bank.bank.title)).toBeVisible();
});

test('a timed quick quiz: answer, flag, end, and see a score that matches the answers', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('start-quiz').click();
  await expect(page.getByTestId('counter')).toHaveText('Question 1 of 10');
  await expect(page.getByTestId('timer')).toContainText(/(20:00|19:5\d)/);

  const rightIds: string[] = [];
  const domains = new Set<string>();
  for (let i = 0; i < 10; i++) {
    await expect(page.getByTestId('counter')).toHaveText(`Question ${i + 1} of 10`);
    const q = await currentQuestion(page, bank);
    domains.add(q.domain);
    if (i === 9) break; // leave the last one unanswered
    const right = i % 3 !== 2; // questions 3, 6, 9 wrong
    await answer(page, q, right);
    if (right) rightIds.push(q.id);
    if (i === 1) await page.getByTestId('flag').click();
    await page.getByTestId('next').click();
  }
  expect(domains.size).toBe(4); // 10 questions drawn across the four domains
  await expect(page.locator('.navigator button.flagged')).toHaveCount(1);
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('review')).toBeVisible();
  await page.getByTestId('review-end').click();
  await expect(page.getByTestId('end-summary')).toContainText('1 unanswered question');
  await page.getByTestId('confirm-end').click();

  await expect(page.getByTestId('raw')).toHaveText(`${rightIds.length} of 10`);
  await expect(page.getByTestId('unanswered')).toHaveText('1');
  // 6 of 10 right: 60%, below the 72% line → 100 + 620 × 0.60 / 0.72 = 617 on our documented scale.
  await expect(page.getByTestId('verdict')).toHaveText('Fail');
  await expect(page.getByTestId('scaled')).toHaveText('617');
  await expect(page.getByTestId('domain-row')).toHaveCount(4);
  const perDomain = await page.getByTestId('domain-row').locator('td:first-of-type').allTextContents();
  const totals = perDomain.map((t) => t.split('/').map((x) => Number(x.trim())));
  expect(totals.reduce((s, [c]) => s + c!, 0)).toBe(6);
  expect(totals.reduce((s, [, t]) => s + t!, 0)).toBe(10);

  // Close and reopen: the attempt is in the history.
  await page.getByTestId('home').click();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history-row')).toContainText('617');
  await expect(page.getByTestId('history-row')).toContainText('Fail');
  await page.getByTestId('history-row').getByRole('button', { name: /Open/ }).click();
  await expect(page.getByTestId('scaled')).toHaveText('617');
});

test('an attempt left in the middle can be resumed after a reload, answers intact', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('start-quiz').click();
  const q = await currentQuestion(page, bank);
  await answer(page, q, true);
  await page.getByTestId('next').click();
  await expect(page.getByTestId('counter')).toHaveText('Question 2 of 10');
  await expect.poll(() => savedPosition(page)).toBe(1); // written within milliseconds of the click
  await page.reload();
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('counter')).toHaveText('Question 2 of 10');
  await page.getByTestId('prev').click();
  await expect(page.locator('[data-question-id]')).toHaveAttribute('data-question-id', q.id);
  await expect(page.locator('.navigator button.answered')).toHaveCount(1);
});

test('a missing or damaged bank shows the file and the problem, not a blank screen', async ({ page }) => {
  await page.route('**/bank/mla-c01-bank.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 1, "bank": {}}' }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The question bank could not be loaded' })).toBeVisible();
  await expect(page.getByTestId('bank-error-file')).toHaveText('/bank/mla-c01-bank.json');
  await expect(page.getByTestId('bank-error-message')).toHaveText('bank.id: expected text');
});

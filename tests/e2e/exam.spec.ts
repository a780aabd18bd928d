import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answer, builtBank, currentQuestion, savedPosition } from './helpers.ts';

const bank = builtBank();
const profile = bank.profile;

async function startExam(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId(`start-exam-${profile.id}`).click();
  await expect(page.getByTestId('counter')).toHaveText(`Question 1 of ${profile.questions.total}`);
}

/** Serious and critical accessibility violations on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const clockSeconds = async (page: Page) => {
  const text = (await page.getByTestId('timer').innerText()).replace('Time left:', '').trim();
  return text
    .split(':')
    .map(Number)
    .reduce((s, n) => s * 60 + n, 0);
};

test('a full 65-question mock exam: every answer through the UI, flags, the review screen, and a report that matches', async ({ page }) => {
  test.setTimeout(180_000);
  await startExam(page);
  await expect(page.getByTestId('timer')).toContainText(/2:(10:00|09:5\d)/);
  const right = new Set<string>();
  const unanswered = new Set([7, 30]);
  const flagged = [4, 40, 60];
  for (let i = 0; i < 65; i++) {
    const q = await currentQuestion(page, bank);
    if (!unanswered.has(i)) {
      const correct = i % 5 !== 3; // every fifth answer wrong
      await answer(page, q, correct);
      if (correct) right.add(q.id);
    }
    if (flagged.includes(i)) await page.getByTestId('flag').click();
    if (i < 64) await page.getByTestId('next').click();
  }
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('review')).toBeVisible();
  await expect(page.getByTestId('review-row')).toHaveCount(65);
  await page.getByTestId('review-filter-unanswered').click();
  await expect(page.getByTestId('review-row')).toHaveCount(2);
  await page.getByTestId('review-filter-flagged').click();
  await expect(page.getByTestId('review-row')).toHaveCount(3);
  // Open a flagged question from the review screen, then come back and end.
  await page.getByRole('button', { name: 'Open question 41' }).click();
  await expect(page.getByTestId('counter')).toHaveText('Question 41 of 65');
  await page.getByTestId('open-review').click();
  await page.getByTestId('review-end').click();
  await expect(page.getByTestId('end-summary')).toContainText('2 unanswered questions');
  await page.getByTestId('confirm-end').click();

  await expect(page.getByTestId('verdict')).toBeVisible();
  const rows = page.getByTestId('answer-summary');
  await expect(rows).toHaveCount(65);
  const scored = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-scored') === 'true'));
  expect(scored.filter((s) => !s)).toHaveLength(15);
  const ids = await page.locator('[data-testid="answer-summary"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  const rightScored = ids.filter((s, i) => s === 'correct' && scored[i]).length;
  expect(ids.filter((s) => s === 'correct')).toHaveLength(right.size);
  expect(ids.filter((s) => s === 'unanswered')).toHaveLength(2);
  await expect(page.getByTestId('raw')).toHaveText(`${rightScored} of 50`);
  await expect(page.getByTestId('unanswered')).toHaveText('2');
  const share = rightScored / 50;
  const expected = Math.round(share <= 0.72 ? 100 + (620 * share) / 0.72 : 720 + (280 * (share - 0.72)) / 0.28);
  await expect(page.getByTestId('scaled')).toHaveText(String(expected));
  await expect(page.getByTestId('verdict')).toHaveText(expected >= 720 ? 'Pass' : 'Fail');
  await expect(page.getByTestId('domain-row')).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);
});

test('closing the page in the middle of an exam loses nothing: answers, flags, strike-throughs, position and time', async ({ page, context }) => {
  await startExam(page);
  const first = await currentQuestion(page, bank);
  await answer(page, first, true);
  await page.getByTestId('next').click();
  const second = await currentQuestion(page, bank);
  await page.getByTestId('flag').click();
  const strikeButton = page.getByRole('button', { name: /Rule out option A/ });
  if (await strikeButton.count()) await strikeButton.click();
  await page.getByTestId('next').click();
  await expect(page.getByTestId('counter')).toHaveText('Question 3 of 65');
  await expect.poll(() => savedPosition(page)).toBe(2);
  await page.waitForTimeout(600); // one 500 ms tick saves the clock as it stands
  const before = await clockSeconds(page);
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await again.getByTestId('resume').click();
  await expect(again.getByTestId('counter')).toHaveText('Question 3 of 65');
  expect(Math.abs((await clockSeconds(again)) - before)).toBeLessThanOrEqual(2);
  await expect(again.locator('.navigator button.answered')).toHaveCount(1);
  await expect(again.locator('.navigator button.flagged')).toHaveCount(1);
  await again.getByTestId('prev').click();
  await expect(again.locator('[data-question-id]')).toHaveAttribute('data-question-id', second.id);
  await expect(again.getByTestId('flag')).toHaveAttribute('aria-pressed', 'true');
  if (second.type === 'single' || second.type === 'multiple')
    await expect(again.getByRole('button', { name: 'Rule out option A' })).toHaveAttribute('aria-pressed', 'true');
  await again.getByTestId('prev').click();
  await expect(again.locator('[data-question-id]')).toHaveAttribute('data-question-id', first.id);

  // End it: the report says the exam was interrupted.
  await again.getByTestId('end').click();
  await again.getByTestId('confirm-end').click();
  await expect(again.getByTestId('interrupted')).toBeVisible();
});

test('an unfinished exam can be discarded explicitly', async ({ page }) => {
  await startExam(page);
  await page.goto('/');
  await page.getByTestId('discard').click();
  await page.getByTestId('confirm-discard').click();
  await expect(page.getByTestId('resume')).toHaveCount(0);
  await expect(page.getByTestId(`start-exam-${profile.id}`)).toBeEnabled();
});

test('warnings at 15 and 5 minutes, then the exam submits itself when time runs out (controlled clock)', async ({ page }) => {
  await page.clock.install();
  await startExam(page);
  await answer(page, await currentQuestion(page, bank), true);
  await page.clock.fastForward('01:55:02');
  await expect(page.getByTestId('time-warning')).toHaveText('⏱ 15 minutes left');
  await page.clock.fastForward('10:00');
  await expect(page.getByTestId('time-warning')).toHaveText('⏱ 5 minutes left');
  await page.clock.fastForward('05:00');
  await expect(page.getByTestId('auto-submitted')).toBeVisible();
  await expect(page.getByTestId('unanswered')).toHaveText('64');
  await expect(page.getByTestId('time-used')).toHaveText('2 h 10 min');
});

test('no serious accessibility violation on the exam and review screens; the timer is not a live region', async ({ page }) => {
  await startExam(page);
  await expect(page.getByTestId('timer')).toHaveAttribute('aria-live', 'off');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('open-review').click();
  await expect(page.getByTestId('review')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the help overlay lists the shortcuts, and the shortcuts work', async ({ page }) => {
  await startExam(page);
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('counter')).toHaveText('Question 2 of 65');
  await page.keyboard.press('Alt+KeyF');
  await expect(page.getByTestId('flag')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+KeyP');
  await expect(page.getByTestId('counter')).toHaveText('Question 1 of 65');
  await page.keyboard.press('Alt+KeyR');
  await expect(page.getByTestId('review')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await expect(page.getByTestId('help-dialog')).toContainText('Alt+N');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-dialog')).toBeHidden();
});

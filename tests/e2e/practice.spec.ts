import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { QuestionType } from '../../electron/shared/bank/types.ts';
import { answer, builtBank, currentQuestion } from './helpers.ts';

const bank = builtBank();

/** Builds a custom quiz of one question type (with the mouse; the quiz itself is then used by keyboard). */
async function customOfType(page: Page, type: QuestionType, count: number, practice: boolean): Promise<void> {
  await page.goto('/');
  await page.getByTestId('open-custom').click();
  await page.getByTestId(`type-${type}`).check();
  await page.getByTestId(practice ? 'mode-practice' : 'mode-timed').check();
  await page.getByTestId('count').fill(String(count));
  const expected = bank.questions.filter((q) => q.type === type).length;
  await expect(page.getByTestId('match-count')).toContainText(`${expected} question`);
  await page.getByTestId('start-custom').click();
  await expect(page.getByTestId('counter')).toHaveText(`Question 1 of ${count}`);
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const answeredNow = (page: Page) => expect(page.locator('.navigator button.current.answered')).toHaveCount(1);

test('each question type can be answered with the keyboard alone', async ({ page }) => {
  await customOfType(page, 'single', 2, false);
  await tabTo(page, 'input[type=radio]');
  await page.keyboard.press('Space');
  await answeredNow(page);

  await customOfTypeAfterEnding(page, 'multiple');
  const q = await currentQuestion(page, bank);
  if (q.type !== 'multiple') throw new Error('expected a multiple-response question');
  for (let k = 0; k < q.choose; k++) {
    await tabTo(page, 'input[type=checkbox]:not(:checked):not(:disabled)');
    await page.keyboard.press('Space');
  }
  await answeredNow(page);
  // A further choice is refused: the remaining boxes are disabled.
  await expect(page.locator('input[type=checkbox]:not(:checked):not(:disabled)')).toHaveCount(0);

  await customOfTypeAfterEnding(page, 'ordering');
  await tabTo(page, 'button[aria-label^="Move down"]');
  await page.keyboard.press('Enter');
  await answeredNow(page);
  await page.keyboard.press('Alt+ArrowDown');

  await customOfTypeAfterEnding(page, 'matching');
  const m = await currentQuestion(page, bank);
  if (m.type !== 'matching') throw new Error('expected a matching question');
  for (const p of m.prompts) {
    await tabTo(page, `select[data-prompt-id="${p.id}"]`);
    await page.keyboard.press('ArrowDown');
  }
  await answeredNow(page);
});

/** Ends the current quiz from the keyboard (Alt+E, then Enter on the confirm button) and builds the next. */
async function customOfTypeAfterEnding(page: Page, type: QuestionType): Promise<void> {
  await page.keyboard.press('Alt+KeyE');
  await expect(page.getByTestId('end-dialog')).toBeVisible();
  await page.getByTestId('confirm-end').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verdict')).toBeVisible();
  await customOfType(page, type, 1, false);
}

test('practice: check an answer to see whether it is right, every option explained, notes and references', async ({ page }) => {
  await customOfType(page, 'single', 3, true);
  await expect(page.getByTestId('timer')).toHaveCount(0); // untimed
  const q = await currentQuestion(page, bank);
  await expect(page.getByTestId('check')).toBeDisabled();
  await answer(page, q, false);
  await page.getByTestId('check').click();
  const fb = page.getByTestId('feedback');
  await expect(fb).toContainText('Not quite.');
  if (q.type === 'single') for (const o of q.options) await expect(fb).toContainText(o.why.slice(0, 40));
  await expect(fb.locator('.references a')).toHaveCount(q.references.length);
  await expect(fb).toContainText('from your notes');
  // A checked answer is locked.
  await expect(page.locator('input[type=radio]:not(:disabled)')).toHaveCount(0);
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
});

test('a finished attempt turns its wrong answers into a retake', async ({ page }) => {
  await customOfType(page, 'single', 4, false);
  for (let i = 0; i < 4; i++) {
    await answer(page, await currentQuestion(page, bank), i !== 1); // one wrong
    if (i < 3) await page.getByTestId('next').click();
  }
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await expect(page.getByTestId('raw')).toHaveText('3 of 4');
  await page.getByTestId('retake-wrong').click();
  await expect(page.getByTestId('counter')).toHaveText('Question 1 of 1');
  await expect(page.getByTestId('check')).toBeVisible();
});

test('custom quiz: only questions I got wrong', async ({ page }) => {
  await customOfType(page, 'matching', 2, false);
  await answer(page, await currentQuestion(page, bank), false);
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await page.getByTestId('home').click();
  await page.getByTestId('open-custom').click();
  await page.getByTestId('history-wrong').check();
  await expect(page.getByTestId('match-count')).toContainText('2 questions match'); // the wrong one and the unanswered one
});

test('spaced review: wrong answers become due cards on the home screen, and reviewing one moves it on', async ({ page }) => {
  await customOfType(page, 'single', 3, false);
  for (let i = 0; i < 3; i++) {
    await answer(page, await currentQuestion(page, bank), i === 0); // two wrong
    if (i < 2) await page.getByTestId('next').click();
  }
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await page.getByTestId('home').click();
  await expect(page.getByTestId('due-count')).toHaveText('2');
  await page.getByTestId('start-review').click();
  await expect(page.getByTestId('counter')).toHaveText('Question 1 of 2');
  const q = await currentQuestion(page, bank);
  await answer(page, q, true);
  await page.getByTestId('check').click();
  await expect(page.getByTestId('feedback')).toContainText('Correct.');
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await page.getByTestId('home').click();
  // The reviewed card is scheduled later; the other is still due. The review is not a measuring attempt.
  await expect(page.getByTestId('due-count')).toHaveText('1');
  await expect(page.getByTestId('history-row').first()).toContainText('Spaced review');
});

test('ordering by drag and drop', async ({ page }) => {
  await customOfType(page, 'ordering', 1, false);
  const before = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
  await page.locator('[data-item-id]').last().dragTo(page.locator('[data-item-id]').first());
  await expect
    .poll(() => page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id'))))
    .toEqual([before.at(-1), ...before.slice(0, -1)]);
  await answeredNow(page);
});

test('a case study: the scenario stays beside its question, reachable by keyboard, with no serious axe violation', async ({ page }) => {
  const inTask = bank.questions.filter((q) => q.task === '1.1');
  expect(inTask.some((q) => q.caseStudy)).toBe(true);
  await page.goto('/');
  await page.getByTestId('open-custom').click();
  await page.getByRole('checkbox', { name: /^1\.1 / }).check();
  await page.getByTestId('mode-practice').check();
  await page.getByTestId('count').fill(String(inTask.length));
  await page.getByTestId('start-custom').click();
  for (let i = 0; i < inTask.length && (await page.getByTestId('case-study').count()) === 0; i++) await page.getByTestId('next').click();
  const scenario = page.getByTestId('case-study');
  await expect(scenario).toBeVisible();
  const q = await currentQuestion(page, bank);
  expect(q.caseStudy).toBeDefined();
  await expect(scenario).toContainText(bank.caseStudies.find((c) => c.id === q.caseStudy)!.title);
  await expect(scenario).toHaveAttribute('tabindex', '0');
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});

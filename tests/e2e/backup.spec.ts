import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answer, builtBank, currentQuestion } from './helpers.ts';

const bank = builtBank();
const dir = mkdtempSync(join(tmpdir(), 'backup-e2e-'));

/** What the analytics screen says, as text, to compare before and after a round trip. */
async function analyticsSnapshot(page: Page): Promise<string[]> {
  await page.goto('/');
  await page.getByTestId('open-analytics').click();
  await expect(page.getByTestId('chart')).toHaveCount(6);
  const parts = [
    await page.getByTestId('coverage').innerText(),
    await page.getByTestId('readiness').innerText(),
    await page.getByTestId('study-next').innerText(),
  ];
  await page.getByRole('button', { name: '← Home' }).click();
  return parts;
}

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-json').click();
  await (await chooser).setFiles(path);
}

test('export, clear, import gives identical analytics; a malformed file changes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId(`start-exam-${bank.profile.id}`).click();
  for (let i = 0; i < 65; i++) {
    await answer(page, await currentQuestion(page, bank), i % 3 !== 0);
    if (i < 64) await page.getByTestId('next').click();
  }
  await page.getByTestId('end').click();
  await page.getByTestId('confirm-end').click();
  await page.getByTestId('home').click();
  const before = await analyticsSnapshot(page);
  await expect(page.getByTestId('due-count')).not.toHaveText('0'); // the exam's wrong answers became cards
  const due = await page.getByTestId('due-count').innerText();

  // Export the history and the answers.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const file = join(dir, 'history.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'mla-c01-history', schemaVersion: 2 });
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csv = join(dir, 'answers.csv');
  await (await csvDownload).saveAs(csv);
  const lines = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  expect(lines).toHaveLength(66); // header + 65 answers
  expect(lines[0]).toContain('question');

  // Clear everything.
  await page.getByTestId('clear-history').click();
  await page.getByTestId('confirm-clear').click();
  await expect(page.getByTestId('history-row')).toHaveCount(0);
  await expect(page.getByTestId('due-count')).toHaveText('0');

  // Import: everything is back, and analytics says exactly what it said before.
  await importFile(page, file);
  await expect(page.getByTestId('backup-message')).toContainText('Imported from history.json: 1 attempt, 65 answers');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('due-count')).toHaveText(due);
  expect(await analyticsSnapshot(page)).toEqual(before);

  // Importing the same file again adds nothing.
  await importFile(page, file);
  await expect(page.getByTestId('backup-message')).toContainText('0 attempts, 0 answers');
  await expect(page.getByTestId('history-row')).toHaveCount(1);

  // A malformed file is refused with the place that is wrong, and nothing changes.
  const bad = JSON.parse(readFileSync(file, 'utf8')) as { responses: { answer: unknown }[] };
  bad.responses[3]!.answer = { kind: 'essay' };
  bad.responses.push({ ...bad.responses[0]!, answer: null });
  const badFile = join(dir, 'broken.json');
  writeFileSync(badFile, JSON.stringify(bad));
  await importFile(page, badFile);
  await expect(page.getByTestId('backup-message')).toContainText('broken.json was not imported, and nothing changed');
  await expect(page.getByTestId('backup-message')).toContainText('responses[3].answer.kind');
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, '{"format": "mla-c01-history", ');
  await importFile(page, notJson);
  await expect(page.getByTestId('backup-message')).toContainText('not-json.json was not imported');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  expect(await analyticsSnapshot(page)).toEqual(before);
});

// The Electron smoke test: launches the real app where an Electron binary is installed, and says
// clearly that it was skipped where none is (the binary cannot be downloaded on this project's CI).
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/find-electron.mjs';

const binary = findElectronBinary();

test('the app starts, loads the bank over IPC and shows the home screen', async () => {
  test.skip(!binary, 'SKIPPED: no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1); the smoke test runs where one is');
  const app = await electron.launch({ executablePath: binary, args: ['.', '--no-sandbox'] });
  const page = await app.firstWindow();
  await expect(page.getByTestId('bank-count')).toBeVisible();
  const exposed = await page.evaluate(() => Object.keys((globalThis as unknown as { mlaHost: object }).mlaHost).sort());
  expect(exposed).toEqual(['appInfo', 'loadBank', 'openReference', 'openTextFile', 'saveTextFile']);
  expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});

// The text of Help → About: pure, so it is unit-tested; electron/main/menu.ts only gathers the inputs
// and shows the dialog.
import type { BankInfo } from '../shared/bank/types.ts';
import type { BankLoadError } from '../shared/ipc/contract.ts';
import type { Result } from '../shared/result.ts';

/** Hex digits of the bank hash shown: enough to tell two banks apart, short enough to read out. */
export const SHORT_HASH_LENGTH = 12;

/** What the About box reports. */
export interface AboutInput {
  appName: string;
  appVersion: string;
  /** The shipped bank's identity, or why it could not be read. */
  bank: Result<BankInfo, BankLoadError>;
  /** process.versions of the main process. */
  versions: { electron?: string; chrome?: string; node?: string };
}

/** The About box's headline and body, as dialog.showMessageBox takes them. */
export interface AboutText {
  message: string;
  detail: string;
}

/** Builds the About box text: app version, bank version and short hash, Electron, Chromium and Node. */
export function aboutText({ appName, appVersion, bank, versions }: AboutInput): AboutText {
  const bankLine = bank.ok
    ? `Question bank: ${bank.value.version} (hash ${bank.value.hash.slice(0, SHORT_HASH_LENGTH)})`
    : `Question bank: not available (${bank.error.message})`;
  const detail = [
    `Version: ${appVersion}`,
    bankLine,
    `Electron: ${versions.electron ?? 'unknown'}`,
    `Chromium: ${versions.chrome ?? 'unknown'}`,
    `Node: ${versions.node ?? 'unknown'}`,
  ].join('\n');
  return { message: `${appName} ${appVersion}`, detail };
}

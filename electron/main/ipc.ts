// IPC handlers: each checks its sender, parses its arguments as untrusted, and answers with a Result.
import { basename, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  shell,
  type FileFilter,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { loadBankFile } from '../node/load-bank.ts';
import { readTextFileLimited, writeTextFileAtomic } from '../node/text-file.ts';
import {
  Channel,
  MAX_TEXT_FILE_BYTES,
  parseNoArgs,
  parseOpenTextFileArgs,
  parseReferenceUrl,
  parseSaveTextFileArgs,
  type AppInfo,
  type OpenedTextFile,
  type TextFileKind,
} from '../shared/ipc/contract.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { BANK_ID, bankFile } from './paths.ts';
import { isTrustedSender } from './security.ts';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown, unknown>>;

/** Registers a handler that refuses untrusted senders and never throws across IPC. */
function handle(channel: string, handler: Handler): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!isTrustedSender(event)) return err(`refused: ${channel} from an untrusted frame`);
    try {
      return await handler(event, ...args);
    } catch (e) {
      return err(`internal error in ${channel}: ${(e as Error).message}`);
    }
  });
}

/** The file type offered in the save and open dialogs, per kind. */
const FILTERS: Record<TextFileKind, FileFilter> = {
  json: { name: 'History backup (JSON)', extensions: ['json'] },
  csv: { name: 'CSV (spreadsheet)', extensions: ['csv'] },
};

/** Where the save dialog starts: the learner's Documents folder, when the system has one. */
function defaultFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

/** Installs every handler of the contract. */
export function registerIpc(): void {
  handle(Channel.loadBank, async (_e, ...args) => {
    const parsed = parseNoArgs(args);
    if (!parsed.ok) return err({ file: '(IPC)', message: parsed.error });
    return loadBankFile(bankFile(BANK_ID));
  });
  handle(Channel.openReference, async (_e, ...args) => {
    const url = parseReferenceUrl(args);
    if (!url.ok) return url;
    await shell.openExternal(url.value); // eng-disable OPEN_EXTERNAL_JS_CHECK -- https on an allow-list of documentation hosts only
    return ok(undefined);
  });
  // The learner picks the path in the system's own dialog, so the renderer never names a path: it only
  // suggests a plain file name, and the dialog is modal to the window that asked.
  handle(Channel.saveTextFile, async (event, ...args) => {
    const request = parseSaveTextFileArgs(args);
    if (!request.ok) return request;
    const { name, content, kind } = request.value;
    const folder = defaultFolder();
    const options: SaveDialogOptions = {
      defaultPath: folder ? join(folder, name) : name,
      filters: [FILTERS[kind]],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok({ saved: false });
    const written = await writeTextFileAtomic(choice.filePath, content);
    return written.ok ? ok({ saved: true }) : written;
  });
  handle(Channel.openTextFile, async (event, ...args) => {
    const kind = parseOpenTextFileArgs(args);
    if (!kind.ok) return kind;
    const options: OpenDialogOptions = { filters: [FILTERS[kind.value]], properties: ['openFile'] };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return ok(null);
    const text = await readTextFileLimited(file, MAX_TEXT_FILE_BYTES);
    if (!text.ok) return text;
    const opened: OpenedTextFile = { name: basename(file), text: text.value };
    return ok(opened);
  });
  handle(Channel.appInfo, async (_e, ...args) => {
    const parsed = parseNoArgs(args);
    if (!parsed.ok) return parsed;
    const info: AppInfo = {
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      platform: process.platform,
    };
    return ok(info);
  });
}

// IPC handlers: each checks its sender, parses its arguments as untrusted, and answers with a Result.
import { app, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { loadBankFile } from '../node/load-bank.ts';
import { Channel, parseNoArgs, parseReferenceUrl, type AppInfo } from '../shared/ipc/contract.ts';
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

// IPC handlers: each checks its sender, parses its arguments as untrusted, and answers with a Result.
import { app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { loadBankFile } from '../node/load-bank.ts';
import { Channel, parseNoArgs, type AppInfo } from '../shared/ipc/contract.ts';
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

// The Electron host: calls the preload's functions and parses every answer as untrusted.
import {
  parseAppInfoResponse,
  parseLoadBankResponse,
  parseOpenTextFileArgs,
  parseOpenTextFileResponse,
  parseSaveTextFileArgs,
  parseSaveTextFileResponse,
  parseVoidResponse,
  type HostApi,
} from '../../../electron/shared/ipc/contract.ts';

/** The functions the preload exposes (electron/preload/index.ts); what they return is untrusted. */
interface Exposed {
  loadBank: () => Promise<unknown>;
  appInfo: () => Promise<unknown>;
  openReference: (url: string) => Promise<unknown>;
  saveTextFile: (suggestedName: string, content: string, kind: string) => Promise<unknown>;
  openTextFile: (kind: string) => Promise<unknown>;
}

/** Wraps the API the preload exposed on window. */
export function electronHost(exposed: unknown): HostApi {
  const api = exposed as Exposed;
  return {
    loadBank: async () => parseLoadBankResponse(await api.loadBank()),
    appInfo: async () => parseAppInfoResponse(await api.appInfo()),
    openReference: async (url) => parseVoidResponse(await api.openReference(url)),
    // The main process parses these arguments too; checking them here first fails fast, with the same message.
    saveTextFile: async (suggestedName, content, kind) => {
      const request = parseSaveTextFileArgs([suggestedName, content, kind]);
      if (!request.ok) return request;
      return parseSaveTextFileResponse(await api.saveTextFile(suggestedName, content, kind));
    },
    openTextFile: async (kind) => {
      const parsed = parseOpenTextFileArgs([kind]);
      if (!parsed.ok) return parsed;
      return parseOpenTextFileResponse(await api.openTextFile(kind));
    },
  };
}

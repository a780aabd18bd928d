// The Electron host: calls the preload's functions and parses every answer as untrusted.
import { parseAppInfoResponse, parseLoadBankResponse, parseVoidResponse, type HostApi } from '../../../electron/shared/ipc/contract.ts';

/** Wraps the API the preload exposed on window. */
export function electronHost(exposed: unknown): HostApi {
  const api = exposed as { loadBank: () => Promise<unknown>; appInfo: () => Promise<unknown>; openReference: (url: string) => Promise<unknown> };
  return {
    loadBank: async () => parseLoadBankResponse(await api.loadBank()),
    appInfo: async () => parseAppInfoResponse(await api.appInfo()),
    openReference: async (url) => parseVoidResponse(await api.openReference(url)),
  };
}

// The host behind one interface: Electron IPC in the app, a browser host in the web build.
import { HOST_GLOBAL, type HostApi } from '../../../electron/shared/ipc/contract.ts';
import { browserHost } from './browser-host.ts';
import { electronHost } from './electron-host.ts';

/** The host the renderer runs in: Electron when the preload exposed its API, the browser otherwise. */
export function detectHost(): HostApi {
  const exposed = (window as unknown as Record<string, unknown>)[HOST_GLOBAL];
  return exposed ? electronHost(exposed) : browserHost();
}

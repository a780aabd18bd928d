// The preload: a few named functions on window.mlaHost, never ipcRenderer itself.
// Sandboxed preloads may require only 'electron' (and a few Node built-ins): this file is bundled.
import { contextBridge, ipcRenderer } from 'electron';
import { Channel, HOST_GLOBAL } from '../shared/ipc/contract.ts';

const api = {
  loadBank: (): Promise<unknown> => ipcRenderer.invoke(Channel.loadBank),
  appInfo: (): Promise<unknown> => ipcRenderer.invoke(Channel.appInfo),
  openReference: (url: string): Promise<unknown> => ipcRenderer.invoke(Channel.openReference, url),
  saveTextFile: (suggestedName: string, content: string, kind: string): Promise<unknown> =>
    ipcRenderer.invoke(Channel.saveTextFile, suggestedName, content, kind),
  openTextFile: (kind: string): Promise<unknown> => ipcRenderer.invoke(Channel.openTextFile, kind),
};

/** What the preload exposes; the renderer parses every response as untrusted. */
export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);

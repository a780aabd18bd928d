// ============================================================================================
// SECURITY FENCE — every Electron hardening setting of the app lives in this file.
// Checked against Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security)
// and scanned by @doyensec/electronegativity (`npm run security:scan`).
// ============================================================================================
import { app, BrowserWindow, session, type BrowserWindowConstructorOptions, type IpcMainInvokeEvent, type WebContents } from 'electron';

/** The origin the renderer is served from (custom protocol, not file://: checklist items 17–18). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;

/** Content-Security-Policy sent with every renderer response: scripts and styles from the app only. */
// 'unsafe-inline' for styles only: Svelte sets inline style attributes (transitions, bar widths).
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Creates the app's window: sandboxed, isolated, no Node in the renderer, no webviews, no middle-click
 * navigation. The preferences are written out here, literally, so static scanners can check them.
 */
export function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preload: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK -- reviewed: it exposes named functions via contextBridge, never ipcRenderer
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
}

/** Whether a URL belongs to the app itself. */
export const isAppUrl = (url: string): boolean => {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
};

/** Denies navigation away from the app, new windows, and every permission request. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies session-wide rules: deny permissions, add the CSP to every response. */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Refuses IPC from anything but the app's own main frame (as VS Code's validatedIpcMain does). */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

/** App-wide switches that must be set before `ready`. */
export function lockDownApp(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
// ============================================================================================
// END OF SECURITY FENCE
// ============================================================================================

// The Electron main process: thin on purpose. Logic lives in electron/node and electron/shared,
// which are tested under plain Node.
import { app, BrowserWindow, dialog, screen } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreWindowState, type WindowState } from '../node/window-state.ts';
import { registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { preloadFile, rendererDir } from './paths.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { APP_ORIGIN, createSecureWindow, lockDownApp, lockDownSession } from './security.ts';

if (!app.requestSingleInstanceLock()) app.quit();

let window: BrowserWindow | null = null;
const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');

function loadState(): WindowState {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(stateFile(), 'utf8'));
  } catch {
    saved = undefined; // first run, or a damaged file: start from the defaults
  }
  return restoreWindowState(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

function saveState(win: BrowserWindow): void {
  const state: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
  try {
    writeFileSync(stateFile(), JSON.stringify(state));
  } catch {
    // Losing the window size is not worth interrupting the learner for.
  }
}

function createWindow(): void {
  const state = loadState();
  window = createSecureWindow(
    { ...state, minWidth: 800, minHeight: 600, show: false, title: 'MLA-C01 Exam Simulator', backgroundColor: '#0f172a' },
    preloadFile(),
  );
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window?.show());
  window.on('close', () => window && saveState(window));
  window.on('closed', () => (window = null));
  window.webContents.on('did-fail-load', (_e, code, description, url) => {
    dialog.showErrorBox('The app could not load its screens', `${url}\n${description} (${code}).\nRun \`npm run build\` and start again.`);
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

registerAppScheme();
lockDownApp();

app.on('second-instance', () => {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createWindow();
});

void app.whenReady().then(() => {
  lockDownSession();
  serveRenderer(rendererDir());
  registerIpc();
  installMenu();
  createWindow();
});

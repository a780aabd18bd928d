// The application menu: the usual items, nothing that reaches outside the app.
import { app, dialog, Menu, type BaseWindow, type MenuItemConstructorOptions, type MessageBoxOptions } from 'electron';
import { aboutText } from '../node/about.ts';
import { loadBankFile } from '../node/load-bank.ts';
import { ok } from '../shared/result.ts';
import { BANK_ID, bankFile } from './paths.ts';

/** Help → About: versions of the app, its question bank and its runtime (text built in electron/node/about.ts). */
async function showAbout(window: BaseWindow | undefined): Promise<void> {
  // Read from the shipped artifact, not from the renderer, so it names the bank actually installed.
  const loaded = await loadBankFile(bankFile(BANK_ID));
  const { message, detail } = aboutText({
    appName: app.getName(),
    appVersion: app.getVersion(),
    bank: loaded.ok ? ok(loaded.value.bank) : loaded,
    versions: process.versions,
  });
  const options: MessageBoxOptions = { type: 'info', title: `About ${app.getName()}`, message, detail, buttons: ['OK'], noLink: true };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Installs the menu (File, Edit, View, Window, Help; the app menu on macOS). */
export function installMenu(): void {
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${app.getName()}`, click: (_item, window) => void showAbout(window) }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

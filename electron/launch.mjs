// `npm start`: runs the app with Electron, or says in one line why it cannot and what to do instead.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './find-electron.mjs';

const electron = findElectronBinary();
if (!electron) {
  console.error(
    'npm start: no Electron binary is installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download failed). ' +
      'Use `npm run web` to run the app in a browser, or run `node node_modules/electron/install.js` on a machine with internet access and try again.',
  );
  process.exit(1);
}
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

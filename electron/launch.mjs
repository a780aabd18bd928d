// `npm start`: runs the app with Electron, or says in one line why it cannot and what to do instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electron;
try {
  electron = require('electron'); // the binary's path; throws when the binary was never downloaded
} catch {
  console.error(
    'npm start: no Electron binary is installed (it was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or could not be downloaded). ' +
      'Run the app in a browser with `npm run web`, or install the binary with `node node_modules/electron/install.js` on a machine with internet access.',
  );
  process.exit(1);
}
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

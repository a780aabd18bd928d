// Vite builds the renderer for Electron (served on app://) and for the browser (`npm run web`).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const bankDir = join(root, 'dist', 'bank');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; productName: string };

/** Serves the compiled bank at ./bank/ in dev, and ships it beside the web build (the browser host fetches it). */
function compiledBank(): Plugin {
  const file = (name: string) => join(bankDir, name);
  return {
    name: 'compiled-bank',
    configureServer(server) {
      server.middlewares.use('/bank/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0]!;
        if (!/^[\w.-]+\.json$/.test(name) || !existsSync(file(name))) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file(name)));
      });
    },
    generateBundle() {
      const name = 'mla-c01-bank.json';
      if (!existsSync(file(name))) this.error(`${file(name)} is missing: run \`npm run bank:build\` first`);
      this.emitFile({ type: 'asset', fileName: `bank/${name}`, source: readFileSync(file(name)) });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte(), compiledBank()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __APP_NAME__: JSON.stringify(pkg.productName) },
  build: { outDir: join(root, 'dist', 'renderer'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});

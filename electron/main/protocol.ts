// Serving the renderer from app://renderer/ instead of file://, confined to the renderer folder.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveInside } from '../node/resolve-inside.ts';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.ts';

/** Must run before `ready`: the scheme is standard and secure, so storage (IndexedDB) works on it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves files of `root` on the app scheme, each with the CSP header. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'renderer') return new Response('Not found', { status: 404 });
    const file = resolveInside(root, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

// Keeping a requested path inside the folder it is served from (the app:// protocol handler).
import { isAbsolute, relative, resolve } from 'node:path';

/** Resolves a URL path inside `root`, or undefined when it is malformed or would escape `root`. */
export function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const rel = relative(root, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : file;
}

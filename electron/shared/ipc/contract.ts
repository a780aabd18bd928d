// The one IPC contract: channel names, request and response types, and their parsers, imported by
// main, preload and renderer alike. Every response is a Result: handlers never throw across IPC.
import type { CompiledBank } from '../bank/types.ts';
import { validateArtifact } from '../bank/validate-artifact.ts';
import { err, ok, type Result } from '../result.ts';

/** Channel names. */
export const Channel = {
  loadBank: 'bank:load',
  appInfo: 'app:info',
  openReference: 'reference:open',
} as const;

/** Sites whose pages the app may open in the learner's browser (the questions' documentation references). */
export const REFERENCE_HOSTS: readonly string[] = ['docs.aws.amazon.com', 'aws.amazon.com', 'sagemaker.readthedocs.io'];

/** Why the bank could not be loaded: the file, and what is wrong with it. */
export interface BankLoadError {
  file: string;
  message: string;
}

/** Versions and paths worth showing in an About box or a bug report. */
export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  electron?: string;
  chrome?: string;
  node?: string;
  platform: string;
}

/** What the renderer may ask of its host: the whole surface, the same in Electron and in a browser. */
export interface HostApi {
  loadBank(): Promise<Result<CompiledBank, BankLoadError>>;
  appInfo(): Promise<Result<AppInfo>>;
  /** Opens a documentation reference in the learner's browser (only https pages of REFERENCE_HOSTS). */
  openReference(url: string): Promise<Result<void>>;
}

/** The name under which the preload exposes the host API on `window`. */
export const HOST_GLOBAL = 'mlaHost';

/** Requests carry no arguments today: anything else is refused. */
export function parseNoArgs(args: readonly unknown[]): Result<void> {
  return args.length === 0 ? ok(undefined) : err(`expected no arguments, got ${args.length}`);
}

/** Parses a reference URL as untrusted: https, on an allowed documentation site, nothing else. */
export function parseReferenceUrl(args: readonly unknown[]): Result<string> {
  if (args.length !== 1 || typeof args[0] !== 'string' || args[0].length > 2048) return err('expected one URL');
  let url: URL;
  try {
    url = new URL(args[0]);
  } catch {
    return err('not a URL');
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return err('only plain https URLs are opened');
  if (!REFERENCE_HOSTS.includes(url.hostname)) return err(`${url.hostname} is not a documentation site the app opens`);
  return ok(url.toString());
}

/** Parses a response that carries no value. */
export function parseVoidResponse(v: unknown): Result<void> {
  if (isObj(v) && v.ok === true) return ok(undefined);
  return err(isObj(v) && typeof v.error === 'string' ? v.error : 'malformed response from the host');
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the loadBank response as untrusted: a result holding a valid bank or a located error. */
export function parseLoadBankResponse(v: unknown): Result<CompiledBank, BankLoadError> {
  if (!isObj(v) || typeof v.ok !== 'boolean') return err({ file: '(IPC)', message: 'malformed response from the host' });
  if (!v.ok) {
    const e = isObj(v.error) ? v.error : {};
    return err({ file: String(e.file ?? '(unknown file)'), message: String(e.message ?? 'unknown error') });
  }
  const checked = validateArtifact(v.value);
  return checked.ok ? checked : err({ file: '(IPC)', message: checked.error });
}

/** Parses the appInfo response as untrusted. */
export function parseAppInfoResponse(v: unknown): Result<AppInfo> {
  if (!isObj(v) || v.ok !== true || !isObj(v.value)) return err('malformed app info from the host');
  const i = v.value;
  if (typeof i.name !== 'string' || typeof i.version !== 'string' || typeof i.platform !== 'string') return err('malformed app info from the host');
  return ok(i as unknown as AppInfo);
}

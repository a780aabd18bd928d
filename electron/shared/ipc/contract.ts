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
  saveTextFile: 'file:save-text',
  openTextFile: 'file:open-text',
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
  /**
   * Saves text to a file the learner chooses, `suggestedName` proposed (a plain file name ending in
   * `.json` or `.csv`, as `kind`). `saved` is false when the learner cancelled. In a browser the file is
   * handed to the browser's downloads, which cannot tell a cancel: `saved` is then always true.
   */
  saveTextFile(suggestedName: string, content: string, kind: TextFileKind): Promise<Result<{ saved: boolean }>>;
  /** Reads a UTF-8 text file the learner chooses (at most MAX_TEXT_FILE_BYTES); null when they cancelled. */
  openTextFile(kind: OpenFileKind): Promise<Result<OpenedTextFile | null>>;
}

/** Kinds of text file the app saves, and the kinds it opens. */
export const TEXT_FILE_KINDS = ['json', 'csv'] as const;
export type TextFileKind = (typeof TEXT_FILE_KINDS)[number];
export const OPEN_FILE_KINDS = ['json'] as const;
export type OpenFileKind = (typeof OPEN_FILE_KINDS)[number];

/** The most a text file saved or opened through the host may hold: 50 MiB of UTF-8. */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;
/** The longest suggested file name. */
export const MAX_FILE_NAME_LENGTH = 200;

/** A text file the learner opened: its name (no folder) and its text. */
export interface OpenedTextFile {
  name: string;
  text: string;
}

/** A save request, parsed. */
export interface SaveTextFileRequest {
  name: string;
  content: string;
  kind: TextFileKind;
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

/** The UTF-8 size of a string in bytes, without encoding it. */
export function utf8ByteLength(s: string): number {
  let bytes = s.length; // one byte per UTF-16 unit, plus what wider characters need
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Parses a file name to suggest as untrusted: a plain name (no folder: no slash or backslash, not . or ..), at
 * most MAX_FILE_NAME_LENGTH characters, none that Windows forbids in names (< > : " | ? *) and no
 * control characters, ending in `.kind`.
 */
export function parseFileName(v: unknown, kind: TextFileKind): Result<string> {
  if (typeof v !== 'string' || v.length === 0) return err('expected a file name');
  if (v.length > MAX_FILE_NAME_LENGTH) return err(`a file name may have at most ${MAX_FILE_NAME_LENGTH} characters`);
  if (/[/\\]/.test(v)) return err('expected a plain file name, not a path');
  if (/[\u0000-\u001f\u007f<>:"|?*]/.test(v)) return err('the file name has a character file systems do not allow');
  if (v === '.' || v === '..' || v.trim() !== v || v.endsWith('.')) return err('not a usable file name');
  if (!v.toLowerCase().endsWith(`.${kind}`) || v.length === kind.length + 1) return err(`expected a file name ending in .${kind}`);
  return ok(v);
}

/** Parses saveTextFile's arguments as untrusted: (name, content, kind). */
export function parseSaveTextFileArgs(args: readonly unknown[]): Result<SaveTextFileRequest> {
  if (args.length !== 3) return err(`expected a file name, its content and its kind, got ${args.length} arguments`);
  const [name, content, kind] = args;
  if (!TEXT_FILE_KINDS.includes(kind as TextFileKind)) return err(`expected a kind of file among ${TEXT_FILE_KINDS.join(', ')}`);
  const parsedName = parseFileName(name, kind as TextFileKind);
  if (!parsedName.ok) return parsedName;
  if (typeof content !== 'string') return err('expected the content as text');
  // Each UTF-16 unit is at most 3 bytes of UTF-8: count exactly only near the limit.
  if (content.length * 3 > MAX_TEXT_FILE_BYTES && utf8ByteLength(content) > MAX_TEXT_FILE_BYTES)
    return err(`the file would be too large (more than ${mib(MAX_TEXT_FILE_BYTES)})`);
  return ok({ name: parsedName.value, content, kind: kind as TextFileKind });
}

/** Parses openTextFile's arguments as untrusted: (kind). */
export function parseOpenTextFileArgs(args: readonly unknown[]): Result<OpenFileKind> {
  if (args.length !== 1 || !OPEN_FILE_KINDS.includes(args[0] as OpenFileKind))
    return err(`expected one kind of file among ${OPEN_FILE_KINDS.join(', ')}`);
  return ok(args[0] as OpenFileKind);
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

const failed = (v: unknown, what: string): Result<never> =>
  err(isObj(v) && v.ok === false && typeof v.error === 'string' ? v.error : `malformed ${what} from the host`);

/** Parses the saveTextFile response as untrusted. */
export function parseSaveTextFileResponse(v: unknown): Result<{ saved: boolean }> {
  if (isObj(v) && v.ok === true && isObj(v.value) && typeof v.value.saved === 'boolean') return ok({ saved: v.value.saved });
  return failed(v, 'save response');
}

/** Parses the openTextFile response as untrusted: null (cancelled), or a name and text within the limits. */
export function parseOpenTextFileResponse(v: unknown): Result<OpenedTextFile | null> {
  if (!isObj(v) || v.ok !== true) return failed(v, 'open response');
  if (v.value === null) return ok(null);
  const f = v.value;
  if (!isObj(f) || typeof f.name !== 'string' || typeof f.text !== 'string' || f.name.length > 1024 || f.text.length > MAX_TEXT_FILE_BYTES)
    return err('malformed open response from the host');
  return ok({ name: f.name, text: f.text });
}

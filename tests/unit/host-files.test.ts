// Saving and opening text files through the host: the IPC parsers (untrusted arguments and responses)
// and the main process's file access (atomic writes, size-limited reads).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFileLimited, writeTextFileAtomic } from '../../electron/node/text-file.ts';
import {
  MAX_TEXT_FILE_BYTES,
  parseFileName,
  parseOpenTextFileArgs,
  parseOpenTextFileResponse,
  parseSaveTextFileArgs,
  parseSaveTextFileResponse,
  utf8ByteLength,
} from '../../electron/shared/ipc/contract.ts';

describe('file IPC parsers', () => {
  it('accept a plain file name ending in the kind, and nothing else', () => {
    for (const name of ['mla-c01-history-2025-06-01.json', 'My history (1).JSON', 'résumé é.json', `${'a'.repeat(195)}.json`])
      expect(parseFileName(name, 'json'), name).toEqual({ ok: true, value: name });
    expect(parseFileName('answers.csv', 'csv').ok).toBe(true);
    const refused: [unknown, string][] = [
      ['../history.json', 'path'],
      ['..\\history.json', 'path'],
      ['/etc/history.json', 'path'],
      ['C:\\Users\\x\\history.json', 'path'],
      ['sub/dir.json', 'path'],
      ['C:history.json', 'character'],
      ['a\u0000.json', 'character'],
      ['a\nb.json', 'character'],
      ['a*.json', 'character'],
      ['a?.json', 'character'],
      ['<a>.json', 'character'],
      ['a|b.json', 'character'],
      ['"a".json', 'character'],
      [`${'a'.repeat(196)}.json`, 'at most 200'],
      ['', 'expected a file name'],
      [42, 'expected a file name'],
      [null, 'expected a file name'],
      ['.', 'usable'],
      ['..', 'usable'],
      [' history.json', 'usable'],
      ['history.json ', 'usable'],
      ['history.json.', 'usable'],
      ['history.csv', 'ending in .json'],
      ['history.exe', 'ending in .json'],
      ['.json', 'ending in .json'],
      ['history', 'ending in .json'],
    ];
    for (const [name, message] of refused) {
      const result = parseFileName(name, 'json');
      expect(result.ok, String(name)).toBe(false);
      expect(result.ok ? '' : result.error, String(name)).toContain(message);
    }
  });

  it('parse saveTextFile arguments: name, content within 50 MiB, kind from the allowed set', () => {
    expect(parseSaveTextFileArgs(['h.json', '{}', 'json'])).toEqual({ ok: true, value: { name: 'h.json', content: '{}', kind: 'json' } });
    expect(parseSaveTextFileArgs(['a.csv', 'a,b\r\n', 'csv']).ok).toBe(true);
    expect(parseSaveTextFileArgs(['h.json', '', 'json']).ok).toBe(true);
    expect(parseSaveTextFileArgs(['h.exe', '{}', 'exe'])).toEqual({ ok: false, error: 'expected a kind of file among json, csv' });
    expect(parseSaveTextFileArgs(['h.json', '{}', 'JSON']).ok).toBe(false);
    expect(parseSaveTextFileArgs(['h.json', '{}', undefined]).ok).toBe(false);
    expect(parseSaveTextFileArgs(['h.json', '{}', 'csv']).ok).toBe(false);
    expect(parseSaveTextFileArgs(['h.json', { toString: () => '{}' }, 'json'])).toEqual({ ok: false, error: 'expected the content as text' });
    expect(parseSaveTextFileArgs(['h.json', '{}'])).toMatchObject({ ok: false, error: expect.stringContaining('got 2 arguments') });
    expect(parseSaveTextFileArgs(['h.json', '{}', 'json', 'extra']).ok).toBe(false);
    expect(parseSaveTextFileArgs(['../h.json', '{}', 'json']).ok).toBe(false);
    // The limit is in UTF-8 bytes: 50 MiB of ASCII passes, one byte more or 50 MiB of two-byte characters does not.
    expect(parseSaveTextFileArgs(['h.json', 'a'.repeat(MAX_TEXT_FILE_BYTES), 'json']).ok).toBe(true);
    expect(parseSaveTextFileArgs(['h.json', 'a'.repeat(MAX_TEXT_FILE_BYTES + 1), 'json'])).toMatchObject({
      ok: false,
      error: expect.stringContaining('too large'),
    });
    expect(parseSaveTextFileArgs(['h.json', 'é'.repeat(MAX_TEXT_FILE_BYTES / 2 + 1), 'json']).ok).toBe(false);
  });

  it('count UTF-8 bytes as the encoder does', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€\u0000', '\ud800', '\udc00x', 'x\ud83d'])
      expect(utf8ByteLength(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).length);
  });

  it('parse openTextFile arguments: only json', () => {
    expect(parseOpenTextFileArgs(['json'])).toEqual({ ok: true, value: 'json' });
    for (const args of [['csv'], ['exe'], [], ['json', 'json'], [{}]]) expect(parseOpenTextFileArgs(args).ok, JSON.stringify(args)).toBe(false);
  });

  it('parse the responses as untrusted', () => {
    expect(parseSaveTextFileResponse({ ok: true, value: { saved: true } })).toEqual({ ok: true, value: { saved: true } });
    expect(parseSaveTextFileResponse({ ok: true, value: { saved: false } })).toEqual({ ok: true, value: { saved: false } });
    expect(parseSaveTextFileResponse({ ok: false, error: 'cannot save h.json (EACCES)' })).toEqual({
      ok: false,
      error: 'cannot save h.json (EACCES)',
    });
    expect(parseSaveTextFileResponse({ ok: true, value: { saved: 'yes' } }).ok).toBe(false);
    expect(parseSaveTextFileResponse('nonsense')).toEqual({ ok: false, error: 'malformed save response from the host' });
    expect(parseOpenTextFileResponse({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(parseOpenTextFileResponse({ ok: true, value: { name: 'h.json', text: '{}', extra: 1 } })).toEqual({
      ok: true,
      value: { name: 'h.json', text: '{}' },
    });
    expect(parseOpenTextFileResponse({ ok: false, error: 'h.json is too large' })).toEqual({ ok: false, error: 'h.json is too large' });
    expect(parseOpenTextFileResponse({ ok: true, value: { name: 'h.json' } }).ok).toBe(false);
    expect(parseOpenTextFileResponse({ ok: true, value: { name: 'h.json', text: 'x'.repeat(MAX_TEXT_FILE_BYTES + 1) } }).ok).toBe(false);
    expect(parseOpenTextFileResponse({ ok: true }).ok).toBe(false);
    expect(parseOpenTextFileResponse(undefined).ok).toBe(false);
  });
});

describe('text files on disk (main process)', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'text-file-'));

  it('writes whole files, replacing an older one, and leaves no temporary file', async () => {
    const d = dir();
    const file = join(d, 'h.json');
    writeFileSync(file, 'old');
    expect(await writeTextFileAtomic(file, '{"é":"😀"}')).toEqual({ ok: true, value: undefined });
    expect(readFileSync(file, 'utf8')).toBe('{"é":"😀"}');
    expect(readdirSync(d)).toEqual(['h.json']);
  });

  it('says why a file cannot be written, and leaves nothing behind', async () => {
    const d = dir();
    const result = await writeTextFileAtomic(join(d, 'missing-folder', 'h.json'), '{}');
    expect(result).toEqual({ ok: false, error: 'cannot save h.json (ENOENT)' });
    expect(readdirSync(d)).toEqual([]);
  });

  it('reads UTF-8 text up to the limit, and refuses larger files, folders, missing files and other encodings', async () => {
    const d = dir();
    const file = join(d, 'h.json');
    writeFileSync(file, '{"é":"😀"}');
    expect(await readTextFileLimited(file, 1024)).toEqual({ ok: true, value: '{"é":"😀"}' });
    expect(await readTextFileLimited(file, 13)).toEqual({ ok: true, value: '{"é":"😀"}' }); // exactly 13 bytes
    expect(await readTextFileLimited(file, 12)).toEqual({ ok: false, error: 'h.json is too large (0.0 MiB; at most 0.0 MiB can be opened)' });
    writeFileSync(join(d, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(await readTextFileLimited(join(d, 'latin1.json'), 1024)).toEqual({ ok: false, error: 'latin1.json is not UTF-8 text' });
    expect(await readTextFileLimited(join(d, 'nope.json'), 1024)).toEqual({ ok: false, error: 'cannot open nope.json (ENOENT)' });
    expect((await readTextFileLimited(d, 1024)).ok).toBe(false);
    writeFileSync(join(d, 'empty.json'), '');
    expect(await readTextFileLimited(join(d, 'empty.json'), 1024)).toEqual({ ok: true, value: '' });
  });
});

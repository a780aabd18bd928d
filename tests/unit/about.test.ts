import { describe, expect, it } from 'vitest';
import { aboutText, SHORT_HASH_LENGTH } from '../../electron/node/about.ts';
import { loadBankFile } from '../../electron/node/load-bank.ts';
import { err, ok } from '../../electron/shared/result.ts';

const HASH = '2b726a43a172fc8f9192d796971ece27c62739f5e7a826626a16acdf324ef6e4';
const info = { id: 'mla-c01-bank', title: 'MLA-C01 question bank', version: '0.1.0', hash: HASH };
const versions = { electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0' };

describe('aboutText (Help → About)', () => {
  it('names the app and lists app, bank and runtime versions, one per line', () => {
    expect(aboutText({ appName: 'MLA-C01 Exam Simulator', appVersion: '0.1.0', bank: ok(info), versions })).toEqual({
      message: 'MLA-C01 Exam Simulator 0.1.0',
      detail: ['Version: 0.1.0', 'Question bank: 0.1.0 (hash 2b726a43a172)', 'Electron: 45.4.1', 'Chromium: 142.0.7444.59', 'Node: 22.20.0'].join(
        '\n',
      ),
    });
  });

  it('shortens the content hash to a prefix of it', () => {
    const { detail } = aboutText({ appName: 'A', appVersion: '1.0.0', bank: ok(info), versions });
    const shown = /hash ([0-9a-f]+)\)/.exec(detail)?.[1];
    expect(shown).toHaveLength(SHORT_HASH_LENGTH);
    expect(HASH.startsWith(shown!)).toBe(true);
    expect(detail).not.toContain(HASH);
  });

  it('still reports the versions when the bank cannot be read, and says why', () => {
    const { detail } = aboutText({
      appName: 'A',
      appVersion: '1.0.0',
      bank: err({ file: '/x/bank.json', message: 'the question bank file is missing' }),
      versions,
    });
    expect(detail).toContain('Question bank: not available (the question bank file is missing)');
    expect(detail).toContain('Electron: 45.4.1');
  });

  it('says "unknown" for a runtime version it was not given (e.g. outside Electron)', () => {
    const { detail } = aboutText({ appName: 'A', appVersion: '1.0.0', bank: ok(info), versions: { node: '20.20.2' } });
    expect(detail).toContain('Electron: unknown');
    expect(detail).toContain('Chromium: unknown');
    expect(detail).toContain('Node: 20.20.2');
  });

  it('reads what the main process passes it: the bank info of a loaded artifact', async () => {
    const loaded = await loadBankFile('/nonexistent/mla-c01-bank.json');
    const { detail } = aboutText({ appName: 'A', appVersion: '1.0.0', bank: loaded.ok ? ok(loaded.value.bank) : loaded, versions });
    expect(detail).toMatch(/Question bank: not available \(the question bank file is missing/);
  });
});

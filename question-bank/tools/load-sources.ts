// Gathers the bank's sources from disk (the only part of the bank tools that touches the file system).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BankSources } from './compile.ts';
import type { SourceFile } from './yaml-source.ts';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where the user's notes live: beside the project, unless NOTES_DIR says otherwise. */
export const NOTES_DIR = process.env.NOTES_DIR ?? resolve(ROOT, '../shared/notes');

const read = (abs: string): SourceFile => ({ path: relative(process.cwd(), abs) || abs, text: readFileSync(abs, 'utf8') });

/** Reads every source of the bank in `bankDir`, and the notes when they exist. */
export function loadSources(bankDir = join(ROOT, 'question-bank'), notesDir = NOTES_DIR): BankSources {
  const qdir = join(bankDir, 'questions');
  const questionFiles = readdirSync(qdir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => read(join(qdir, f)));
  const retired = join(bankDir, 'retired.yaml');
  const notes = existsSync(notesDir)
    ? readdirSync(notesDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => read(join(notesDir, f)))
    : undefined;
  const profilesDir = join(bankDir, 'profiles');
  const otherProfiles = readdirSync(profilesDir)
    .filter((f) => f.endsWith('.yaml') && f !== 'mla-c01.yaml')
    .sort()
    .map((f) => read(join(profilesDir, f)));
  return {
    manifest: read(join(bankDir, 'bank.yaml')),
    profile: read(join(profilesDir, 'mla-c01.yaml')),
    otherProfiles,
    outline: read(join(bankDir, 'notes-outline.yaml')),
    services: read(join(bankDir, 'aws-services.yaml')),
    ...(existsSync(retired) ? { retired: read(retired) } : {}),
    questionFiles,
    ...(notes ? { notes } : {}),
  };
}

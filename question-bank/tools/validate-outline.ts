// Our outline of the user's notes: its schema, and its agreement with the notes themselves.
import type { NotesSection } from '../../electron/shared/bank/types.ts';
import { isRecord, isText, type SourceFile, type YamlSource } from './yaml-source.ts';

/** One of the user's open questions ("???" lines) and the questions that settle it. */
export interface OpenQuestion {
  section: string;
  line: string;
  ask: string;
  answeredBy: string[];
  path: (string | number)[];
}

/** The outline as read, with the open questions kept for the cross-checks. */
export interface Outline {
  sections: NotesSection[];
  open: OpenQuestion[];
  files: string[];
  paths: Map<string, (string | number)[]>;
}

/** Reads notes-outline.yaml, reporting every schema mistake. */
export function readOutline(src: YamlSource): Outline {
  const out: Outline = { sections: [], open: [], files: [], paths: new Map() };
  const data = src.data;
  if (!isRecord(data) || !Array.isArray(data.sections) || !isRecord(data.notesFiles)) {
    if (data !== undefined) src.error([], '-', 'sections', 'the outline needs `notesFiles` (a mapping) and `sections` (a list)');
    return out;
  }
  out.files = Object.keys(data.notesFiles);
  data.sections.forEach((s, i) => {
    const path = ['sections', i];
    const id = isRecord(s) && typeof s.id === 'string' ? s.id : '<no id>';
    if (!isRecord(s)) return src.error(path, id, '-', 'a section is a mapping');
    for (const k of Object.keys(s)) {
      if (!['id', 'file', 'heading', 'item', 'title', 'topic', 'open'].includes(k)) src.error([...path, k], id, k, 'unknown field');
    }
    if (!/^n\d{3}\.[a-z0-9-]+$/.test(id)) src.error([...path, 'id'], id, 'id', 'section ids look like "n002.data-formats"');
    if (out.paths.has(id)) src.error([...path, 'id'], id, 'id', 'duplicate section id');
    if (typeof s.file !== 'string' || !out.files.includes(s.file)) src.error([...path, 'file'], id, 'file', `not one of notesFiles`);
    if (!Array.isArray(s.heading) || s.heading.length === 0 || !s.heading.every(isText))
      src.error([...path, 'heading'], id, 'heading', 'must be a non-empty list of heading texts');
    if (s.item !== undefined && !isText(s.item)) src.error([...path, 'item'], id, 'item', 'must be text');
    if (!isText(s.title)) src.error([...path, 'title'], id, 'title', 'missing title');
    if (s.topic !== undefined && typeof s.topic !== 'boolean') src.error([...path, 'topic'], id, 'topic', 'must be true or false');
    out.paths.set(id, path);
    out.sections.push({
      id,
      file: String(s.file),
      heading: Array.isArray(s.heading) ? s.heading.map(String) : [],
      ...(isText(s.item) ? { item: s.item } : {}),
      title: String(s.title ?? ''),
      topic: s.topic !== false,
    });
    const open = s.open ?? [];
    if (!Array.isArray(open)) return src.error([...path, 'open'], id, 'open', 'must be a list');
    open.forEach((o, j) => {
      const at = [...path, 'open', j];
      if (!isRecord(o) || !isText(o.line) || !isText(o.ask) || !Array.isArray(o.answeredBy))
        return src.error(at, id, 'open', 'an open question has line, ask and answeredBy (a list of question ids)');
      out.open.push({ section: id, line: o.line, ask: o.ask, answeredBy: o.answeredBy.map(String), path: at });
    });
  });
  return out;
}

/** A heading of a notes file, with the text of the list lines under it (up to the next heading). */
interface NotesHeading {
  path: string[];
  line: number;
  items: string[];
}

const unlink = (s: string): string => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();

/** The headings of a notes file as heading paths (markdown links removed, trailing space trimmed). */
export function notesHeadings(text: string): NotesHeading[] {
  const out: NotesHeading[] = [];
  const stack: { level: number; text: string }[] = [];
  let inFrontMatter = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (i === 0 && line === '---') return (inFrontMatter = true), undefined;
    if (inFrontMatter) return line === '---' ? ((inFrontMatter = false), undefined) : undefined;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const level = h[1]!.length;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, text: unlink(h[2]!) });
      out.push({ path: stack.map((s) => s.text), line: i + 1, items: [] });
      return;
    }
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item && out.length) out[out.length - 1]!.items.push(unlink(item[1]!));
  });
  return out;
}

/** The user's open questions: lines that end in "???", trimmed, with list markers removed. */
export function openQuestionLines(text: string): { line: number; text: string }[] {
  return text.split('\n').flatMap((raw, i) => {
    const t = raw.trim();
    if (!t.endsWith('???')) return [];
    return [{ line: i + 1, text: unlink(t.replace(/^(?:#{1,6}|[-*]|\d+\.)\s+/, '')) }];
  });
}

/** Checks the outline against the notes: headings both ways, list items, and every "???" line. */
export function checkOutlineAgainstNotes(src: YamlSource, outline: Outline, notes: SourceFile[]): void {
  const byName = new Map(notes.map((n) => [n.path.split('/').pop()!, n]));
  const key = (path: string[]) => path.join(' > ');
  for (const name of outline.files) {
    const file = byName.get(name);
    if (!file) {
      src.error(['notesFiles', name], '-', 'notesFiles', `notes file "${name}" not found beside the project`);
      continue;
    }
    const headings = notesHeadings(file.text);
    const found = new Map(headings.map((h) => [key(h.path), h]));
    const sections = outline.sections.filter((s) => s.file === name);
    for (const s of sections) {
      const at = outline.paths.get(s.id) ?? [];
      const h = found.get(key(s.heading));
      if (!h) src.error([...at, 'heading'], s.id, 'heading', `"${key(s.heading)}" is not a heading of ${name}`);
      else if (s.item && !h.items.some((t) => t.startsWith(s.item!)))
        src.error([...at, 'item'], s.id, 'item', `no list item starting "${s.item}" under "${key(s.heading)}" in ${name}`);
    }
    const covered = new Set(sections.filter((s) => !s.item).map((s) => key(s.heading)));
    for (const h of headings) {
      if (!covered.has(key(h.path)))
        src.error(['sections'], '-', 'sections', `${name}:${h.line}: heading "${key(h.path)}" has no section in the outline`);
    }
    const listed = new Set(outline.open.map((o) => o.line));
    for (const q of openQuestionLines(file.text)) {
      if (!listed.has(q.text)) src.error(['sections'], '-', 'open', `${name}:${q.line}: open question "${q.text}" is not in the outline`);
    }
    const inNotes = new Set(openQuestionLines(file.text).map((q) => q.text));
    for (const o of outline.open) {
      const section = outline.sections.find((s) => s.id === o.section);
      if (section?.file === name && o.line.endsWith('???') && !inNotes.has(o.line))
        src.error([...o.path, 'line'], o.section, 'open', `"${o.line}" is no longer a line of ${name}`);
    }
  }
}

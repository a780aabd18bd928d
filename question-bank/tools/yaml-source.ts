// Parsing YAML sources while keeping the line of every node, so errors can point at file:line.
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** One problem in the bank's sources, located as precisely as the sources allow. */
export interface BankError {
  file: string;
  line: number;
  /** The question, case study or section id; `-` when the problem is not inside one. */
  id: string;
  field: string;
  message: string;
}

/** `file:line: id: field: message`, the form every bank tool prints. */
export const formatError = (e: BankError): string => `${e.file}:${e.line}: ${e.id}: ${e.field}: ${e.message}`;

/** A source file's path (as shown in messages) and text. */
export interface SourceFile {
  path: string;
  text: string;
}

type Path = (string | number)[];

/** A parsed YAML file that can say on which line any value of it stands. */
export class YamlSource {
  readonly data: unknown;
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly file: SourceFile,
    private readonly errors: BankError[],
  ) {
    this.doc = parseDocument(file.text, { lineCounter: this.lines, uniqueKeys: true });
    for (const e of this.doc.errors) {
      const line = e.linePos?.[0]?.line ?? 1;
      errors.push({ file: file.path, line, id: '-', field: '-', message: `YAML syntax: ${e.message.split('\n')[0]}` });
    }
    this.data = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  /** The line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: Path): number {
    for (let p = [...path]; ; p = p.slice(0, -1)) {
      const node = p.length ? (this.doc.getIn(p, true) as Node | undefined) : (this.doc.contents as Node | null);
      const offset = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
      if (offset !== undefined) return this.lines.linePos(offset).line;
      if (!p.length) return 1;
    }
  }

  /** Records an error at the value at `path`. */
  error(path: Path, id: string, field: string, message: string): void {
    this.errors.push({ file: this.file.path, line: this.lineOf(path), id, field, message });
  }

  /** Whether the node at `path` is a mapping or a sequence (for shape checks before reading). */
  isCollection(path: Path): boolean {
    const node = this.doc.getIn(path, true);
    return isMap(node) || isSeq(node);
  }
}

/** A plain object, as YAML mappings become. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string with something in it besides white space. */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

// The outline is our copy of the notes' structure: it must still match the notes where they exist.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTES_DIR } from '../../question-bank/tools/load-sources.ts';
import { checkOutlineAgainstNotes, notesHeadings, openQuestionLines, readOutline } from '../../question-bank/tools/validate-outline.ts';
import { YamlSource, formatError, type BankError } from '../../question-bank/tools/yaml-source.ts';

const outlineFile = {
  path: 'question-bank/notes-outline.yaml',
  text: readFileSync(join(import.meta.dirname, '../../question-bank/notes-outline.yaml'), 'utf8'),
};
const check = (notes: { path: string; text: string }[]) => {
  const errors: BankError[] = [];
  const src = new YamlSource(outlineFile, errors);
  checkOutlineAgainstNotes(src, readOutline(src), notes);
  return errors.map(formatError);
};

describe('notes outline', () => {
  it.skipIf(!existsSync(NOTES_DIR))('still matches the headings, items and open questions of ../shared/notes', () => {
    const notes = readdirSync(NOTES_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ path: f, text: readFileSync(join(NOTES_DIR, f), 'utf8') }));
    expect(check(notes)).toEqual([]);
  });

  it('reports a heading the outline does not know, and an outline heading the notes lost', () => {
    const notes = [
      { path: '000_e31450c2f89b8ee9.txt', text: '# AWS Certified Machine Learning Specialty 2025\n## Data Engineering\n## Brand new topic\n' },
      { path: '002_ef4f1aaf856edd79.txt', text: '## Data Formats\n1. Why columnar ???\n' },
    ];
    const errors = check(notes);
    expect(errors).toContain(
      'question-bank/notes-outline.yaml:19: -: sections: 000_e31450c2f89b8ee9.txt:3: heading "AWS Certified Machine Learning Specialty 2025 > Brand new topic" has no section in the outline',
    );
    expect(
      errors.some((e) =>
        e.includes(
          'n000.general-knowledge: heading: "AWS Certified Machine Learning Specialty 2025 > Data Engineering > General knowledge" is not a heading',
        ),
      ),
    ).toBe(true);
    expect(errors.some((e) => e.includes('open question "Why columnar ???" is not in the outline'))).toBe(true);
  });

  it('reads heading paths with links removed and front matter skipped', () => {
    const text = '---\ntitle: x\n## not a heading in front matter\n---\n# Top\n## [Linked](https://example.com) \n- item one\n### Deep\n';
    expect(notesHeadings(text).map((h) => h.path)).toEqual([['Top'], ['Top', 'Linked'], ['Top', 'Linked', 'Deep']]);
    expect(notesHeadings(text)[1]!.items).toEqual(['item one']);
    expect(openQuestionLines('1. What ???\n## Heading ???\nnot this ??\n')).toEqual([
      { line: 1, text: 'What ???' },
      { line: 2, text: 'Heading ???' },
    ]);
  });
});

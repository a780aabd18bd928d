import { describe, expect, it } from 'vitest';
import { compileBank } from '../../question-bank/tools/compile.ts';
import { errorsOf, everyType, single, sources } from './bank-fixtures.ts';

const file = 'question-bank/questions/test.yaml';
const withQuestions = (yaml: string) => ({ [file]: `questions:\n${yaml}` });

describe('bank:check', () => {
  it('accepts a bank with every question type', () => {
    const c = compileBank(sources({ [file]: everyType }));
    expect(c.errors).toEqual([]);
    expect(c.bank?.questions.map((q) => q.type).sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'single', 'single', 'single']);
  });

  it('reports a missing key with file, line, id and field', () => {
    const yaml = single('t11-002').replace(', correct: true', '');
    expect(errorsOf(withQuestions(yaml))).toEqual([`${file}:11: t11-002: options: no option is marked correct (missing key)`]);
  });

  it('reports two keys in a single-answer question', () => {
    const yaml = single('t11-002').replace('text: CSV,', 'text: CSV, correct: true,');
    expect(errorsOf(withQuestions(yaml))).toEqual([`${file}:11: t11-002: options: 2 options are marked correct; exactly 1 must be`]);
  });

  it('reports a matching prompt whose answer is not a response, and one without a response', () => {
    const yaml = everyType.replace('answer: r2', 'answer: r9').replace(', answer: r3', '');
    const errors = errorsOf({ [file]: yaml });
    expect(errors).toContain(`${file}:101: t33-001: prompts: prompt "p2" answers "r9", which is not a response`);
    expect(errors).toContain(`${file}:102: t33-001: prompts: prompt "p3" has no response (answer)`);
  });

  it('reports duplicate ids, naming where the first one is', () => {
    const errors = errorsOf(withQuestions(single('t11-002') + single('t11-002')));
    expect(errors).toEqual([`${file}:17: t11-002: id: duplicate id (also ${file}:2)`]);
  });

  it('reports duplicate ids across files', () => {
    const errors = errorsOf({ 'a.yaml': `questions:\n${single('t11-002')}`, 'b.yaml': `questions:\n${single('t11-002')}` });
    expect(errors).toEqual(['b.yaml:2: t11-002: id: duplicate id (also a.yaml:2)']);
  });

  it('reports "choose 2" with 3 keys', () => {
    const yaml = everyType.replace('text: Shard splitting,', 'text: Shard splitting, correct: true,');
    expect(errorsOf({ [file]: yaml })).toEqual([`${file}:69: t12-001: choose: "choose 2" but 3 options are marked correct`]);
  });

  it('reports an unknown task statement', () => {
    expect(errorsOf(withQuestions(single('t11-002', '5.1')))).toEqual([
      `${file}:5: t11-002: task: unknown task statement "5.1" (the profile has 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3, 4.1, 4.2, 4.3)`,
    ]);
  });

  it('reports a notes section that does not exist', () => {
    const yaml = single('t11-002').replace('[n002.data-formats]', '[n002.data-formats, n002.nope]');
    expect(errorsOf(withQuestions(yaml))).toEqual([`${file}:7: t11-002: notes: "n002.nope" is not a section of notes-outline.yaml`]);
  });

  it('reports a service name that is not in the list', () => {
    const yaml = single('t11-002').replace('[Amazon Athena]', '[Amazon DataPipe]');
    expect(errorsOf(withQuestions(yaml))).toEqual([`${file}:8: t11-002: services: "Amazon DataPipe" is not in aws-services.yaml`]);
  });

  it('reports an option without its explanation', () => {
    const yaml = single('t11-002').replace('text: CSV, why: Row based.', 'text: CSV');
    expect(errorsOf(withQuestions(yaml))).toEqual([`${file}:12: t11-002: options: entry "b" has no explanation (why)`]);
  });

  it('reports wrong option counts, difficulty, rev, references and unknown fields together', () => {
    const yaml = single('t11-002')
      .replace('rev: 1', 'rev: 0')
      .replace('difficulty: 2', 'difficulty: 5\n    colour: blue')
      .replace('https://docs', 'http://docs')
      .replace(/      - \{ id: d.*\n/, '');
    expect(errorsOf(withQuestions(yaml))).toEqual([
      `${file}:3: t11-002: rev: must be a whole number from 1`,
      `${file}:7: t11-002: colour: unknown field for a single question`,
      `${file}:6: t11-002: difficulty: must be 1, 2 or 3`,
      `${file}:16: t11-002: references: "http://docs.aws.amazon.com/athena/latest/ug/columnar-storage.html" is not an https:// URL`,
      `${file}:12: t11-002: options: a single-answer question has exactly 4 options, not 3`,
    ]);
  });

  it('reports ordering and matching size limits', () => {
    const yaml = everyType.replace(/      - \{ id: c, text: Evaluate.*\n/, '').replace(/      - \{ id: p3.*\n/, '');
    const errors = errorsOf({ [file]: yaml });
    expect(errors).toContain(`${file}:87: t22-001: items: an ordering question has 3 to 5 items, not 2`);
    expect(errors).toContain(`${file}:99: t33-001: prompts: a matching question has 3 to 7 prompts, not 2`);
  });

  it('reports a case study with too few questions and a question pointing to a missing one', () => {
    const yaml = `caseStudies:\n  - { id: cs-lonely, title: Lonely, scenario: Only one question. }\n${everyType}`.replace(
      '    stem: Put the steps in order.',
      '    caseStudy: cs-lonely\n    stem: Put the steps in order.',
    );
    const missing = single('t11-009').replace('    stem:', '    caseStudy: cs-nowhere\n    stem:');
    const errors = errorsOf({ [file]: yaml, 'other.yaml': `questions:\n${missing}` });
    expect(errors).toEqual([
      'other.yaml:9: t11-009: caseStudy: no case study "cs-nowhere"',
      `${file}:2: cs-lonely: questions: a case study needs 2 to 4 questions; 1 point to it`,
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const errors = errorsOf({ [file]: 'questions:\n  - id: t11-001\n    stem: "unterminated\n' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${file}:\\d+: -: -: YAML syntax: `));
  });

  it('refuses a retired id', () => {
    const retired = { path: 'question-bank/retired.yaml', text: 'retired:\n  - { id: t11-002, reason: wrong after a service change }\n' };
    expect(errorsOf(withQuestions(single('t11-002')), { retired })).toEqual([
      `${file}:2: t11-002: id: this id belongs to a retired question and is never reused`,
    ]);
  });

  it('reports every error, not only the first', () => {
    const yaml = single('t11-002', '9.9') + single('t11-003').replace(', correct: true', '');
    expect(errorsOf(withQuestions(yaml))).toHaveLength(2);
  });
});

describe('exam profiles are data', () => {
  it('compiles every profile file beside the bank’s own, so another exam needs no code change', () => {
    const mla = sources({}).profile.text;
    const other = {
      path: 'question-bank/profiles/mla-c02-beta.yaml',
      text: mla
        .replace('id: mla-c01', 'id: mla-c02-beta')
        .replace('code: MLA-C01', 'code: MLA-C02')
        .replace('total: 65, scored: 50, unscored: 15', 'total: 85, scored: 65, unscored: 20')
        .replace('minutes: 130', 'minutes: 170'),
    };
    const c = compileBank(sources({ [file]: everyType }, { otherProfiles: [other] }));
    expect(c.errors).toEqual([]);
    expect(c.bank?.profiles.map((p) => [p.id, p.questions.total, p.minutes])).toEqual([
      ['mla-c01', 65, 130],
      ['mla-c02-beta', 85, 170],
    ]);
  });

  it('reports a profile whose domain weights do not add up to 100', () => {
    const broken = { path: 'question-bank/profiles/bad.yaml', text: sources({}).profile.text.replace('weight: 28', 'weight: 38') };
    expect(errorsOf({ [file]: everyType }, { otherProfiles: [broken] })).toEqual([
      'question-bank/profiles/bad.yaml:16: mla-c01: domains: weights add up to 110, not 100',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { compileBank } from '../../question-bank/tools/compile.ts';
import { lintBank } from '../../question-bank/tools/lint.ts';
import { formatError } from '../../question-bank/tools/yaml-source.ts';
import { everyType, single, sources } from './bank-fixtures.ts';

const lint = (yaml: string) => {
  const c = compileBank(sources({ 'q.yaml': yaml }));
  expect(c.errors.map(formatError)).toEqual([]);
  return lintBank(c);
};
const messages = (yaml: string) => lint(yaml).errors.map((e) => `${e.id}: ${e.message}`);

/** Four single-answer questions whose key is never the longest option. */
const balanced = everyType;

describe('bank:lint', () => {
  it('passes a well-written bank and reports the key positions', () => {
    const r = lint(balanced);
    expect(r.errors).toEqual([]);
    expect(r.keyPositions).toEqual({ '1': 5, '2': 1 });
  });

  it('fails when the key is the longest option in more than 29% of single-answer questions', () => {
    const yaml = balanced.replaceAll('text: Apache Parquet, correct: true', 'text: Apache Parquet with partition projection, correct: true');
    const r = lint(yaml);
    expect(r.keyLongestShare).toBe(1);
    expect(r.errors[0]!.message).toMatch(/^the key is the longest option in 100.0% of single-answer questions/);
  });

  it('fails on "all of the above" and "none of the above"', () => {
    expect(messages(balanced.replace('text: CSV,', 'text: All of the above,'))).toContain('t11-001: "All of the above" is not allowed');
    expect(messages(balanced.replace('text: CSV,', 'text: none of the above,'))).toContain('t11-001: "none of the above" is not allowed');
  });

  it('fails on a negative word in the question that is not in capitals', () => {
    const yaml = balanced.replace(
      'Which format lets Amazon Athena read only the columns a query needs?',
      'Which format does not let Amazon Athena skip columns?',
    );
    expect(messages(yaml)).toContain('t11-001: negative word "not" in the question must be in capitals (NOT)');
    const ok = balanced.replace(
      'Which format lets Amazon Athena read only the columns a query needs?',
      'The data is not sorted. Which format will NOT let Amazon Athena skip columns?',
    );
    expect(messages(ok)).toEqual([]);
  });

  it('fails when "Choose N" disagrees with the keys', () => {
    expect(messages(balanced.replace('(Choose TWO.)', '(Choose THREE.)'))).toContain('t12-001: the stem must say "(Choose TWO.)" to match choose: 2');
    expect(messages(balanced.replace('(Choose TWO.)', ''))).toContain('t12-001: the stem must say "(Choose TWO.)" to match choose: 2');
  });

  it('fails on near-duplicate stems', () => {
    const yaml = `questions:\n${single('t11-008')}${single('t11-009').replace(/variant t11-009/, 'variant t11-008')}`;
    expect(messages(yaml).some((m) => m.startsWith('t11-009: near duplicate of t11-008'))).toBe(true);
  });

  it('fails on service names that do not exist, and on former names in what the learner reads', () => {
    expect(messages(balanced.replace('text: CSV,', 'text: Amazon DataPipe Studio,'))).toContain(
      't11-001: "Amazon DataPipe Studio" is not a known AWS service or term (aws-services.yaml)',
    );
    expect(messages(balanced.replace('text: CSV,', 'text: Amazon Kinesis Data Firehose,'))).toContain(
      't11-001: "Amazon Kinesis Data Firehose" is a former name: use "Amazon Data Firehose"',
    );
    // A former name may be explained: it is allowed outside what the learner answers from.
    expect(
      messages(
        balanced.replace(
          'explanation: Columnar formats let the engine skip columns.',
          'explanation: Formerly Amazon Kinesis Data Firehose, now Amazon Data Firehose.',
        ),
      ),
    ).toEqual([]);
  });
});

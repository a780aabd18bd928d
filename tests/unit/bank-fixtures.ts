// Builds bank sources in memory: the real manifest, profile, outline and services, plus question
// files written by each test, so every kind of mistake can be tried on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBank, type BankSources } from '../../question-bank/tools/compile.ts';
import { formatError } from '../../question-bank/tools/yaml-source.ts';

const dir = join(import.meta.dirname, '../../question-bank');
const read = (name: string) => ({ path: `question-bank/${name}`, text: readFileSync(join(dir, name), 'utf8') });

/** An outline whose open questions need no answers, so fixtures can stand alone. */
const outlineWithoutOpen = () => {
  const o = read('notes-outline.yaml');
  return { ...o, text: o.text.replace(/\n    open:\n(      .*\n|        .*\n)*/g, '\n') };
};

/** Sources for a bank made of the given question files (name → YAML text). */
export function sources(files: Record<string, string>, extra: Partial<BankSources> = {}): BankSources {
  return {
    manifest: read('bank.yaml'),
    profile: read('profiles/mla-c01.yaml'),
    outline: outlineWithoutOpen(),
    services: read('aws-services.yaml'),
    questionFiles: Object.entries(files).map(([path, text]) => ({ path, text })),
    ...extra,
  };
}

/** Compiles and returns the formatted error lines. */
export const errorsOf = (files: Record<string, string>, extra?: Partial<BankSources>): string[] =>
  compileBank(sources(files, extra)).errors.map(formatError);

/** A valid single-answer question as YAML lines (indent 2), with fields overridable by text replacement. */
const STEMS: Record<string, string> = {
  't11-001': 'Which format lets Amazon Athena read only the columns a query needs?',
  't21-001': 'A retailer keeps sales history in Amazon S3 and queries it weekly. Which storage layout cuts scan costs?',
  't31-001': 'An analytics team pays for every byte their dashboards scan. What file layout should the nightly export use?',
  't41-001': 'Reports read three of forty columns from large exports. Which encoding of those exports fits best?',
};

export const single = (id: string, task = '1.1'): string => `  - id: ${id}
    rev: 1
    type: single
    task: "${task}"
    difficulty: 2
    notes: [n002.data-formats]
    services: [Amazon Athena]
    stem: ${STEMS[id] ?? `Which format lets Amazon Athena read only the columns a query needs, variant ${id}?`}
    options:
      - { id: a, text: Apache Parquet, correct: true, why: Columnar. }
      - { id: b, text: CSV, why: Row based. }
      - { id: c, text: JSON lines, why: Row based. }
      - { id: d, text: Plain text logs, why: Unstructured. }
    explanation: Columnar formats let the engine skip columns.
    references: [https://docs.aws.amazon.com/athena/latest/ug/columnar-storage.html]
`;

/** Valid questions of every type, usable as a small bank. */
export const everyType = `questions:
${single('t11-001')}${single('t21-001', '2.1')}${single('t31-001', '3.1')}${single('t41-001', '4.1')}  - id: t12-001
    rev: 1
    type: multiple
    task: "1.2"
    difficulty: 2
    notes: [n000.glue-etl]
    services: [AWS Glue]
    choose: 2
    stem: Which two are AWS Glue ETL features? (Choose TWO.)
    options:
      - { id: a, text: Job bookmarks, correct: true, why: Tracks processed data. }
      - { id: b, text: FindMatches, correct: true, why: ML transform. }
      - { id: c, text: Shard splitting, why: Kinesis. }
      - { id: d, text: Model registry, why: SageMaker AI. }
      - { id: e, text: Guardrails, why: Bedrock. }
    explanation: Glue has bookmarks and FindMatches.
    references: [https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html]
  - id: t22-001
    rev: 1
    type: ordering
    task: "2.2"
    difficulty: 1
    notes: [n002.training-tuning-evaluation]
    stem: Put the steps in order.
    items:
      - { id: a, text: Prepare data, why: First. }
      - { id: b, text: Train, why: Second. }
      - { id: c, text: Evaluate, why: Third. }
    explanation: Data, train, evaluate.
    references: [https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html]
  - id: t33-001
    rev: 1
    type: matching
    task: "3.3"
    difficulty: 2
    notes: [n002.mlops]
    stem: Match each need to a service.
    prompts:
      - { id: p1, text: Build and test code, answer: r1 }
      - { id: p2, text: Orchestrate release stages, answer: r2 }
      - { id: p3, text: Shift traffic to new instances, answer: r3 }
    responses:
      - { id: r1, text: AWS CodeBuild, why: Builds. }
      - { id: r2, text: AWS CodePipeline, why: Pipelines. }
      - { id: r3, text: AWS CodeDeploy, why: Deploys. }
    explanation: Each Code service has one job.
    references: [https://docs.aws.amazon.com/codepipeline/latest/userguide/welcome.html]
`;

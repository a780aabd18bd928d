// From the bank's source files to the compiled artifact, collecting every error on the way.
import type { CompiledBank, ExamProfile } from '../../electron/shared/bank/types.ts';
import { compileQuestions, type QuestionsResult } from './validate-questions.ts';
import { checkOutlineAgainstNotes, readOutline, type Outline } from './validate-outline.ts';
import { YamlSource, isRecord, isText, type BankError, type SourceFile } from './yaml-source.ts';

/** Every source the compiler reads, as text (the CLI and the tests gather them). */
export interface BankSources {
  manifest: SourceFile;
  profile: SourceFile;
  /** Other exam profiles shipped beside the bank's own (question-bank/profiles/*.yaml). */
  otherProfiles?: SourceFile[];
  outline: SourceFile;
  services: SourceFile;
  retired?: SourceFile;
  questionFiles: SourceFile[];
  /** The user's notes, when ../shared/notes is there to check the outline against. */
  notes?: SourceFile[];
}

/** The compiled bank before hashing, and everything the other tools need to know about it. */
export interface Compiled {
  errors: BankError[];
  bank?: Omit<CompiledBank, 'bank'> & { bank: Omit<CompiledBank['bank'], 'hash'> };
  outline: Outline;
  questions: QuestionsResult;
  services: { names: Set<string>; renamed: Map<string, string>; terms: string[] };
  sources: YamlSource[];
}

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** Validates every source and, when there is no error, assembles the bank. */
export function compileBank(src: BankSources): Compiled {
  const errors: BankError[] = [];
  const manifest = new YamlSource(src.manifest, errors);
  const profileSrc = new YamlSource(src.profile, errors);
  const outlineSrc = new YamlSource(src.outline, errors);
  const servicesSrc = new YamlSource(src.services, errors);
  const retiredSrc = src.retired ? new YamlSource(src.retired, errors) : undefined;

  const m = isRecord(manifest.data) ? manifest.data : {};
  for (const f of ['id', 'title', 'version'] as const) if (!isText(m[f])) manifest.error([f], '-', f, 'missing');
  if (isText(m.version) && !SEMVER.test(m.version)) manifest.error(['version'], '-', 'version', `"${m.version}" is not a semver version`);

  const profile = readProfile(profileSrc);
  const others = (src.otherProfiles ?? []).map((f) => readProfile(new YamlSource(f, errors)));
  const outline = readOutline(outlineSrc);
  if (src.notes) checkOutlineAgainstNotes(outlineSrc, outline, src.notes);
  const services = readServices(servicesSrc);
  const retiredIds = readRetired(retiredSrc);

  const files = src.questionFiles.map((f) => new YamlSource(f, errors));
  const questions = profile
    ? compileQuestions(files, { profile, sectionIds: new Set(outline.sections.map((s) => s.id)), serviceNames: services.names, retiredIds })
    : { questions: [], caseStudies: [], where: new Map() };

  const ids = new Set(questions.questions.map((q) => q.id));
  for (const o of outline.open) {
    if (o.answeredBy.length === 0) outlineSrc.error([...o.path, 'answeredBy'], o.section, 'answeredBy', `no question settles "${o.line}"`);
    o.answeredBy.forEach((id, i) => {
      if (!ids.has(id)) outlineSrc.error([...o.path, 'answeredBy', i], o.section, 'answeredBy', `no question "${id}"`);
    });
  }

  const sources = [manifest, profileSrc, outlineSrc, servicesSrc, ...files];
  const result: Compiled = { errors, outline, questions, services, sources };
  if (errors.length || !profile) return result;
  result.bank = {
    format: 1,
    bank: { id: String(m.id), title: String(m.title), version: String(m.version) },
    profile,
    profiles: [profile, ...others.filter((p): p is ExamProfile => p !== undefined)],
    outline: outline.sections,
    caseStudies: questions.caseStudies,
    questions: questions.questions,
  };
  return result;
}

function readProfile(src: YamlSource): ExamProfile | undefined {
  const p = src.data;
  if (!isRecord(p)) return undefined;
  const need = (cond: boolean, field: string, message: string) => (cond ? true : (src.error([field], String(p.id ?? '-'), field, message), false));
  const q = p.questions as ExamProfile['questions'] | undefined;
  const scale = p.scale as ExamProfile['scale'] | undefined;
  const domains = p.domains as ExamProfile['domains'] | undefined;
  const fine = [
    need(isText(p.id) && isText(p.code) && isText(p.title), 'id', 'a profile has id, code and title'),
    need(isRecord(q) && q.total === q.scored + q.unscored && q.scored > 0, 'questions', 'total must equal scored + unscored'),
    need(typeof p.minutes === 'number' && p.minutes > 0, 'minutes', 'must be a positive number'),
    need(isRecord(scale) && scale.min < scale.pass && scale.pass < scale.max, 'scale', 'needs min < pass < max'),
    need(Array.isArray(domains) && domains.length > 0, 'domains', 'must list the domains'),
    need(Array.isArray(p.passRawRange) && p.passRawRange.length === 2, 'passRawRange', 'must be [low, high]'),
  ].every(Boolean);
  if (!fine || !domains) return undefined;
  const total = domains.reduce((s, d) => s + d.weight, 0);
  if (Math.abs(total - 100) > 0.001) src.error(['domains'], String(p.id), 'domains', `weights add up to ${total}, not 100`);
  return p as unknown as ExamProfile;
}

function readServices(src: YamlSource): Compiled['services'] {
  const d = isRecord(src.data) ? src.data : {};
  const names = new Set(Array.isArray(d.services) ? d.services.map(String) : []);
  if (!names.size) src.error(['services'], '-', 'services', 'must list the service names');
  const renamed = new Map(Object.entries(isRecord(d.renamed) ? d.renamed : {}).map(([k, v]) => [k, String(v)]));
  const terms = Array.isArray(d.terms) ? d.terms.map(String) : [];
  return { names, renamed, terms };
}

function readRetired(src: YamlSource | undefined): Set<string> {
  const d = src && isRecord(src.data) ? src.data : {};
  const list = Array.isArray(d.retired) ? d.retired : [];
  list.forEach((r, i) => {
    if (!isRecord(r) || !isText(r.id) || !isText(r.reason)) src?.error(['retired', i], '-', 'retired', 'a retired entry has id and reason');
  });
  return new Set(list.filter(isRecord).map((r) => String(r.id)));
}

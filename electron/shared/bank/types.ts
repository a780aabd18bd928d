// The compiled question bank: the shape main, preload, renderer and tests all share.
// Pure types: imports nothing from Node, Electron or the DOM.

/** Question kinds, named as in AWS's exam guide (single = multiple choice, multiple = multiple response). */
export type QuestionType = 'single' | 'multiple' | 'ordering' | 'matching';
export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'ordering', 'matching'];

/** An answer choice, an item to order, or a response to match, with why it is right or wrong. */
export interface Choice {
  id: string;
  text: string;
  why: string;
}

/** A prompt of a matching question. */
export interface Prompt {
  id: string;
  text: string;
}

/** Fields every question has, whatever its type. */
export interface QuestionBase {
  id: string;
  rev: number;
  task: string;
  domain: string;
  difficulty: 1 | 2 | 3;
  notes: string[];
  services: string[];
  caseStudy?: string;
  stem: string;
  explanation: string;
  references: string[];
}

/** Multiple choice: one key among four options. */
export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: Choice[];
  key: string;
}

/** Multiple response: `choose` keys among five or more options. */
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: Choice[];
  choose: number;
  key: string[];
}

/** Ordering: `key` is the correct order of item ids. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  items: Choice[];
  key: string[];
}

/** Matching: `key` maps each prompt id to its response id. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  prompts: Prompt[];
  responses: Choice[];
  key: Record<string, string>;
}

/** Any question of the bank. */
export type Question = SingleQuestion | MultipleQuestion | OrderingQuestion | MatchingQuestion;

/** A scenario shared by two to four questions. */
export interface CaseStudy {
  id: string;
  title: string;
  scenario: string;
}

/** One section of our outline of the user's notes. */
export interface NotesSection {
  id: string;
  file: string;
  heading: string[];
  item?: string;
  title: string;
  topic: boolean;
}

/** A domain of an exam profile, with its share of scored questions and its task statements. */
export interface ProfileDomain {
  id: string;
  name: string;
  weight: number;
  tasks: { id: string; name: string }[];
}

/** Everything the simulator needs to know about one exam, loaded from data. */
export interface ExamProfile {
  id: string;
  code: string;
  title: string;
  questions: { total: number; scored: number; unscored: number };
  minutes: number;
  extraTimeMinutes: number;
  scale: { min: number; max: number; pass: number };
  passRaw: number;
  passRawRange: [number, number];
  types: QuestionType[];
  domains: ProfileDomain[];
}

/** Identity of a compiled bank: what attempts record. */
export interface BankInfo {
  id: string;
  title: string;
  version: string;
  /** sha256 (hex) of the canonical JSON of everything but this field. */
  hash: string;
}

/** The compiled artifact, format 1 (documented in question-bank/README.md). */
export interface CompiledBank {
  format: 1;
  bank: BankInfo;
  /** The exam the bank is written for: its task statements are the ones questions use. */
  profile: ExamProfile;
  /** Every exam profile shipped (the bank's own first); the app offers a mock exam for each. */
  profiles: ExamProfile[];
  outline: NotesSection[];
  caseStudies: CaseStudy[];
  questions: Question[];
}

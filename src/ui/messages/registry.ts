// The message registry: each domain file (engine, paste, rules, narrative, perf…) registers the wording for its
// own codes here, so adding a domain is one new file plus one import line in index.ts. Pure TS: the CLI uses it.
import type { ParseProblem } from '../../engine/document.ts';
import type { Finding } from '../../engine/finding.ts';

import type { Lang } from '../../messages/index.ts';

export type { Lang };
export type FindingWording = (f: Finding, lang: Lang) => string;
export type ProblemWording = (p: ParseProblem, lang: Lang) => string;

export interface MessageDictionary {
  readonly findings?: Readonly<Record<string, FindingWording>>;
  readonly problems?: Readonly<Record<string, ProblemWording>>;
}

const FINDINGS = new Map<string, FindingWording>();
const PROBLEMS = new Map<string, ProblemWording>();

/** Registers a domain's wording; a code registered twice is a programmer error. */
export function defineMessages(dict: MessageDictionary): MessageDictionary {
  for (const [code, fn] of Object.entries(dict.findings ?? {})) {
    if (FINDINGS.has(code)) throw new Error(`finding code registered twice: ${code}`);
    FINDINGS.set(code, fn);
  }
  for (const [code, fn] of Object.entries(dict.problems ?? {})) {
    if (PROBLEMS.has(code)) throw new Error(`problem code registered twice: ${code}`);
    PROBLEMS.set(code, fn);
  }
  return dict;
}

export function findingWording(code: string): FindingWording | undefined {
  return FINDINGS.get(code);
}

export function problemWording(code: string): ProblemWording | undefined {
  return PROBLEMS.get(code);
}


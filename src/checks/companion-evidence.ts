// Whether a budget 说明 and a tables file opened together, but not named as a pair (`X` + `X_tables`), are one
// 部门预算 — decided from what the two print, never from the file names: the department of the tables' 部门： lines
// against the 说明's heading, the year, and the totals the 说明 states against the tables' totals. Joined only when
// the department matches and the 收支预算总计 (and a second total) agree; when the evidence is partial the two are
// kept apart and each says they might belong together, and why they were not joined.
import { Decimal } from '../engine/decimal.ts';
import type { ParsedDocument, ParseProblem } from '../engine/document.ts';
import { documentKind } from '../engine/doc-kind.ts';
import { isBudgetKind } from '../engine/table.ts';
import { matchDepartments, normaliseDepartment } from './cross-year/link.ts';
import { budgetRow } from './narrative/budget-concepts.ts';
import { printedYear } from '../paste/report/year.ts';

/** A 说明 without tables, a tables file without a 说明, or neither (a whole report, a final account…). */
export type PairRole = 'narrative' | 'tables' | 'none';

/** What pairing needs of one parsed file (small and serialisable: it crosses worker boundaries). */
export interface PairProfile {
  readonly file: string;
  readonly role: PairRole;
  readonly department: string | null;
  readonly year: number | null;
  /** tables: the 收支总表 收入合计; 说明: the 收入、支出预算总计 it states (decimal text, trailing zeros dropped) */
  readonly total: string | null;
  /** tables: the totals a 说明 quotes (收入合计, 基本支出, 项目支出 …); 说明: every amount in 万元 it states */
  readonly figures: readonly string[];
}

export interface PairEvidence {
  /** 'same': the names match (equal, normalised, place prefix); 'similar': one contains the other */
  readonly department: 'same' | 'similar' | 'differs' | 'unknown';
  readonly year: 'same' | 'differs' | 'unknown';
  /** 'match': the stated 收支预算总计 is the tables' total and a second table total is quoted too */
  readonly totals: 'match' | 'differs' | 'unchecked';
}

export type ContentPair =
  | { readonly narrative: string; readonly tables: string; readonly join: true; readonly evidence: PairEvidence }
  | { readonly narrative: string; readonly tables: string; readonly join: false; readonly evidence: PairEvidence;
      readonly reason: 'totals_differ' | 'totals_unchecked' | 'department_unknown' | 'several_candidates' };

const MIN_PROSE = 200;
/** a tables file may carry a cover and a 目录, never a 说明: no amount stated in the prose */
const MAX_COVER_PROSE = 1000;
const MIN_TABLES = 3;

const canon = (s: string): string | null => {
  try { return new Decimal(s.replace(/,/g, '')).toString(); } catch { return null; }
};

/** The 收入、支出预算总计 a 说明 states (“…收入、支出预算总计 18330.37 万元”), spaces and line breaks ignored. */
function statedTotal(text: string): string | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const m = /(?:收入、?支出|收、?支)(?:预算)?总计(?:各|均|为|是)*(\d[\d,]*(?:\.\d+)?)万元/.exec(t);
  return m ? canon(m[1]!) : null;
}

function statedAmounts(text: string): string[] {
  const t = text.replace(/[\s\u3000]+/g, '');
  return [...new Set([...t.matchAll(/(\d[\d,]*(?:\.\d+)?)万元/g)].map((m) => canon(m[1]!)).filter((v): v is string => v !== null))];
}

function tableFigures(doc: ParsedDocument): { total: string | null; figures: string[] } {
  const val = (f: ReturnType<typeof budgetRow>) => (f && f !== 'ambiguous' && !f.binding ? f.value.toString() : null);
  const total = val(budgetRow(doc, 'B01', /^(?:收入合计|收入总计)$/)) ?? val(budgetRow(doc, 'B02', /^收入总计$/));
  const TOTAL = /^(?:合计|总计)$/;
  const B03_TOTAL = /^(?:合计|总计)?$/;
  const figures = [
    total,
    val(budgetRow(doc, 'B01', /^(?:支出合计|支出总计)$/)),
    // 江苏 prints B03's one row of totals without a label
    val(budgetRow(doc, 'B03', B03_TOTAL, { header: /^基本支出$/ })),
    val(budgetRow(doc, 'B03', B03_TOTAL, { header: /^项目支出$/ })),
    val(budgetRow(doc, 'B05', TOTAL)),
    val(budgetRow(doc, 'B07', TOTAL)),
  ];
  return { total, figures: [...new Set(figures.filter((v): v is string => v !== null && v !== '0'))] };
}

export function pairProfile(file: string, doc: ParsedDocument): PairProfile {
  const kind = documentKind(doc).kind;
  const budgetTables = doc.tables.filter((t) => isBudgetKind(t.kind)).length;
  const prose = doc.narrative.text.replace(/\s+/g, '').length;
  const base = { file, department: doc.department, year: printedYear(doc) };
  if (kind === 'budget' && doc.tables.length === 0 && prose >= MIN_PROSE) {
    return { ...base, role: 'narrative', total: statedTotal(doc.narrative.text), figures: statedAmounts(doc.narrative.text) };
  }
  if ((kind === 'budget' || kind === 'unknown') && budgetTables >= MIN_TABLES && budgetTables === doc.tables.length
    && prose < MAX_COVER_PROSE && statedAmounts(doc.narrative.text).length === 0) {
    return { ...base, role: 'tables', ...tableFigures(doc) };
  }
  return { ...base, role: 'none', total: null, figures: [] };
}

function departmentEvidence(a: string | null, b: string | null): PairEvidence['department'] {
  if (!a || !b) return 'unknown';
  if (matchDepartments(a, b) !== null) return 'same';
  const na = normaliseDepartment(a);
  const nb = normaliseDepartment(b);
  return Math.min(na.length, nb.length) >= 4 && (na.includes(nb) || nb.includes(na)) ? 'similar' : 'differs';
}

export function pairEvidence(narrative: PairProfile, tables: PairProfile): PairEvidence {
  const year = narrative.year === null || tables.year === null ? 'unknown' : narrative.year === tables.year ? 'same' : 'differs';
  let totals: PairEvidence['totals'] = 'unchecked';
  if (narrative.total !== null && tables.total !== null) {
    const quoted = new Set(narrative.figures);
    const second = tables.figures.some((f) => f !== tables.total && quoted.has(f));
    totals = narrative.total === tables.total ? (second ? 'match' : 'unchecked') : 'differs';
  }
  return { department: departmentEvidence(narrative.department, tables.department), year, totals };
}

/** Every 说明 and tables file among the profiles that may be one document: joined ones, and the ones kept apart
 *  that might belong together (each file at most in one join; a file with two joinable partners joins neither). */
export function contentPairs(profiles: readonly PairProfile[]): ContentPair[] {
  const narratives = profiles.filter((p) => p.role === 'narrative');
  const tables = profiles.filter((p) => p.role === 'tables');
  const found: ContentPair[] = [];
  for (const n of narratives) {
    for (const t of tables) {
      const evidence = pairEvidence(n, t);
      if (evidence.year === 'differs' || evidence.department === 'differs' || evidence.totals === 'differs' && evidence.department === 'unknown') continue;
      const pair = { narrative: n.file, tables: t.file, evidence };
      if (evidence.department === 'unknown') {
        if (evidence.totals === 'match') found.push({ ...pair, join: false, reason: 'department_unknown' });
      } else if (evidence.totals === 'match') found.push({ ...pair, join: true });
      else found.push({ ...pair, join: false, reason: evidence.totals === 'differs' ? 'totals_differ' : 'totals_unchecked' });
    }
  }
  const joins = (file: string) => found.filter((p) => p.join && (p.narrative === file || p.tables === file)).length;
  const decided: ContentPair[] = found.map((p) => (p.join && (joins(p.narrative) > 1 || joins(p.tables) > 1)
    ? { narrative: p.narrative, tables: p.tables, join: false, evidence: p.evidence, reason: 'several_candidates' } : p));
  // a file joined to its partner is explained: no “might belong together” with a third file
  const joined = new Set(decided.flatMap((p) => (p.join ? [p.narrative, p.tables] : [])));
  return decided.filter((p) => p.join || (!joined.has(p.narrative) && !joined.has(p.tables)));
}

/** The params that say why (companion_joined with basis 'content', companion_maybe): evidence and the figures. */
export function evidenceParams(pair: ContentPair, narrative: PairProfile, tables: PairProfile): Record<string, string | number> {
  const e = pair.evidence;
  const year = narrative.year ?? tables.year;
  return {
    basis: 'content', department: e.department, tablesDepartment: tables.department ?? '', year: e.year,
    yearValue: year === null ? '' : year, totals: e.totals, total: tables.total ?? '', stated: narrative.total ?? '',
    ...(pair.join ? {} : { reason: pair.reason }),
  };
}

/** The `companion_maybe` note for one file of a pair kept apart (`other`: the other file's name as shown). */
export function maybeProblem(pair: ContentPair, narrative: PairProfile, tables: PairProfile, other: string): ParseProblem {
  return { code: 'companion_maybe', severity: 'warning', params: { file: other, ...evidenceParams(pair, narrative, tables) } };
}

export interface PairPlan {
  /** 说明 file → the tables file joined to it by content, with the params that say why */
  readonly joinWith: ReadonlyMap<string, { readonly file: string; readonly evidence: Record<string, string | number> }>;
  /** tables files joined into a 说明 (not opened on their own) */
  readonly joined: ReadonlySet<string>;
  /** `companion_maybe` notes per file */
  readonly notes: ReadonlyMap<string, readonly ParseProblem[]>;
}

/** The content pairing of files parsed one by one (their profiles), as data the callers apply; `shown` names the
 *  other file in a note (the CLI shows base names). */
export function planPairs(all: readonly PairProfile[], shown: (file: string) => string = (f) => f): PairPlan {
  const profiles = all.filter((p) => p.role !== 'none');
  const byFile = new Map(profiles.map((p) => [p.file, p]));
  const joinWith = new Map<string, { file: string; evidence: Record<string, string | number> }>();
  const joined = new Set<string>();
  const notes = new Map<string, ParseProblem[]>();
  for (const pair of contentPairs(profiles)) {
    const n = byFile.get(pair.narrative)!;
    const t = byFile.get(pair.tables)!;
    if (pair.join) {
      joinWith.set(pair.narrative, { file: pair.tables, evidence: evidenceParams(pair, n, t) });
      joined.add(pair.tables);
      continue;
    }
    for (const [file, other] of [[pair.narrative, pair.tables], [pair.tables, pair.narrative]] as const) {
      notes.set(file, [...(notes.get(file) ?? []), maybeProblem(pair, n, t, shown(other))]);
    }
  }
  return { joinWith, joined, notes };
}

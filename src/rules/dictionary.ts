// 科目 code ↔ name lookups over the dictionaries in rules/dictionary (功能分类 and 经济分类),
// with year-dependent former names and a tolerance for names truncated by cell width.
import { FUNCTIONAL_DICTIONARY, ECONOMIC_DICTIONARY } from './packs.ts';
import { normaliseLabel } from './labels.ts';
import type { Dictionary, DictionaryEntry } from './types.ts';

function index(d: Dictionary): ReadonlyMap<string, DictionaryEntry> {
  return new Map(d.entries.map((e) => [e.code, e]));
}

export const FUNCTIONAL = index(FUNCTIONAL_DICTIONARY);
export const ECONOMIC = index(ECONOMIC_DICTIONARY);

/** The entry the dictionary gives a code in `year`: listed, listed but not in force that year, or not listed. */
export type Lookup =
  | { readonly status: 'listed'; readonly entry: DictionaryEntry }
  | { readonly status: 'not_in_year'; readonly entry: DictionaryEntry }
  | { readonly status: 'unlisted' };

/** 款 98 “超长期特别国债安排的支出” exists under every 类 from 2024 (domain §2 conventions). */
const SPECIAL_BOND_FROM = 2024;

export function lookupCode(dict: ReadonlyMap<string, DictionaryEntry>, code: string, year: number | null): Lookup {
  let entry = dict.get(code);
  if (!entry && dict === FUNCTIONAL && code.length === 5 && code.endsWith('98')) {
    entry = { code, name: '超长期特别国债安排的支出', since: SPECIAL_BOND_FROM };
  }
  if (!entry) return { status: 'unlisted' };
  const outside = year !== null && ((entry.since !== undefined && year < entry.since) || (entry.until !== undefined && year > entry.until));
  return { status: outside ? 'not_in_year' : 'listed', entry };
}

/** Names valid for the entry in `year` (current name and aliases; former names up to their year). */
export function validNames(e: DictionaryEntry, year: number | null): string[] {
  const former = (e.formerly ?? []).filter((f) => year === null || year <= f.until).map((f) => f.name);
  return [e.name, ...(e.aliases ?? []), ...former];
}

/** Every name the entry ever had (for label lookups that must work in any year). */
export function allNames(e: DictionaryEntry): string[] {
  return [e.name, ...(e.aliases ?? []), ...(e.formerly ?? []).map((f) => f.name)];
}

const MIN_TRUNCATED = 4; // a wrapped cell keeps at least a few characters of the name

/** Equal after normalisation, or one is a truncation (prefix) of the other. */
export function namesAgree(printed: string, name: string): boolean {
  const a = normaliseLabel(printed);
  const b = normaliseLabel(name);
  if (a === b) return true;
  if (a.length < MIN_TRUNCATED || b.length < MIN_TRUNCATED) return false;
  return b.startsWith(a) || a.startsWith(b);
}

const CLASS_BY_NAME: ReadonlyMap<string, DictionaryEntry> = new Map(
  FUNCTIONAL_DICTIONARY.entries
    .filter((e) => e.code.length === 3)
    .flatMap((e) => allNames(e).map((n) => [normaliseLabel(n), e] as const)),
);

/** The 功能分类 class whose (current or former) name the label is, e.g. "十九、住房保障支出" → 221. */
export function classByLabel(label: string): DictionaryEntry | null {
  return CLASS_BY_NAME.get(normaliseLabel(label)) ?? null;
}

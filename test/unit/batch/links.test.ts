// Batch links on a real report (上海市普陀区财政局 2024) and its next year built from it: a batch pair is linked and
// its finding belongs to the later year's row; a link the reviewer removed stays removed; two reports of the same
// department and year are both listed as duplicates and linked to nothing; a report without a year is not linked;
// stored drafts are candidates only for a neighbouring year of a batch department.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractYearFacts, type YearFacts } from '../../../src/checks/cross-year/index.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { computeLinks, linkCandidates, linkId, type LinkSubject } from '../../../src/ui/batch/links.ts';
import { ZERO, type BatchRow } from '../../../src/ui/batch/rows.ts';
import { rowViews } from '../../../src/ui/batch/views.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const REAL = readFileSync(join(ROOT, 'test/fixtures/corpus/putuo_caizhengju_2024.txt'), 'utf8');
const NEXT = REAL.replace(/2024年/g, '2025年').replace(/2023年/g, '2024年').replace(/(年初结转和结余\s+)49\.14/, '$153.34')
  .replace(/机关运行经费支出184\.65万元，比2024年度增加2\.55万元，增长1\.40%/, '机关运行经费支出190.00万元，比2024年度增加5.35万元，增长2.90%');

function facts(file: string, text: string): YearFacts {
  const parsed = parseReportText(text);
  if (!parsed.ok) throw new Error(parsed.reason.code);
  return extractYearFacts(file, parsed.value);
}

const subject = (f: YearFacts, inBatch = true): LinkSubject => ({ facts: f, draftId: `d:${f.file}`, label: f.file, inBatch });
const row = (f: YearFacts, base = ZERO): BatchRow => ({
  key: f.file, draftId: `d:${f.file}`, department: f.department, year: f.year, kind: f.kind, recognised: 9, tables: 9, base, baseProblems: 0, unchecked: 0, read: 'ok', reason: null,
});

describe('batch links', () => {
  const y2024 = facts('a/2024.txt', REAL);
  const y2025 = facts('a/2025.txt', NEXT);

  test('a pair of consecutive years: linked, the finding on the later year, its row counts include it', () => {
    const subjects = [subject(y2024), subject(y2025)];
    const state = computeLinks(subjects, new Set());
    expect(state.links.map((l) => [l.prev, l.cur, l.match, l.findings.map((f) => [f.code, f.severity, f.location?.label])])).toEqual([
      ['a/2024.txt', 'a/2025.txt', 'same', [['cross_year_carryover_mismatch', 'error', '年初结转和结余']]],
    ]);
    const views = rowViews([row(y2024), row(y2025, { error: 2, warning: 1, info: 0 })], new Map([[y2024.file, y2024], [y2025.file, y2025]]), state, subjects);
    expect(views.map((v) => [v.key, v.status, v.errors, v.warnings, v.prev?.key ?? null, v.next?.key ?? null])).toEqual([
      ['a/2024.txt', 'ok', 0, 0, null, 'a/2025.txt'],
      ['a/2025.txt', 'ok', 3, 1, 'a/2024.txt', null],
    ]);
  });

  test('an unlinked pair stays unlinked and its finding is gone', () => {
    const state = computeLinks([subject(y2024), subject(y2025)], new Set([linkId('a/2024.txt', 'a/2025.txt')]));
    expect(state.links).toEqual([]);
  });

  test('two reports of the same department and year: both duplicates, neither linked', () => {
    const twin = facts('b/2025-copy.txt', NEXT);
    const subjects = [subject(y2024), subject(y2025), subject(twin)];
    const state = computeLinks(subjects, new Set());
    expect(state.links).toEqual([]);
    const views = rowViews([row(y2024), row(y2025), row(twin)], new Map(subjects.map((s) => [s.facts.file, s.facts])), state, subjects);
    expect(views.map((v) => [v.key, v.status, v.duplicateOf])).toEqual([
      ['a/2024.txt', 'ok', []], ['a/2025.txt', 'duplicate', ['b/2025-copy.txt']], ['b/2025-copy.txt', 'duplicate', ['a/2025.txt']],
    ]);
  });

  test('a report whose year cannot be found is listed as such and not linked', () => {
    const noYear: YearFacts = { ...y2025, file: 'c/x.txt', year: null };
    const subjects = [subject(y2024), subject(noYear)];
    const state = computeLinks(subjects, new Set());
    expect(state.links).toEqual([]);
    const views = rowViews([row(y2024), row(noYear)], new Map(subjects.map((s) => [s.facts.file, s.facts])), state, subjects);
    expect(views.map((v) => v.status)).toEqual(['ok', 'year_unknown']);
  });

  test('stored drafts: linked when they are a neighbouring year of a batch department, never two stored drafts alone', () => {
    const stored = { ...y2024, file: '草稿「财政局 2024」' };
    const isLinkCandidate = (d: { department: string | null; year: number | null }, batch: YearFacts[]) => linkCandidates(batch)(d);
    expect(isLinkCandidate({ department: y2024.department, year: 2024 }, [y2025])).toBe(true);
    expect(isLinkCandidate({ department: y2024.department, year: 2025 }, [y2025])).toBe(false); // the same report, older copy
    expect(isLinkCandidate({ department: y2024.department, year: 2022 }, [y2025])).toBe(false);
    expect(isLinkCandidate({ department: '上海市普陀区规划和自然资源局', year: 2024 }, [y2025])).toBe(false);
    expect(isLinkCandidate({ department: null, year: 2024 }, [y2025])).toBe(false);
    expect(computeLinks([subject(stored, false), subject(y2025)], new Set()).links.map((l) => [l.prev, l.cur])).toEqual([['草稿「财政局 2024」', 'a/2025.txt']]);
    expect(computeLinks([subject(stored, false), subject({ ...y2025, file: 'x' }, false)], new Set()).links).toEqual([]);
  });
});

// Two files opened together but not named as a pair (人大常委会 2019 说明 + 人大办公厅 2019 tables, one document per
// corpus/SOURCES.md and their contents): joined only on what they print — the department of the tables' 部门：
// lines vs the 说明's heading, the year, the 收支预算总计 and a second total — and otherwise kept apart, each saying
// they might belong together and why not.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentPairs, pairProfile } from '../../../src/checks/companion-evidence.ts';
import { run } from '../../../src/cli/main.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';
import { budgetFixture } from './helpers.ts';

const BUDGET = join(import.meta.dirname, '..', '..', 'fixtures', 'budget');
const DIR = mkdtempSync(join(tmpdir(), 'gouji-content-pair-'));
const NARRATIVE = 'jiangsu_renda_changweihui_2019.txt';
const TABLES = 'jiangsu_renda_bangongting_2019_tables.txt';

const profile = (name: string, text = budgetFixture(name)) => {
  const r = parseReportText(text);
  if (!r.ok) throw new Error(r.reason.code);
  return pairProfile(name, r.value);
};

type Note = { code: string; message: string; params?: Record<string, string> };
type Json = { documents: { file: string; companion?: string; tables: unknown[]; parseNotes: Note[]; findings: { severity: string }[] }[] };

async function check(folder: string, files: Record<string, string>): Promise<Json> {
  const dir = join(DIR, folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let out = '';
  await run(['--format', 'json', '--jobs', '1', dir], (s) => { out += s; }, () => {});
  return JSON.parse(out) as Json;
}

describe('pairing by content', { timeout: 120_000 }, () => {
  test('every real 说明 finds its own tables file and no other, names ignored', () => {
    const names = ['renda_changweihui_2019', 'renda_bangongting_2019_tables', 'shengwei_2017', 'shengwei_2017_tables', 'shengwei_2018',
      'shengwei_2018_tables', 'shengwei_2019', 'shengwei_2019_tables', 'zhengxie_2017', 'zhengxie_2017_tables', 'zhengxie_2018',
      'zhengxie_2018_tables', 'zhengxie_2019', 'zhengxie_2019_tables', 'renda_2017', 'renda_2018'];
    const pairs = contentPairs(names.map((n) => profile(`jiangsu_${n}.txt`)));
    expect(pairs.filter((p) => p.join).map((p) => `${p.narrative} + ${p.tables}`).sort()).toEqual([
      'jiangsu_renda_changweihui_2019.txt + jiangsu_renda_bangongting_2019_tables.txt',
      'jiangsu_shengwei_2017.txt + jiangsu_shengwei_2017_tables.txt', 'jiangsu_shengwei_2018.txt + jiangsu_shengwei_2018_tables.txt',
      'jiangsu_shengwei_2019.txt + jiangsu_shengwei_2019_tables.txt', 'jiangsu_zhengxie_2017.txt + jiangsu_zhengxie_2017_tables.txt',
      'jiangsu_zhengxie_2018.txt + jiangsu_zhengxie_2018_tables.txt', 'jiangsu_zhengxie_2019.txt + jiangsu_zhengxie_2019_tables.txt',
    ].sort());
    expect(pairs.filter((p) => !p.join)).toEqual([]);
  });

  test('人大常委会 2019 说明 + 人大办公厅 2019 tables: one document, saying why', async () => {
    const json = await check('renda', { [NARRATIVE]: budgetFixture(NARRATIVE), [TABLES]: budgetFixture(TABLES) });
    expect(json.documents).toHaveLength(1);
    const [d] = json.documents;
    expect(d!.companion).toBe(join(DIR, 'renda', TABLES));
    expect(d!.tables).toHaveLength(12);
    const note = d!.parseNotes.find((n) => n.code === 'companion_joined')!;
    expect(note.params).toMatchObject({ basis: 'content', department: 'same', totals: 'match' });
    expect(note.message).toMatch(/文件名不成对.*江苏省人大常委会办公厅.*18330\.37 万元/);
    expect(d!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the stated total changed by 0.01: kept apart, both files say they might belong together and why not', async () => {
    const text = budgetFixture(NARRATIVE);
    expect(text.split('18330.37万元，与上年相比收、支预算总计').length).toBe(2);
    const json = await check('total', { [NARRATIVE]: text.replace('18330.37万元，与上年相比收、支预算总计', '18330.38万元，与上年相比收、支预算总计'), [TABLES]: budgetFixture(TABLES) });
    expect(json.documents).toHaveLength(2);
    for (const d of json.documents) {
      const notes = d.parseNotes.filter((n) => n.code.startsWith('companion'));
      expect(notes.map((n) => [n.code, n.params?.reason])).toEqual([['companion_maybe', 'totals_differ']]);
      expect(notes[0]!.message).toMatch(/可能.*18330\.38 万元.*18330\.37 万元.*未合并核对/);
    }
  });

  test('no department on the tables: totals alone never join', () => {
    const tables = budgetFixture(TABLES).replace(/部门：\s*江苏省人大常委会办公厅/g, '部门：');
    const pairs = contentPairs([profile(NARRATIVE), profile(TABLES, tables)]);
    expect(pairs.map((p) => [p.join, !p.join && p.reason])).toEqual([[false, 'department_unknown']]);
  });

  test('only the 收支预算总计 agrees (no second total quoted): kept apart, might belong together', () => {
    const n = profile(NARRATIVE);
    const pairs = contentPairs([{ ...n, figures: [n.total!] }, profile(TABLES)]);
    expect(pairs.map((p) => [p.join, !p.join && p.reason, p.evidence.totals])).toEqual([[false, 'totals_unchecked', 'unchecked']]);
  });

  test('two tables files that fit equally: neither is joined', () => {
    const pairs = contentPairs([profile(NARRATIVE), profile(TABLES), { ...profile(TABLES), file: 'copy_tables.txt' }]);
    expect(pairs.map((p) => [p.tables, p.join, !p.join && p.reason])).toEqual([
      [TABLES, false, 'several_candidates'], ['copy_tables.txt', false, 'several_candidates']]);
  });

  test('another department’s tables, or a whole report: no pair and no note', () => {
    expect(contentPairs([profile(NARRATIVE), profile('jiangsu_zhengxie_2019_tables.txt')])).toEqual([]);
    expect(profile('jiangsu_renda_2018.txt').role).toBe('none');
  });

  test('a pair named X + X_tables is still paired by name first', async () => {
    const dir = join(DIR, 'named');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(BUDGET, 'jiangsu_zhengxie_2019.txt'), join(dir, 'z_2019.txt'));
    copyFileSync(join(BUDGET, 'jiangsu_zhengxie_2019_tables.txt'), join(dir, 'z_2019_tables.txt'));
    let out = '';
    await run(['--format', 'json', '--jobs', '1', dir], (s) => { out += s; }, () => {});
    const notes = (JSON.parse(out) as Json).documents.flatMap((d) => d.parseNotes).filter((n) => n.code === 'companion_joined');
    expect(notes.map((n) => n.params?.basis)).toEqual([undefined]);
    expect(readFileSync(join(dir, 'z_2019.txt'), 'utf8').length).toBeGreaterThan(0);
  });
});

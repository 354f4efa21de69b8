// Real documents for the trainer tests, parsed once per file (parsing and checking a whole report is slow).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../../src/engine/document.ts';
import type { Table, TableKind } from '../../../src/engine/table.ts';
import { parseReportText } from '../../../src/paste/report/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const GANZHOU = 'seeds/001_c1aab3eb9d979e5d.txt';
export const JIANGXI_2020 = 'seeds/000_6e1f5d09d8ef42dd.txt';
export const JIANGAN = 'seeds/002_46e3d4cd55e5664f.txt';
export const PUTUO = 'corpus/putuo_caizhengju_2024.txt';
export const GUIHUA = 'corpus/putuo_guihuaziyuan_2024.txt';
export const SHEHUI = 'corpus/putuo_shehuigongzuobu_2024.txt';
// 部门预算 (江苏): the summary tables B01–B04
export const JS_SW17 = 'budget/jiangsu_shengwei_2017_tables.txt';
export const JS_SW19 = 'budget/jiangsu_shengwei_2019_tables.txt';
// the coded tables B05–B09, B12
export const JS_ZX19 = 'budget/jiangsu_zhengxie_2019_tables.txt';

const cache = new Map<string, ParsedDocument>();

export function fixtureDoc(name: string): ParsedDocument {
  let doc = cache.get(name);
  if (!doc) {
    const text = readFileSync(FIXTURES + name, 'utf8').replace(/^(?:(?:SOURCE|NOTE):[^\n]*\n)+/, '');
    const r = parseReportText(text);
    if (!r.ok) throw new Error(`fixture ${name}: ${r.reason.code}`);
    doc = r.value;
    cache.set(name, doc);
  }
  return doc;
}

export function fixtureTable(name: string, kind: TableKind): Table {
  const t = fixtureDoc(name).tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`fixture ${name} has no ${kind}`);
  return t;
}

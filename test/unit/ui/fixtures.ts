// Test tables typed from the real documents: the 公开05表 (一般公共预算财政拨款支出决算表) rows of seed 001,
// read from its tab-separated lines so every cell text is exactly as printed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeCell, colNo, type Column, type Table } from '../../../src/engine/table.ts';
import type { Finding, Severity } from '../../../src/engine/finding.ts';

const SEED_001 = fileURLToPath(new URL('../../fixtures/seeds/001_c1aab3eb9d979e5d.txt', import.meta.url));

export function seedText(): string {
  return readFileSync(SEED_001, 'utf8');
}

/** 公开05表 of seed 001: code, label, 1栏 合计, 2栏 基本支出, 3栏 项目支出. */
export function seed001T05(): Table {
  const lines = seedText().split('\n');
  const start = lines.findIndex((l) => l.trim() === '公开 05 表');
  const rows = [];
  for (let i = start + 1; i < lines.length && !lines[i]!.startsWith('注'); i++) {
    const cells = lines[i]!.split('\t');
    if (!/^\d{3,7}$/.test(cells[0] ?? '')) continue;
    const [code, , label, c1 = '', c2 = '', c3 = ''] = cells;
    const texts = [code!, label!, c1, c2, c3];
    rows.push({ code: code!, label: label!, lineNo: null, cells: texts.map(makeCell) });
  }
  const columns: Column[] = [
    { key: 'code', colNo: null, header: '科目编码', role: 'code' },
    { key: 'label', colNo: null, header: '科目名称', role: 'label' },
    { key: 'c1', colNo: colNo(1), header: '本年支出合计', role: 'amount' },
    { key: 'c2', colNo: colNo(2), header: '基本支出', role: 'amount' },
    { key: 'c3', colNo: colNo(3), header: '项目支出', role: 'amount' },
  ];
  return { id: 'T05', kind: 'T05', layout: null, title: '一般公共预算财政拨款支出决算表', unit: '万元', year: 2023, department: '赣州市医疗保障局', columns, rows, notes: [] };
}

/** A finding as the engine reports a failed 栏 identity on one row of `table`. */
export function rowFinding(table: Table, row: number, severity: Severity, ruleId = 'T05.col.1'): Finding {
  const loc = { table: table.id, row, col: 2, code: table.rows[row]!.code, colNo: 1 };
  return {
    ruleId, code: severity === 'info' ? 'rounding_residue' : 'sum_mismatch', severity, table: table.id, location: loc, cells: [loc],
    formula: '1栏=2+3栏', operands: [], expected: '0', actual: '0', difference: '0', tolerance: '0.01',
  };
}

export function narrativeFinding(span: [number, number], severity: Severity, ruleId = 'N.amount'): Finding {
  return {
    ruleId, code: 'narrative_amount_mismatch', severity, table: 'N', location: null, cells: [], span,
    formula: '', operands: [], expected: '', actual: '', difference: '', tolerance: '',
  };
}

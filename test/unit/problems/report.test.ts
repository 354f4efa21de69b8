// The audit report lists problems first, grouped by table, with the culprit, the suggested value and the
// findings as evidence; the CSV and JSON exports carry each finding's problem id (and JSON the problems).
import { describe, expect, it } from 'vitest';
import { buildAuditReport, buildFindingsCsv, buildFindingsJson } from '../../../src/report/index.ts';
import { at, checked, fixtureDoc, PUTUO, tableOf, withEdits } from './helpers.ts';

describe('reports with a culprit', () => {
  const base = fixtureDoc(PUTUO);
  const t03 = tableOf(base, 'T03');
  const cell = at(t03, '20106', 1);
  const doc = withEdits(base, [{ table: t03.id, ...cell, text: '2,016.66' }]);
  const { findings, result } = checked(doc);
  const culprit = result.problems.find((p) => p.suggested !== null)!;

  it('the audit report opens its results with the problems, the culprit under its table', () => {
    const html = buildAuditReport({ doc, findings, problems: result, generatedAt: new Date(0) });
    const section = html.slice(html.indexOf('data-section="problems"'), html.indexOf('data-section="findings"'));
    expect(html.indexOf('data-section="summary"')).toBeLessThan(html.indexOf('data-section="problems"'));
    expect(section).toContain(`data-table="${t03.id}"`);
    const row = section.slice(section.indexOf(`data-problem="${culprit.id}"`));
    expect(row).toMatch(/data-culprit="true"/);
    expect(row).toContain('20106 财政事务 1栏');
    expect(row.replace(/<[^>]*>/g, ' ')).not.toContain('T03');
    expect(row).toContain('2,106.66');
    expect(row).toContain('相邻两位数字颠倒');
    // each finding of the problem carries its id in the findings section
    expect(html.match(new RegExp(`<tr class="finding"[^>]*data-problem="${culprit.id}"`, 'g'))).toHaveLength(culprit.findings.length);
  });

  it('computes the problems itself when the caller gives none', () => {
    const html = buildAuditReport({ doc, findings, generatedAt: new Date(0) });
    expect(html).toContain('很可能应为 2,106.66');
  });

  it('CSV: a 问题编号 column; JSON: problem on each finding and the problems', () => {
    const csv = buildFindingsCsv(doc, findings, { problems: result });
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]!.endsWith('"问题编号"')).toBe(true);
    expect(rows.filter((r) => r.endsWith(`"${culprit.id}"`))).toHaveLength(culprit.findings.length);
    const json = JSON.parse(buildFindingsJson(doc, findings, { problems: result })) as {
      findings: { problem: string }[]; problems: { id: string; suggested: string | null; message: string }[];
    };
    expect(json.findings.filter((f) => f.problem === culprit.id)).toHaveLength(culprit.findings.length);
    expect(json.problems.find((p) => p.id === culprit.id)).toMatchObject({ suggested: '2106.66' });
    expect(json.findings.every((f) => json.problems.some((p) => p.id === f.problem))).toBe(true);
  });
});

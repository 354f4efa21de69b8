// The findings section of the audit report: grouped by severity, then by table; each finding with its place,
// formula in reviewer notation, operands, expected / actual / difference, tolerance, message, the quoted
// sentence for narrative findings, and its 核实说明 note (已说明 when it explains a warning).
import type { CellRef, Operand } from '../engine/index.ts';
import { describeCell, placeName } from '../ui/messages/index.ts';
import { ruleName } from '../ui/messages/rule-name.ts';
import { html, type SafeHtml } from './html.ts';
import { label, pageLabel, severityLabel, type ReportLang } from './labels.ts';
import { msg } from '../messages/index.ts';
import { NARRATIVE_TABLE, SEVERITIES, type FindingRecord } from './records.ts';

type Names = ReadonlyMap<string, string>;

function place(ref: CellRef | null, homeTable: string, names: Names, lang: ReportLang): string {
  if (!ref) return '';
  // a number quoted from the narrative is named by its own text, not by a line index
  if (ref.table === NARRATIVE_TABLE) return ref.text ? `「${ref.text}」` : describeCell(ref, lang);
  const table = ref.table !== homeTable ? `${placeName(ref.table, names, lang)} ` : '';
  const col = ref.colNo != null ? ` ${msg(lang, 'common.colNo', { n: ref.colNo })}` : '';
  return `${table}${describeCell(ref, lang)}${col}`.trim();
}

/** Operands as "where = value"; blanks (which count as 0) are folded into one count to keep rows short. */
function operandList(ops: readonly Operand[], homeTable: string, names: Names, lang: ReportLang): SafeHtml | null {
  if (ops.length === 0) return null;
  const first = ops[0]!.ref;
  // a 栏 identity reads one row: name the row once, then only the columns
  const oneRow = ops.every((o) => o.ref.table === first.table && o.ref.row === first.row && o.ref.colNo != null);
  const shown = ops.filter((o) => o.value !== '');
  const blanks = ops.length - shown.length;
  const where = (o: Operand) => (oneRow ? msg(lang, 'common.colNo', { n: o.ref.colNo ?? '' }) : place(o.ref, homeTable, names, lang) || label(lang, 'blank'));
  return html`<div class="small">${label(lang, 'operands')}${oneRow ? `（${describeCell(first, lang)}）` : ''}：</div>
    <ul class="ops">${shown.map((o) => html`<li>${where(o)} = ${o.value}</li>`)}${blanks > 0
      ? html`<li class="small">${msg(lang, 'report.blanksMore', { n: blanks })}</li>` : null}</ul>`;
}

function noteBlock(r: FindingRecord, lang: ReportLang): SafeHtml | null {
  if (r.note === '') return null;
  const badge = r.explained ? html`<span class="badge explained" data-explained="true">${label(lang, 'explained')}</span> ` : null;
  return html`<div class="note" data-note="${r.key}">${badge}<strong>${label(lang, 'note')}：</strong>${r.note}</div>`;
}

// the message of most narrative codes already quotes the sentence; quote it apart only when it does not
function findingRow(r: FindingRecord, n: number, names: Names, lang: ReportLang): SafeHtml {
  const f = r.finding;
  const where = f.table === NARRATIVE_TABLE ? '' : place(f.location, f.table, names, lang);
  const line = [r.page !== null ? pageLabel(lang, r.page) : '', r.sourceLine !== null ? `${label(lang, 'sourceLine')} ${r.sourceLine}` : '']
    .filter(Boolean).join(' · ');
  return html`<tr class="finding" data-severity="${f.severity}" data-code="${f.code}" data-rule="${f.ruleId}" data-key="${r.key}"${r.problem ? html` data-problem="${r.problem}"` : null}${r.explained ? html` data-explained="true"` : null}>
    <td class="num">${n}${r.problem ? html`<div class="small">${r.problem}</div>` : null}</td>
    <td>${where || r.tableName}${line ? html`<div class="small">${line}</div>` : null}</td>
    <td><div class="rule">${ruleName(f, lang)}</div>${r.formula ? html`<div class="formula">${r.formula}</div>` : null}
      ${operandList(f.operands, f.table, names, lang)}</td>
    <td class="num">${f.expected || '—'}</td>
    <td class="num">${f.actual || '—'}</td>
    <td class="num">${f.difference || '—'}${f.tolerance ? html`<div class="small">±${f.tolerance}</div>` : null}</td>
    <td>${r.explained ? null : html`<span class="badge ${f.severity}">${severityLabel(lang, f.severity)}</span> `}${r.message}
      ${r.sentence && !r.message.includes(r.sentence) ? html`<blockquote class="sentence">「${r.sentence}」</blockquote>` : null}${noteBlock(r, lang)}</td>
  </tr>`;
}

function groupByTable(records: readonly FindingRecord[]): [string, FindingRecord[]][] {
  const groups = new Map<string, FindingRecord[]>();
  for (const r of records) groups.set(r.tableId, [...(groups.get(r.tableId) ?? []), r]);
  return [...groups.entries()];
}

export function findingsSection(records: readonly FindingRecord[], names: Names, lang: ReportLang): SafeHtml {
  let n = 0;
  const cols = html`<colgroup><col class="c-n"><col class="c-place"><col class="c-rule"><col class="c-num"><col class="c-num"><col class="c-num"><col class="c-msg"></colgroup>`;
  const head = html`${cols}<thead><tr><th class="num">#</th><th>${label(lang, 'place')}</th><th>${label(lang, 'formula')}</th>
    <th class="num">${label(lang, 'expected')}</th><th class="num">${label(lang, 'actual')}</th>
    <th class="num">${label(lang, 'difference')} / ${label(lang, 'tolerance')}</th><th>${label(lang, 'message')}</th></tr></thead>`;
  const groups = SEVERITIES.map((s) => {
    const of = records.filter((r) => r.finding.severity === s);
    if (of.length === 0) return null;
    return html`<section class="severity-group" data-severity="${s}">
      <h3><span class="badge ${s}">${severityLabel(lang, s)}</span> ${of.length}</h3>
      ${groupByTable(of).map(([tableId, rs]) => html`<div class="table-group" data-table="${tableId}">
        <h4>${rs[0]!.tableName}（${rs.length}）</h4>
        <table class="findings">${head}<tbody>${rs.map((r) => findingRow(r, ++n, names, lang))}</tbody></table>
      </div>`)}
    </section>`;
  });
  const body = records.length === 0 ? html`<p class="empty">${label(lang, 'noFindings')}</p>` : groups;
  return html`<section class="findings page-break" data-section="findings"><h2>${label(lang, 'findings')}（${records.length}）</h2>${body}</section>`;
}

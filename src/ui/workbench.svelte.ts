// The workbench's state: the workbook (a ParsedDocument), its live findings, the reviewer's custom rules,
// disabled rules and 核实说明 notes, the active sheet and the jump target. Components read it and call
// its methods; parsing and checking happen in src/paste, src/engine and src/checks, never here.
import type { ParsedDocument, ParseProblem } from '../engine/document.ts';
import type { Finding, Severity } from '../engine/finding.ts';
import type { Table, TableKind } from '../engine/table.ts';
import type { RuleDef } from '../engine/rule.ts';
import type { BoundRule } from '../engine/index.ts';
import { findProblems } from '../checks/problems/index.ts';
import { documentLevelFindings, type CheckSession } from './model/check-session.ts';
import { SessionSlot } from './model/session-slot.ts';
import { calibrate } from '../checks/unchecked.ts';
import { buildCellMarks, countBySeverity, findingId, SEVERITIES } from './model/findings-view.ts';
import {
  countProblems, culpritCells, groupProblems, problemOrder, problemViews, stepProblem, type ProblemEntry, type ProblemSnapshot,
} from './model/problems-view.ts';
import { blankTable, freshTableId, withCell, withKind } from './model/table-edit.ts';
import { EMPTY_DOC, tableById, withAddedTable, withTable } from './model/workbook.ts';
import { mapOf, setOf, toggled, withEntry } from './model/snapshots.ts';
import { Ingest } from './ingest.svelte.ts';
import type { FullCheck } from './model/full-check.ts';
import { t, type Lang } from './i18n.ts';
import type { MessageParams } from '../messages/index.ts';
import { rememberedLang, rememberLang } from './lang-memory.ts';

export const NARRATIVE_SHEET = 'N';
const DOC_RECHECK_MS = 250; // narrative/绩效 checks re-run once typing pauses

export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface JumpTarget {
  readonly table: string;
  readonly row: number;
  readonly col: number;
  readonly span: readonly [number, number] | null;
  /** bumps on every jump so jumping to the same cell twice still moves the grid */
  readonly seq: number;
}

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
  readonly problems?: readonly ParseProblem[];
  readonly canRestore?: boolean;
}

export class Workbench {
  lang = $state<Lang>(rememberedLang());
  doc = $state.raw<ParsedDocument>(EMPTY_DOC);
  isSample = $state(false);
  active = $state<string>(NARRATIVE_SHEET);
  ruleFindings = $state.raw<readonly Finding[]>([]);
  docFindings = $state.raw<readonly Finding[]>([]);
  /** cross-year findings of this workbook against the linked report of the year before (src/ui/batch) */
  linkedFindings = $state.raw<readonly Finding[]>([]);
  custom = $state.raw<readonly BoundRule[]>([]);
  disabled = $state.raw<ReadonlySet<string>>(setOf());
  notes = $state.raw<ReadonlyMap<string, string>>(mapOf());
  shown = $state.raw<ReadonlySet<Severity>>(setOf(SEVERITIES));
  selectedId = $state<string | null>(null);
  /** the problem F8 last moved to (or that holds the selected finding) */
  selectedProblem = $state<string | null>(null);
  /** root causes of the findings as of the last settled check (recomputed after edits pause) */
  problemSnapshot = $state.raw<ProblemSnapshot | null>(null);
  focus = $state.raw<{ table: string; row: number; col: number } | null>(null);
  jump = $state.raw<JumpTarget | null>(null);
  notice = $state.raw<Notice | null>(null);
  /** bumps when a grid must reload its data (new workbook, table replaced from outside the grid) */
  dataVersion = $state(0);
  /** rules and statuses of the current session, for the rules panel */
  ruleList = $state.raw<readonly BoundRule[]>([]);
  statuses = $state.raw<CheckSession['statuses']>([]);
  ruleUses = $state.raw<CheckSession['uses']>([]);

  readonly ingest = new Ingest(this);
  /** the incremental checker of the current workbook (src/ui/model/session-slot.ts) */
  private readonly slot = new SessionSlot(() => ({ custom: this.custom, disabled: this.disabled }));
  private docTimer: ReturnType<typeof setTimeout> | null = null;
  private problemTimer: ReturnType<typeof setTimeout> | null = null;
  private jumpSeq = 0;
  private customSeq = 0;

  /** trainer mode (src/ui/trainer): an exercise hides the findings until the trainee hands in (交卷) */
  concealed = $state(false);

  /** findings calibrated for tables read with their columns out of place, and the 未能核对 list */
  private calibrated = $derived(calibrate(this.doc, [...this.ruleFindings, ...this.docFindings, ...this.linkedFindings], this.statuses));
  findings = $derived(this.concealed ? [] : this.calibrated.findings);
  unchecked = $derived(this.concealed ? [] : this.calibrated.unchecked);
  problems = $derived(problemViews(this.problemSnapshot, this.findings));
  marks = $derived(buildCellMarks(this.findings, this.notes, culpritCells(this.problems)));
  sheetOrder = $derived([...this.doc.tables.map((tb) => tb.id), NARRATIVE_SHEET]);
  problemGroups = $derived(groupProblems(this.problems, this.sheetOrder, this.shown));
  counts = $derived(countBySeverity(this.findings));
  problemCounts = $derived(countProblems(this.problems));
  order = $derived(problemOrder(this.problemGroups));
  activeTable = $derived(tableById(this.doc, this.active) ?? null);
  narrativeFindings = $derived(this.findings.filter((f) => f.span !== undefined));

  /** a workbench label ('ui.<key>' in src/messages) in the current language */
  tr = (key: Parameters<typeof t>[1], params?: MessageParams) => t(this.lang, key, params);

  toggleLang(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    rememberLang(this.lang);
  }

  /** Replaces the workbook and runs every check on it (or takes the full check made off the page with the parse). */
  load(doc: ParsedDocument, opts: { sample?: boolean; check?: FullCheck | null } = {}): void {
    this.doc = doc;
    this.isSample = opts.sample ?? false;
    this.custom = this.custom.filter((r) => tableById(doc, r.tableId));
    // open on the first recognised table (a leading unknown block is often a list of units)
    this.active = (doc.tables.find((tb) => tb.kind !== 'unknown') ?? doc.tables[0])?.id ?? NARRATIVE_SHEET;
    this.selectedId = null;
    this.focus = null;
    this.jump = null;
    this.dataVersion++;
    if (opts.check) this.adopt(opts.check);
    else this.rebuild();
  }

  /** Whether custom rules of this workbook would carry over to `doc` (a check made without them would not stand). */
  hasCustomRulesFor(doc: ParsedDocument): boolean {
    return this.custom.some((r) => tableById(doc, r.tableId));
  }

  /** Opens a saved workbook (a draft, see src/ui/drafts): its tables, custom rules, switches and notes. */
  openWorkbook(w: { doc: ParsedDocument; custom: readonly BoundRule[]; disabled: ReadonlySet<string>; notes: ReadonlyMap<string, string> }): void {
    this.custom = w.custom;
    this.disabled = w.disabled;
    this.notes = w.notes;
    // new custom rules must not reuse a saved rule's id
    for (const r of w.custom) this.customSeq = Math.max(this.customSeq, Number(/^custom\.(\d+)$/.exec(r.def.id)?.[1] ?? 0));
    this.showNotice(null);
    this.load(w.doc);
  }

  /** Cells edited in the grid (typing, grid paste, undo/redo). */
  editCells(tableId: string, edits: readonly CellEdit[]): void {
    let table = tableById(this.doc, tableId);
    if (!table || edits.length === 0) return;
    const before = table;
    for (const e of edits) table = withCell(table, e.row, e.col, e.text);
    this.doc = withTable(this.doc, table);
    this.isSample = false;
    const reshaped = table.rows.length !== before.rows.length || table.columns.length !== before.columns.length;
    const keyEdit = edits.some((e) => before.columns[e.col]?.role !== 'amount' && before.columns[e.col]?.role !== 'text');
    // a workbook checked off the page gets its checker here, from the tables as they were before this edit
    const session = this.slot.current ?? this.slot.fill(withTable(this.doc, before));
    if (reshaped || keyEdit) session.replaceTable(table);
    else for (const e of edits) session.setCell(tableId, e.row, e.col, e.text);
    this.ruleFindings = session.findings();
    this.scheduleDocumentChecks();
  }

  setKind(tableId: string, kind: TableKind): void {
    const table = tableById(this.doc, tableId);
    if (!table || table.kind === kind) return;
    // a blank table's made-up title ("空白表 U1") gives way to the kind's name once the reviewer names its kind
    const blank = table.title === `${this.tr('blankTableTitle')} ${table.id}` && kind !== 'unknown';
    this.doc = withTable(this.doc, withKind(blank ? { ...table, title: '' } : table, kind));
    this.rebuild();
  }

  addBlankTable(): void {
    const id = freshTableId(this.doc.tables.map((tb) => tb.id));
    const table = blankTable(id, `${this.tr('blankTableTitle')} ${id}`);
    this.doc = withAddedTable(this.doc, table);
    this.isSample = false;
    this.active = id;
    this.rebuild();
  }

  addCustomRule(tableId: string, expr: string, severity: Severity): void {
    this.customSeq++;
    const def: RuleDef = { id: `custom.${this.customSeq}`, expr: expr.trim(), severity, origin: 'custom' };
    this.custom = [...this.custom, { def, tableId }];
    this.rebuild();
  }

  removeCustomRule(ruleId: string): void {
    this.custom = this.custom.filter((r) => r.def.id !== ruleId);
    this.rebuild();
  }

  toggleRule(ruleId: string): void {
    this.disabled = toggled(this.disabled, ruleId);
    this.rebuild();
  }

  setNote(f: Finding, text: string): void {
    this.notes = withEntry(this.notes, findingId(f), text.trim() === '' ? undefined : text.trim());
  }

  toggleSeverity(s: Severity): void {
    this.shown = toggled(this.shown, s);
  }

  /** Shows the finding's cell (or narrative sentence) and selects it. */
  jumpTo(f: Finding): void {
    this.selectedId = findingId(f);
    this.selectedProblem = this.problems.find((v) => v.findings.includes(f))?.id ?? null;
    const loc = f.location;
    const onNarrative = f.span !== undefined || f.table === NARRATIVE_SHEET;
    const table = onNarrative ? NARRATIVE_SHEET : (loc?.table ?? f.table);
    if (table === NARRATIVE_SHEET || tableById(this.doc, table)) this.active = table;
    this.jump = { table, row: loc?.row ?? -1, col: loc?.col ?? -1, span: f.span ?? null, seq: ++this.jumpSeq };
  }

  /** Shows a problem: its culprit cell when one is computed, else its first finding's place. */
  jumpToProblem(e: ProblemEntry): void {
    const first = e.findings[0];
    if (first) this.jumpTo(first);
    this.selectedProblem = e.view.id;
    const c = e.view.culprit;
    if (c && tableById(this.doc, c.table)) {
      this.active = c.table;
      this.jump = { table: c.table, row: c.row, col: c.col, span: null, seq: ++this.jumpSeq };
    }
  }

  /** F8 (step 1) / Shift+F8 (step −1): walks the problems, errors first. */
  step(step: 1 | -1): void {
    const at = stepProblem(this.order, this.selectedProblem, step);
    const e = at >= 0 ? this.order[at] : undefined;
    if (e) this.jumpToProblem(e);
  }

  setFocus(table: string, row: number, col: number): void {
    this.focus = { table, row, col };
  }

  showNotice(n: Notice | null): void {
    this.notice = n;
  }

  /** A fresh session over the current workbook, rules and switches: a full check. */
  private rebuild(): void {
    const session = this.slot.fill(this.doc);
    this.ruleList = session.allRules;
    this.statuses = session.statuses;
    this.ruleUses = session.uses;
    this.ruleFindings = session.findings();
    this.runDocumentChecks();
  }

  /** Takes a full check made off the page (src/ui/parse-client.ts): the same findings rebuild() would compute. */
  private adopt(check: FullCheck): void {
    const doc = this.doc;
    this.slot.empty(doc, () => this.doc === doc);
    this.ruleList = check.ruleList;
    this.statuses = check.statuses;
    this.ruleUses = check.ruleUses;
    this.ruleFindings = check.ruleFindings;
    this.docFindings = check.docFindings;
    if (this.problemTimer !== null) clearTimeout(this.problemTimer);
    this.problemTimer = null;
    this.problemSnapshot = check.problemSnapshot;
  }

  private scheduleDocumentChecks(): void {
    if (this.docTimer !== null) clearTimeout(this.docTimer);
    this.docTimer = setTimeout(() => {
      this.docTimer = null;
      this.runDocumentChecks();
    }, DOC_RECHECK_MS);
  }

  /** Document-level checks, then (right after the marks are drawn) the root causes of all findings. */
  private runDocumentChecks(): void {
    this.docFindings = documentLevelFindings(this.doc, this.disabled);
    if (this.problemTimer !== null) clearTimeout(this.problemTimer);
    this.problemTimer = setTimeout(() => {
      this.problemTimer = null;
      this.computeProblems();
    }, 0);
  }

  /** Root causes, re-evaluated on a private checker; until they are in, the panel shows the last ones matched. */
  private computeProblems(): void {
    const findings = this.findings;
    const rules = this.ruleList.filter((r) => !this.disabled.has(r.def.id));
    this.problemSnapshot = { findings, result: findProblems(findings, this.doc.tables, rules) };
  }
}

export type { Table };

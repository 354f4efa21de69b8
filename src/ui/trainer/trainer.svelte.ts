// Trainer-mode state: which template is open and the rules beside it, worked examples, and the exercise
// in progress (marks, the score after 交卷). Thin over src/trainer; the workbench shows the sheets.
import type { ParsedDocument } from '../../engine/document.ts';
import {
  createExercise, listTemplates, parseExercise, scoreAttempt, serialiseExercise, singleTableDocument, templateById,
  templateRules, workedExamples, type AttemptScore, type CellMark, type ErrorKind, type Exercise, type ExerciseProblem,
  type TemplateRule,
} from '../../trainer/index.ts';
import { appendDocument } from '../model/workbook.ts';
import type { Lang } from '../i18n.ts';

/** What the trainer needs from the workbench (Workbench satisfies it). */
export interface TrainerHost {
  readonly doc: ParsedDocument;
  readonly focus: { readonly table: string; readonly row: number; readonly col: number } | null;
  readonly lang: Lang;
  active: string;
  /** hides findings while an exercise is being solved */
  concealed: boolean;
  load(doc: ParsedDocument, opts?: { sample?: boolean }): void;
}

/** Keeps an exercise away from the reviewer's draft (the drafts layer satisfies it). */
export interface TrainingGuard {
  /** after the exercise is loaded; `onEnd` is called when something else (a paste, opening a draft) ends it */
  beginTraining(onEnd: () => void): void;
  /** the exercise is over: the workbench shows the reviewer's workbook again */
  endTraining(): void;
}

export const CURRENT_WORKBOOK = 'workbook';
const MAX_ERRORS = 10;

export class Trainer {
  readonly templates = listTemplates();
  readonly examples = workedExamples();
  templateSheet = $state<string | null>(null);
  rules = $state.raw<readonly TemplateRule[]>([]);
  exercise = $state.raw<Exercise | null>(null);
  /** errors asked for, when the document offered fewer detectable spots */
  asked = $state(0);
  marks = $state.raw<readonly CellMark[]>([]);
  result = $state.raw<AttemptScore | null>(null);
  busy = $state(false);
  problem = $state.raw<ExerciseProblem | null>(null);
  /** offset of the text selected in the 说明 tab, if any */
  textOffset = $state<number | null>(null);

  constructor(private readonly host: TrainerHost, private readonly guard: TrainingGuard | null = null) {}

  /** Adds the blank template as a new sheet of the workbook and shows its rules. */
  openTemplate(id: string): void {
    const template = templateById(id);
    this.leaveExercise();
    const { doc, added } = appendDocument(this.host.doc, singleTableDocument(template));
    this.host.load(doc);
    this.host.active = added[0] ?? template.id;
    this.templateSheet = this.host.active;
    this.rules = templateRules(template);
  }

  async openExample(id: string): Promise<void> {
    const example = this.examples.find((e) => e.id === id);
    if (!example) return;
    this.busy = true;
    try {
      const doc = await example.load();
      this.leaveExercise();
      this.templateSheet = null;
      this.host.load(doc);
    } finally {
      this.busy = false;
    }
  }

  /** Injects `count` errors into the chosen source and hides the findings until 交卷. */
  async startExercise(source: string, count: number, kinds: readonly ErrorKind[], seed: number | null): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      const example = this.examples.find((e) => e.id === source);
      const doc = example ? await example.load() : this.host.doc;
      // let the busy state paint: checking a whole report for every candidate spot takes a moment
      await new Promise((r) => setTimeout(r, 0));
      const n = Math.max(1, Math.min(MAX_ERRORS, Math.round(count)));
      const opts = { count: n, seed: seed ?? Math.floor(Math.random() * 2 ** 31), ...(kinds.length ? { kinds } : {}) };
      const title = example?.title ?? this.host.doc.title ?? '';
      this.begin(createExercise(doc, opts, { title, source: example?.id ?? CURRENT_WORKBOOK }), n);
    } finally {
      this.busy = false;
    }
  }

  private begin(exercise: Exercise, asked: number): void {
    this.exercise = exercise;
    this.asked = asked;
    this.marks = [];
    this.result = null;
    this.templateSheet = null;
    this.host.concealed = true;
    // the exercise is a copy: the reviewer's draft keeps what it had until the exercise ends
    this.host.load(exercise.doc);
    this.guard?.beginTraining(() => this.abandon());
  }

  markFocusedCell(): void {
    const f = this.host.focus;
    if (!f || !this.exercise || this.result) return;
    this.addMark({ table: f.table, row: f.row, col: f.col });
  }

  markSelectedText(): void {
    if (this.textOffset === null || !this.exercise || this.result) return;
    this.addMark({ table: 'N', row: -1, col: -1, offset: this.textOffset });
  }

  private addMark(m: CellMark): void {
    const same = (x: CellMark) => x.table === m.table && x.row === m.row && x.col === m.col && x.offset === m.offset;
    if (!this.marks.some(same)) this.marks = [...this.marks, m];
  }

  unmark(index: number): void {
    this.marks = this.marks.filter((_, i) => i !== index);
  }

  /** 交卷: score the marks, then reveal the findings. */
  submit(): void {
    if (!this.exercise) return;
    this.result = scoreAttempt(this.exercise, this.marks);
    this.host.concealed = false;
  }

  /** 结束练习: the exercise is dropped and the reviewer's workbook comes back. */
  leaveExercise(): void {
    const was = this.exercise !== null;
    this.abandon();
    if (was) this.guard?.endTraining();
  }

  private abandon(): void {
    this.exercise = null;
    this.marks = [];
    this.result = null;
    this.host.concealed = false;
  }

  /** The exercise as a file to download. */
  saveExercise(): { name: string; text: string } | null {
    if (!this.exercise) return null;
    return { name: `gouji-exercise-${this.exercise.seed}.json`, text: serialiseExercise(this.exercise) };
  }

  openExerciseText(text: string): void {
    const r = parseExercise(text);
    if (!r.ok) {
      this.problem = r.reason;
      return;
    }
    this.problem = null;
    this.begin(r.value, r.value.injected.length);
  }
}

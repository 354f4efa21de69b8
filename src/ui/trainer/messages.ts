// Trainer-mode wording (Chinese, with the English toggle): panel labels, error kinds and the reasons an
// exercise file cannot be opened. The pure core (src/trainer) returns codes only.
import type { ErrorKind, ExerciseProblemCode } from '../../trainer/index.ts';
import type { Lang } from '../i18n.ts';

const ZH = {
  title: '培训模式',
  templates: '空白模板',
  openTemplate: '打开为新工作表',
  templateRules: '本表适用的规则',
  examples: '示例（正确填报）',
  openExample: '载入示例',
  exercise: '练习',
  exerciseSource: '题目来源',
  currentWorkbook: '当前工作簿',
  errorCount: '错误数',
  errorKinds: '错误类型',
  seed: '随机种子（可选）',
  create: '出题',
  creating: '正在出题…',
  exerciseIntro: '找出被改错的单元格：选中单元格后点“标记当前单元格”；说明中的错误请选中文字后点“标记所选文字”。检查结果在交卷后显示。',
  markCell: '标记当前单元格',
  markText: '标记所选文字',
  marks: '已标记',
  noMarks: '尚未标记。',
  unmark: '取消',
  submit: '交卷',
  score: '得分',
  found: '找到',
  missed: '未找到',
  falseMarks: '误标',
  injected: '注入的错误',
  save: '保存练习',
  open: '打开练习文件',
  end: '结束练习',
  fewer: '文档中可检出的位置不够，只注入了',
  narrative: '说明',
  row: '行',
} as const;

type Key = keyof typeof ZH;

const EN: Record<Key, string> = {
  title: 'Trainer', templates: 'Blank templates', openTemplate: 'Open as a new sheet', templateRules: 'Rules for this table',
  examples: 'Worked examples (correct filling)', openExample: 'Load example', exercise: 'Exercise', exerciseSource: 'Source',
  currentWorkbook: 'Current workbook', errorCount: 'Errors', errorKinds: 'Kinds of error', seed: 'Seed (optional)', create: 'Create',
  creating: 'Creating…',
  exerciseIntro: 'Find the cells that were made wrong: select a cell and press “Mark cell”; for the text, select words and press “Mark selected text”. Findings show after you hand in.',
  markCell: 'Mark cell', markText: 'Mark selected text', marks: 'Marked', noMarks: 'Nothing marked yet.', unmark: 'Remove',
  submit: 'Hand in', score: 'Score', found: 'Found', missed: 'Missed', falseMarks: 'False marks', injected: 'Injected errors',
  save: 'Save exercise', open: 'Open exercise file', end: 'End exercise', fewer: 'Not enough detectable spots; errors injected: ',
  narrative: 'Text', row: 'row',
};

export function trainerText(lang: Lang, key: Key): string {
  return lang === 'zh' ? ZH[key] : EN[key];
}

const KINDS: Record<ErrorKind, [string, string]> = {
  transposed_digits: ['数字颠倒', 'Transposed digits'],
  dropped_row: ['漏列一行', 'Dropped row'],
  wrong_total: ['合计错误', 'Wrong total'],
  wrong_percentage: ['说明中的百分比错误', 'Wrong percentage in the text'],
};

export function kindName(lang: Lang, kind: ErrorKind): string {
  return KINDS[kind][lang === 'zh' ? 0 : 1];
}

const PROBLEMS: Record<ExerciseProblemCode, [string, string]> = {
  too_large: ['文件过大，不是练习文件。', 'The file is too large to be an exercise.'],
  not_json: ['文件无法读取：不是练习文件（JSON）。', 'Not an exercise file (not JSON).'],
  not_an_exercise: ['这不是勾稽练习文件。', 'This is not a Gouji exercise file.'],
  unsupported_version: ['练习文件版本不受支持（{version}）。', 'Unsupported exercise file version ({version}).'],
  invalid_exercise: ['练习文件已损坏：{path} 不正确。', 'The exercise file is damaged: {path} is not valid.'],
};

export function describeExerciseProblem(lang: Lang, code: ExerciseProblemCode, params: Readonly<Record<string, string | number>> = {}): string {
  return PROBLEMS[code][lang === 'zh' ? 0 : 1].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

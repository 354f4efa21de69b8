// Table-kind recognition from a printed title (names, aliases, 公开NN表 / 表N numbers), header keywords and
// code patterns. Numbering differs by province and year, so a printed name always beats a printed number.
import type { TableKind } from '../../engine/table.ts';

export interface Recognition {
  readonly kind: TableKind;
  readonly layout?: string | null;
  /** 1 = full name, 0.8 = alias, 0.5 = header keywords, 0.3 = table number only, 0 = unknown */
  readonly confidence: number;
}

export interface RecogniseContext {
  readonly headerText?: string;
  readonly codes?: readonly string[];
}

interface NameRule {
  readonly re: RegExp;
  readonly kind: TableKind;
  readonly confidence: number;
  readonly layout?: string;
}

// Order matters: the more specific names come first (T04 before T01, T06 before T05, 三公 before 一般公共…).
const NAME_RULES: readonly NameRule[] = [
  // 部门预算 (budget.md): a title with 预算 and no 决算. 三公 and 基本支出 before the general 支出 tables.
  { re: /^(?!.*决算).*三公.*预算表/, kind: 'B09', confidence: 1 },
  { re: /^(?!.*决算).*机关运行经费.*预算表/, kind: 'B12', confidence: 1 },
  { re: /^(?!.*决算).*政府采购.*预算表/, kind: 'B13', confidence: 1 },
  { re: /^(?!.*决算).*项目支出.*预算表/, kind: 'B14', confidence: 1 },
  { re: /^(?!.*决算).*国有资本经营.*支出预算表/, kind: 'B11', confidence: 1 },
  { re: /^(?!.*决算).*政府性基金.*支出预算表/, kind: 'B10', confidence: 1 },
  { re: /^(?!.*决算)(部门)?财政拨款收支预算总表/, kind: 'B04', confidence: 1 },
  { re: /^(?!.*决算)(部门)?财政拨款基本支出预算表/, kind: 'B06', confidence: 1 },
  { re: /^(?!.*决算)(部门)?财政拨款支出预算表/, kind: 'B05', confidence: 1 },
  { re: /^(?!.*决算)一般公共预算(财政拨款)?基本支出预算表/, kind: 'B08', confidence: 1 },
  { re: /^(?!.*决算)一般公共预算(财政拨款)?支出预算表/, kind: 'B07', confidence: 1 },
  { re: /^(?!.*决算)(部门|单位)?收支预算总表/, kind: 'B01', confidence: 1 },
  { re: /^(?!.*决算)(部门|单位)?收入预算(总)?表/, kind: 'B02', confidence: 1 },
  { re: /^(?!.*决算)(部门|单位)?支出预算(总)?表/, kind: 'B03', confidence: 1 },
  { re: /绩效.*汇总表|自评(情况)?汇总表/, kind: 'P_SUMMARY', confidence: 1 },
  { re: /整体(支出)?绩效.*表|部门整体.*(评价|自评)表/, kind: 'P_DEPT', confidence: 1 },
  { re: /自评表$/, kind: 'P_PROJECT', confidence: 1 },
  { re: /(部门评价|绩效评价|评价指标)(体系)?表$/, kind: 'P_EVAL', confidence: 1 },
  { re: /三公/, kind: 'T09', confidence: 1 },
  { re: /国有资产占用/, kind: 'T10', confidence: 1 },
  { re: /国有资本经营预算财政拨款收入支出(决算)?表/, kind: 'T08', confidence: 1, layout: 'T08.INOUT' },
  { re: /国有资本经营预算财政拨款(支出)?(决算)?表/, kind: 'T08', confidence: 1, layout: 'T08.EXP' },
  { re: /政府性基金预算财政拨款(收入支出|收支|支出)?(决算)?表/, kind: 'T07', confidence: 1 },
  { re: /一般公共预算财政拨款基本支出(决算)?表/, kind: 'T06', confidence: 1 },
  { re: /^基本支出(决算)?表/, kind: 'T06', confidence: 0.8 },
  { re: /一般公共预算财政拨款支出(决算)?表/, kind: 'T05', confidence: 1 },
  { re: /财政拨款收入支出决算总表/, kind: 'T04', confidence: 1 },
  { re: /财政拨款收支(决算)?总表/, kind: 'T04', confidence: 0.8 },
  { re: /收入支出决算总表/, kind: 'T01', confidence: 1 },
  { re: /收支(决算)?总表/, kind: 'T01', confidence: 0.8 },
  { re: /^收入决算表$/, kind: 'T02', confidence: 1 },
  { re: /^支出决算表$/, kind: 'T03', confidence: 1 },
];

// 公开NN表 follows the 江西 2023 numbering; 表N follows the 湖北/武汉 numbering (domain §1.0). Low confidence.
const BY_OPEN_NUMBER: Readonly<Record<number, TableKind>> = {
  1: 'T01', 2: 'T02', 3: 'T03', 4: 'T04', 5: 'T05', 6: 'T06', 7: 'T07', 8: 'T08', 9: 'T09', 10: 'T10',
};
const BY_PLAIN_NUMBER: Readonly<Record<number, TableKind>> = {
  1: 'T01', 2: 'T02', 3: 'T03', 4: 'T04', 5: 'T05', 6: 'T06', 7: 'T09', 8: 'T07', 9: 'T08', 10: 'T10',
};

/** Title text without whitespace, quotes, bullets, enumerators, years and table numbers. */
export function normaliseTitle(title: string): string {
  let t = title.replace(/[\s\u3000]+/g, '').replace(/[“”"]/g, '');
  t = t.replace(/^[-*•·]+/, '').replace(/^《(.*)》$/, '$1');
  t = t.replace(/^(附表|附件\d*(-\d+)?)[:：]?/, '');
  t = t.replace(/^[（(]?[一二三四五六七八九十]+[)）、.．]/, '');
  t = t.replace(/^\d{4}年度?/, '');
  t = t.replace(/[（(]\d{4}年度?[)）]$/, '');
  t = t.replace(/[（(]表\d+[)）]$/, '').replace(/公开\d+表$/, '').replace(/^公开\d+表/, '');
  // 部门预算 titles name their classification or fund after the table: 支出预算表（功能科目）, …（一般公共预算）
  t = t.replace(/表[（(](功能科目|经济科目|按功能分类|按经济分类|功能分类|经济分类|一般公共预算)[)）]$/, '表');
  return t.replace(/[（(]\d{4}年度?[)）]$/, '');
}

function numberAlias(title: string): Recognition | null {
  const t = title.replace(/\s+/g, '');
  const open = /公开(\d{1,2})表/.exec(t);
  if (open) {
    const kind = BY_OPEN_NUMBER[Number.parseInt(open[1]!, 10)];
    if (kind) return { kind, layout: null, confidence: 0.3 };
  }
  const plain = /(?:^|[（(])表(\d{1,2})(?:[)）]|$)/.exec(t);
  if (plain) {
    const kind = BY_PLAIN_NUMBER[Number.parseInt(plain[1]!, 10)];
    if (kind) return { kind, layout: null, confidence: 0.3 };
  }
  return null;
}

function byHeader(header: string, codes: readonly string[]): Recognition | null {
  const h = header.replace(/[\s\u3000]+/g, '');
  const has = (...words: string[]) => words.every((w) => h.includes(w));
  if (has('执行率得分') && /自评得分|绩效自评/.test(h)) return { kind: 'P_SUMMARY', layout: null, confidence: 0.5 };
  if (has('一级指标', '三级指标') && has('年度指标')) return { kind: 'P_PROJECT', layout: null, confidence: 0.5 };
  if (has('一级指标', '三级指标', '分值')) return { kind: 'P_EVAL', layout: null, confidence: 0.5 };
  if (has('人员经费', '公用经费')) return { kind: 'T06', layout: null, confidence: 0.5 };
  if (/三公/.test(h) || has('因公出国', '公务接待')) return { kind: 'T09', layout: null, confidence: 0.5 };
  if (has('车辆数合计')) return { kind: 'T10', layout: null, confidence: 0.5 };
  if (has('本年收入合计', '财政拨款收入', '事业收入')) return { kind: 'T02', layout: null, confidence: 0.5 };
  if (has('本年支出合计', '基本支出', '上缴上级支出')) return { kind: 'T03', layout: null, confidence: 0.5 };
  if (has('年初结转和结余', '年末结转和结余', '本年收入') && !has('项目（按功能分类）')) {
    return { kind: 'T07', layout: null, confidence: 0.4 };
  }
  if (codes.length > 0 && codes.every((c) => /^3\d{2}(\d{2})?$/.test(c))) return { kind: 'T06', layout: null, confidence: 0.4 };
  return null;
}

/** Recognise a table kind from its title, then header keywords and codes; unknown titles → 'unknown'. */
export function recogniseKind(title: string, context: RecogniseContext = {}): Recognition {
  const norm = normaliseTitle(title);
  for (const rule of NAME_RULES) {
    if (rule.re.test(norm)) return { kind: rule.kind, layout: rule.layout ?? null, confidence: rule.confidence };
  }
  const byNumber = numberAlias(title);
  const header = byHeader(context.headerText ?? '', context.codes ?? []);
  if (header && (!byNumber || header.confidence > byNumber.confidence)) return header;
  if (byNumber) return byNumber;
  return { kind: 'unknown', layout: null, confidence: 0 };
}

/** A line that is (only) a table title: short, ends in 表 after normalisation, names a known kind. */
export function titleOfLine(text: string): { title: string; recognition: Recognition } | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 60) return null;
  if (/[，。；！？]|见|详见/.test(trimmed)) return null;
  if (trimmed.includes('\t')) return null;
  const norm = normaliseTitle(trimmed);
  // a qualifier after 表 (“财政拨款支出预算表（功能科目）”) is part of the title; “（续）” marks a continuation, not a title
  if (norm.length < 4 || norm.length > 40 || !norm.replace(/[（(][^（()）续]{1,8}[)）]$/, '').endsWith('表')) return null;
  const recognition = recogniseKind(trimmed);
  if (recognition.confidence < 0.8) return null;
  return { title: trimmed.replace(/[\s\u3000]+/g, ' '), recognition };
}

// Command-line arguments of `check`: [--format json|text] [--rule EXPR]... FILE...  Usage errors are values.
export type OutputFormat = 'json' | 'text';

export interface CliArgs {
  readonly format: OutputFormat;
  readonly rules: readonly string[];
  readonly files: readonly string[];
  readonly help: boolean;
  /** add the per-report summary (JSON `summary`, a table in the text report) */
  readonly summary: boolean;
  /** parallel workers; 0 = one per core (at most 4) */
  readonly jobs: number;
}

export type ArgsResult =
  | { readonly ok: true; readonly value: CliArgs }
  | { readonly ok: false; readonly reason: { readonly code: 'missing_value' | 'bad_format' | 'bad_jobs' | 'unknown_option' | 'no_files'; readonly option: string } };

export function parseArgs(argv: readonly string[]): ArgsResult {
  let format: OutputFormat = 'text';
  const rules: string[] = [];
  const files: string[] = [];
  let help = false;
  let summary = false;
  let jobs = 0;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyFiles || a === '-' || !a.startsWith('-')) { files.push(a); continue; }
    if (a === '--') { onlyFiles = true; continue; }
    if (a === '-h' || a === '--help') { help = true; continue; }
    if (a === '--summary') { summary = true; continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name !== '--format' && name !== '--rule' && name !== '-f' && name !== '-r' && name !== '--jobs' && name !== '-j') return { ok: false, reason: { code: 'unknown_option', option: a } };
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) return { ok: false, reason: { code: 'missing_value', option: name } };
    if (name === '--format' || name === '-f') {
      if (value !== 'json' && value !== 'text') return { ok: false, reason: { code: 'bad_format', option: value } };
      format = value;
    } else if (name === '--jobs' || name === '-j') {
      if (!/^\d{1,2}$/.test(value)) return { ok: false, reason: { code: 'bad_jobs', option: value } };
      jobs = Number(value);
    } else rules.push(value);
  }
  if (!help && files.length === 0) return { ok: false, reason: { code: 'no_files', option: '' } };
  return { ok: true, value: { format, rules, files, help, summary, jobs } };
}

export const USAGE = `用法：npm run --silent check -- [--format json|text] [--rule 规则]... 文件...
  --format json|text   输出格式（默认 text：中文报告；json：一个 JSON 对象）
  --rule 规则          额外的核对规则，可多次给出，如 --rule '1栏=2+3'，对每张表执行
  --summary            每份报告一行的汇总（JSON 中为 summary 数组）
  --jobs N             并行核对的线程数（默认每个 CPU 核一个，至多 4；1 = 不并行）
  文件                 .txt/.tsv/.csv/.html/.xlsx；整份决算公开文本或单张表格；文件夹则递归读取其中的报告
同一部门相邻年度的报告一并给出时，自动核对本年年初与上年年末等跨年度关系
退出码：0 无错误；1 有错误级别的核对结果；2 用法错误或文件无法读取`;

export function describeArgsError(reason: Extract<ArgsResult, { ok: false }>['reason']): string {
  switch (reason.code) {
    case 'missing_value': return `选项 ${reason.option} 缺少取值`;
    case 'bad_format': return `--format 只能是 json 或 text，收到「${reason.option}」`;
    case 'bad_jobs': return `--jobs 应为 0–99 的整数，收到「${reason.option}」`;
    case 'unknown_option': return `未知选项 ${reason.option}`;
    case 'no_files': return '没有给出要核对的文件';
  }
}

// Moves inline wording into the message tables: every t(lang, '中文', 'English') call in the given .ts files becomes
// msg(lang, '<domain>.<name>', { params }) and its two texts are appended to src/messages/{zh,en}/<domain>.ts
// (template ${expressions} become {placeholders}). Usage: node .ci/migrate-messages.mjs <domain> <file.ts>...
// It prints MANUAL for calls it cannot convert and for parameters that still hold words; fix those by hand.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const [domain, ...files] = process.argv.slice(2);
if (!domain || files.length === 0) throw new Error('usage: node .ci/migrate-messages.mjs <domain> <file.ts>...');

const tablePath = (lang) => `src/messages/${lang}/${domain}.ts`;
function readTable(lang) {
  if (!fs.existsSync(tablePath(lang))) return [];
  const text = fs.readFileSync(tablePath(lang), 'utf8');
  const body = text.slice(text.indexOf('{', text.indexOf(lang === 'zh' ? 'export default' : 'const en')), text.lastIndexOf('}') + 1);
  return Object.entries(eval(`(${body})`));
}
const zh = new Map(readTable('zh'));
const en = new Map(readTable('en'));

const CJK = /[\u3400-\u9fff\uff00-\uffef“”「」（）]/;
const slug = (s) => s.toLowerCase().replace(/\{\w+\}/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).slice(0, 3).join('_') || 'text';

function nameOf(e) {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e)) return ts.isStringLiteral(e.argumentExpression) ? e.argumentExpression.text : nameOf(e.expression);
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) return nameOf(e.expression);
  if (ts.isBinaryExpression(e)) return nameOf(e.left);
  if (ts.isConditionalExpression(e)) return `${nameOf(e.condition)}Text`;
  if (ts.isCallExpression(e)) {
    const callee = ts.isIdentifier(e.expression) ? e.expression.text : ts.isPropertyAccessExpression(e.expression) ? e.expression.name.text : 'v';
    if (!['String', 'Number', 'p', 'param', 'parseInt', 'toString', 'toFixed'].includes(callee)) return callee;
    const lit = e.arguments.find((a) => ts.isStringLiteral(a) && /^[A-Za-z_]\w*$/.test(a.text));
    if (lit) return lit.text;
    if (e.arguments.length > 0) return nameOf(e.arguments[0]);
    return ts.isIdentifier(e.expression) ? e.expression.text : ts.isPropertyAccessExpression(e.expression) ? e.expression.name.text : 'v';
  }
  return 'v';
}

function contextOf(node) {
  for (let n = node.parent; n; n = n.parent) {
    if ((ts.isPropertyAssignment(n) || ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && ts.isIdentifier(n.name)) return n.name.text;
    if (ts.isPropertyAssignment(n) && n.name && ts.isStringLiteral(n.name)) return n.name.text;
  }
  return null;
}

/** A t() call whose texts hold `${c ? 'A' : 'B'}` or `${x || 'B'}` with words in a branch becomes
 *  `(c ? t(lang, …A…) : t(lang, …B…))`, so every sentence is whole in the tables. Returns the new source or null. */
function expandCall(call, sf) {
  const [langArg, zhArg, enArg] = call.arguments;
  const variants = (arg) => {
    if (!ts.isTemplateExpression(arg)) return [];
    return arg.templateSpans.map((s) => s.expression).map((e) => {
      while (ts.isParenthesizedExpression(e)) e = e.expression;
      if (ts.isConditionalExpression(e) && [e.whenTrue, e.whenFalse].some(isLit)) return { span: e, cond: e.condition.getText(sf), yes: e.whenTrue, no: e.whenFalse };
      if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind) && isLit(e.right) && /[A-Za-z\u3400-\u9fff]/.test(e.right.getText(sf))) return { span: e, cond: e.left.getText(sf), yes: e.left, no: e.right };
      return null;
    }).filter(Boolean);
  };
  const isLit = (e) => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e);
  const zv = variants(zhArg), ev = variants(enArg);
  const first = zv[0] ?? ev[0];
  if (!first) return null;
  const inner = (e) => (ts.isStringLiteral(e) ? e.text.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') : ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e) ? e.getText(sf).slice(1, -1) : `\${${e.getText(sf)}}`);
  const subst = (arg, list, yes) => {
    const v = list.find((x) => x.cond === first.cond);
    const src = arg.getText(sf);
    if (!v) return src;
    const from = v.span.getStart(sf) - arg.getStart(sf), to = v.span.getEnd() - arg.getStart(sf);
    // the ${ and } around the span
    const open = src.lastIndexOf('${', from), close = src.indexOf('}', to);
    return src.slice(0, open) + inner(yes ? v.yes : v.no) + src.slice(close + 1);
  };
  const lang = langArg.getText(sf);
  return `(${first.cond} ? t(${lang}, ${subst(zhArg, zv, true)}, ${subst(enArg, ev, true)}) : t(${lang}, ${subst(zhArg, zv, false)}, ${subst(enArg, ev, false)}))`;
}

function expandFile(file) {
  for (let round = 0; round < 10; round++) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    let edit = null;
    const visit = (node) => {
      if (edit) return;
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments.length === 3) {
        const src = expandCall(node, sf);
        if (src) { edit = { start: node.getStart(sf), end: node.getEnd(), src }; return; }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (!edit) return;
    fs.writeFileSync(file, text.slice(0, edit.start) + edit.src + text.slice(edit.end));
  }
}

function convertFile(file) {
  expandFile(file);
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments.length === 3) {
      const done = convertCall(node, sf, file);
      if (done) { edits.push(done); return; }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (edits.length > 0) {
    out = out.replace(/import \{([^}]*)\} from '([^']*(?:registry|i18n|messages\/index)\.ts)';/, (m, names, from) => {
      const kept = names.split(',').map((s) => s.trim()).filter((s) => s && s !== 't');
      return kept.length ? `import { ${kept.join(', ')} } from '${from}';` : '';
    });
    const rel = path.relative(path.dirname(file), 'src/messages/index.ts').replace(/\\/g, '/');
    const spec = `import { msg } from '${rel.startsWith('.') ? rel : `./${rel}`}';`;
    const lastImport = [...out.matchAll(/^import [^;]*;$/gm)].at(-1);
    const at = lastImport ? lastImport.index + lastImport[0].length : 0;
    out = out.slice(0, at) + (at ? '\n' : '') + spec + (at ? '' : '\n') + out.slice(at);
    fs.writeFileSync(file, out);
  }
  console.log(`${file}: ${edits.length} calls`);
}

function convertCall(call, sf, file) {
  const [langArg, zhArg, enArg] = call.arguments;
  const ph = new Map(); // expression text → placeholder name
  const used = new Set();
  const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
  const place = (e) => {
    const src = e.getText(sf).replace(/\s+/g, ' ');
    if (ph.has(src)) return ph.get(src);
    let name = nameOf(e);
    for (let i = 2; used.has(name); i++) name = `${nameOf(e)}${i}`;
    used.add(name);
    ph.set(src, name);
    if (CJK.test(src) || /'[^']*[A-Za-z]{3,}[^']*'/.test(src.replace(/'[A-Za-z_]\w*'/g, ''))) console.log(`MANUAL ${file}:${line} parameter holds words: ${src}`);
    return name;
  };
  const toText = (e) => {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => `{${place(s.expression)}}${s.literal.text}`).join('');
    if (ts.isParenthesizedExpression(e)) return toText(e.expression);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = toText(e.left), r = toText(e.right);
      return l !== null && r !== null ? l + r : null;
    }
    return `{${place(e)}}`;
  };
  const z = toText(zhArg), n = toText(enArg);
  if (z === null || n === null) { console.log(`MANUAL ${file}:${line} cannot convert`); return null; }
  if (/\{\w+\}/.test(zhArg.getText(sf).replace(/\$\{[^}]*\}/g, ''))) console.log(`MANUAL ${file}:${line} literal braces in text`);
  let key = [...zh.entries()].find(([k, v]) => v === z && en.get(k) === n)?.[0];
  if (!key) {
    const ctx = contextOf(call);
    const base = `${domain}.${ctx ?? slug(n)}`;
    key = base;
    if (zh.has(key)) key = `${base}_${slug(n)}`;
    for (let i = 2; zh.has(key); i++) key = `${base}_${i}`;
    zh.set(key, z);
    en.set(key, n);
  }
  const params = [...ph.entries()].map(([src, name]) => (src === name ? name : `${name}: ${src}`));
  const text = `msg(${langArg.getText(sf)}, '${key}'${params.length ? `, { ${params.join(', ')} }` : ''})`;
  return { start: call.getStart(sf), end: call.getEnd(), text };
}

for (const f of files) convertFile(f);

function lit(v) {
  if (!v.includes("'")) return `'${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}'`;
  return JSON.stringify(v);
}
const id = domain.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const body = (m) => [...m.entries()].map(([k, v]) => `  '${k}': ${lit(v)},`).join('\n');
const head = (lang) => (fs.existsSync(tablePath(lang)) ? fs.readFileSync(tablePath(lang), 'utf8').split('\n')[0] : `// ${lang === 'zh' ? 'Chinese' : 'English'} wording of ${domain}. Keys: '${domain}.*'; placeholders {name}.`);
fs.writeFileSync(tablePath('zh'), `${head('zh')}\nexport default {\n${body(zh)}\n} as const;\n`);
fs.writeFileSync(tablePath('en'), `${head('en')}\nimport type ${id} from '../zh/${domain}.ts';\n\nconst en: Record<keyof typeof ${id}, string> = {\n${body(en)}\n};\n\nexport default en;\n`);

// both languages' index files list every domain table
const doms = fs.readdirSync('src/messages/zh').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
const ident = (d) => d.replace(/-(\w)/g, (_, c) => c.toUpperCase());
for (const lang of ['zh', 'en']) {
  const p = `src/messages/${lang}/index.ts`;
  const old = fs.readFileSync(p, 'utf8');
  const comment = old.split('\n').filter((l) => l.startsWith('//')).join('\n');
  const imports = doms.map((d) => `import ${ident(d)} from './${d}.ts';`).join('\n');
  const spread = doms.map((d) => `  ...${ident(d)},`).join('\n');
  fs.writeFileSync(p, lang === 'zh'
    ? `${comment}\n${imports}\n\nexport default {\n${spread}\n} as const;\n`
    : `${comment}\nimport type ZH from '../zh/index.ts';\n${imports}\n\nconst EN: Record<keyof typeof ZH, string> = {\n${spread}\n};\n\nexport default EN;\n`);
}

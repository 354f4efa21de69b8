// The message tables: one table per language with the same keys, one placeholder style ({name}), and every
// msg(lang, 'key', { … }) call in src passing each placeholder its key's texts use (checked from the source).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { EN_MESSAGES, isMessageKey, msg, placeholders, ZH_MESSAGES, type MessageKey } from '../../../src/messages/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|svelte)$/.test(p) ? [p] : [];
  });
}

describe('the tables', () => {
  test('zh and en hold the same keys', () => {
    expect(Object.keys(EN_MESSAGES).sort()).toEqual(Object.keys(ZH_MESSAGES).sort());
  });

  test('every placeholder of a Chinese text is in its English text', () => {
    const bad: string[] = [];
    for (const key of Object.keys(ZH_MESSAGES) as MessageKey[]) {
      const zh = new Set(placeholders(ZH_MESSAGES[key]));
      const en = new Set(placeholders(EN_MESSAGES[key]));
      for (const p of zh) if (!en.has(p)) bad.push(`${key}: {${p}} missing in en`);
    }
    expect(bad).toEqual([]);
  });

  test('one placeholder style: no ${…}, %s or {0} in any text, no empty text', () => {
    for (const table of [ZH_MESSAGES, EN_MESSAGES]) {
      for (const [key, text] of Object.entries(table)) {
        expect(text, key).not.toMatch(/\$\{|%[sd]|\{\d+\}/);
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  test('msg fills placeholders and leaves a missing one visible', () => {
    expect(msg('zh', 'drafts.tableCount', { n: 3 })).toBe('3 张表');
    expect(msg('en', 'drafts.tableCount', { n: 3 })).toBe('3 tables');
    expect(msg('zh', 'drafts.tableCount')).toBe('{n} 张表');
    expect(isMessageKey('drafts.tableCount')).toBe(true);
    expect(isMessageKey('drafts.nope')).toBe(false);
  });
});

/** Every msg(…, 'literal key', { a, b: … }) call in src: the key's placeholders (zh and en) are all passed. */
describe('the calls', () => {
  const files = walk(join(ROOT, 'src')).filter((f) => !f.includes(`${join('src', 'messages')}`));
  const calls: { where: string; key: string; passed: Set<string> | null }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments.length >= 2) {
        const k = node.arguments[1]!;
        if (ts.isStringLiteral(k) || ts.isNoSubstitutionTemplateLiteral(k)) {
          const p = node.arguments[2];
          let passed: Set<string> | null = new Set();
          if (p && ts.isObjectLiteralExpression(p)) {
            for (const prop of p.properties) {
              if (ts.isSpreadAssignment(prop)) passed = null;
              else if (passed && prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) passed.add(prop.name.text);
            }
          } else if (p) passed = null; // a variable: not checked here
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          calls.push({ where: `${file.slice(ROOT.length + 1)}:${line}`, key: k.text, passed });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  test('the source calls msg with literal keys (the scan works)', () => {
    expect(calls.length).toBeGreaterThan(150);
  });

  test('every literal key exists', () => {
    expect(calls.filter((c) => !isMessageKey(c.key)).map((c) => `${c.where} ${c.key}`)).toEqual([]);
  });

  test('every placeholder of the key is passed', () => {
    const bad: string[] = [];
    for (const c of calls) {
      if (!c.passed || !isMessageKey(c.key)) continue;
      const needed = new Set([...placeholders(ZH_MESSAGES[c.key]), ...placeholders(EN_MESSAGES[c.key])]);
      for (const p of needed) if (!c.passed.has(p)) bad.push(`${c.where} ${c.key}: {${p}} not passed`);
    }
    expect(bad).toEqual([]);
  });
});

test('no wording outside the tables: t(lang, zh, en) and lang === "zh" choices are gone from src', () => {
  const bad: string[] = [];
  for (const file of walk(join(ROOT, 'src'))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/(?<![\w.])t\((lang|l|this\.lang|wb\.lang),\s*['`]/.test(line) || /lang === 'zh' \? ['`](?!zh-CN'|en')/.test(line)) bad.push(`${file.slice(ROOT.length + 1)}:${i + 1}`);
    });
  }
  expect(bad).toEqual([]);
});

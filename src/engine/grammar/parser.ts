// parseRule: recursive descent over the reviewer notation of rules/README.md, then unit resolution.
// Never throws on user text: every failure is a RuleSyntaxError with a character offset.
import type { ConstNode, Dim, ParseRuleResult, RuleAst, RuleSyntaxError } from './ast.ts';
import { lexRule, type Token } from './lexer.ts';
import type { RawRange, RawRef, RawSide, RawTerm } from './raw.ts';
import { resolveUnits } from './units.ts';
import type { CompareOpName } from './operators.ts';
import type { TableKind } from '../table.ts';

const DEFAULT_LENGTHS = [3, 5, 7];
/** Brackets nest at most this deep: printed formulas use two levels; 2,000 would overflow the stack. */
export const MAX_GROUP_DEPTH = 16;

class SyntaxFailure {
  constructor(readonly reason: RuleSyntaxError) {}
}

export function parseRule(text: string): ParseRuleResult {
  const lexed = lexRule(text);
  if (!lexed.ok) return lexed;
  try {
    const ast = new Parser(lexed.value).rule();
    return { ok: true, value: ast };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, reason: e.reason };
    throw e;
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: readonly Token[]) {}

  private peek(offset = 0): Token {
    return this.toks[Math.min(this.i + offset, this.toks.length - 1)]!;
  }
  private next(): Token {
    return this.toks[this.i++]!;
  }
  private fail(expected: string, tok: Token = this.peek(), code: RuleSyntaxError['code'] = 'rule_syntax'): never {
    throw new SyntaxFailure({ code, pos: tok.pos, expected, found: tok.text });
  }
  private expect<T extends Token['t']>(t: T, expected: string): Extract<Token, { t: T }> {
    const tok = this.peek();
    if (tok.t !== t) this.fail(expected);
    this.i++;
    return tok as Extract<Token, { t: T }>;
  }

  rule(): RuleAst {
    if (this.peek().t === 'hier') return this.hierarchy();
    const left = this.side();
    const cmp = this.peek();
    if (cmp.t !== 'cmp') this.fail('comparison');
    this.i++;
    const right = this.side();
    this.expect('eof', 'end');
    const resolved = resolveUnits(left, right);
    if (!resolved.ok) throw new SyntaxFailure(resolved.reason);
    return { kind: 'compare', op: (cmp as { op: CompareOpName }).op, left: resolved.left, right: resolved.right };
  }

  private hierarchy(): RuleAst {
    this.next();
    let lengths = DEFAULT_LENGTHS;
    if (this.peek().t === 'lparen') {
      this.next();
      lengths = [];
      for (;;) {
        const n = this.expect('int', 'INT');
        if (n.value < 1 || (lengths.length > 0 && n.value <= lengths[lengths.length - 1]!)) this.fail('ascending INT', n);
        lengths.push(n.value);
        if (this.peek().t === 'comma') { this.next(); continue; }
        this.expect('rparen', ')');
        break;
      }
    }
    this.expect('eof', 'end');
    return { kind: 'hierarchy', lengths };
  }

  private side(): RawSide {
    const terms: { op: 'plus' | 'minus'; node: RawTerm }[] = [{ op: 'plus', node: this.term() }];
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'add') {
        this.next();
        if (this.peek().t === 'ellipsis') {
          if (tok.op !== 'plus') this.fail('+', tok);
          this.next();
          const plus = this.peek();
          if (plus.t !== 'add' || plus.op !== 'plus') this.fail('+');
          this.next();
          this.rangeTo(terms, tok);
        } else {
          terms.push({ op: tok.op, node: this.term() });
        }
      } else if (tok.t === 'tilde') {
        this.next();
        this.rangeTo(terms, tok);
      } else {
        return { terms };
      }
    }
  }

  /** Replaces the last term by a range ending at the next term. */
  private rangeTo(terms: { op: 'plus' | 'minus'; node: RawTerm }[], at: Token): void {
    const endTok = this.peek();
    const to = this.term();
    const last = terms[terms.length - 1]!;
    if (last.node.kind !== 'rref' || last.op !== 'plus') this.fail('number before range', at);
    if (to.kind !== 'rref') this.fail('range end', endTok);
    const range = checkRange(last.node, to);
    if (!range) this.fail('range end', endTok);
    terms[terms.length - 1] = { op: 'plus', node: range };
  }

  private term(): RawTerm {
    const tok = this.peek();
    switch (tok.t) {
      case 'lparen': return this.group();
      case 'dec': {
        this.next();
        const node: ConstNode = { kind: 'const', text: tok.text, decimals: tok.decimals, pos: tok.pos };
        return node;
      }
      case 'table': {
        this.next();
        const t = this.peek();
        if (t.t !== 'int' && t.t !== 'keys') this.fail('INT|[key]');
        return this.ref(tok.kind as TableKind, tok.pos);
      }
      case 'int':
      case 'keys':
        return this.ref(null, tok.pos);
      default:
        return this.fail('term');
    }
  }

  private group(): RawTerm {
    const open = this.next();
    if (++this.depth > MAX_GROUP_DEPTH) this.fail('nesting limit', open);
    const body = this.side();
    this.expect('rparen', ')');
    this.depth--;
    let unit: Dim | null = null;
    let fixed: { dim: Dim; n: number } | null = null;
    if (this.peek().t === 'unit') {
      unit = this.unitWithEach();
      if (this.peek().t === 'int' && this.peek(1).t === 'unit') {
        const n = this.next() as Extract<Token, { t: 'int' }>;
        const dim = this.unitWithEach();
        if (dim === unit) this.fail(unit === '栏' ? '行' : '栏', this.toks[this.i - 1]);
        fixed = { dim, n: n.value };
      }
    }
    return { kind: 'rgroup', body, unit, fixed, pos: open.pos };
  }

  /** `栏` or `行`, optionally followed by `各行` / `各栏` naming the other dimension. */
  private unitWithEach(): Dim {
    const u = this.expect('unit', '栏|行');
    const each = this.peek();
    if (each.t === 'each') {
      if (each.dim === u.dim) this.fail(u.dim === '栏' ? '各行' : '各栏');
      this.next();
    }
    return u.dim;
  }

  private ref(table: string | null, pos: number): RawRef {
    const start = this.peek();
    let line: number | null = null;
    let col: number | null = null;
    let keys: readonly string[] | null = null;
    let after: readonly string[] | null = null;
    let bare: number | null = null;
    if (start.t === 'keys') {
      this.next();
      keys = start.keys;
      after = start.after ?? null;
      const n = this.peek();
      if (n.t === 'int') {
        this.next();
        const u = this.peek();
        if (u.t !== 'unit' || u.dim !== '栏') this.fail('栏');
        col = n.value;
        this.unitWithEach();
      }
    } else {
      const n = this.expect('int', 'INT');
      if (this.peek().t !== 'unit') {
        bare = n.value;
      } else {
        const dim = this.unitWithEach();
        if (dim === '行') line = n.value; else col = n.value;
        const next = this.peek();
        if (next.t === 'int' && this.peek(1).t === 'unit') {
          this.next();
          const dim2 = this.unitWithEach();
          if (dim2 === dim) this.fail(dim === '栏' ? '行' : '栏', this.toks[this.i - 1]);
          if (dim2 === '行') line = next.value; else col = next.value;
        } else if (next.t === 'keys' && dim === '栏') {
          this.next();
          keys = next.keys;
          after = next.after ?? null;
        }
      }
    }
    return { kind: 'rref', table, line, col, keys, after, bare, pos, numPos: start.pos };
  }
}

/** Structural check only; units.ts checks the ends once bare numbers have their unit. */
function checkRange(from: RawRef, to: RawRef): RawRange | null {
  if (from.table !== to.table || from.keys !== null || to.keys !== null) return null;
  return { kind: 'rrange', from, to, pos: from.pos };
}

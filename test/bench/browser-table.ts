// The 10,000-row table the browser benchmark pastes: a 支出决算表 (T03) with a 类/款/项 code tree, 1栏 = 2+3 on
// every row, parents = Σ children, and one wrong cell (a 项's 2栏 off by 1.00) — both T03 rules flag it.
export interface BrowserTable {
  readonly text: string;
  /** the wrong cell: its row's code, its printed 栏, the wrong text and the text that fixes it */
  readonly wrong: { readonly code: string; readonly colNo: number; readonly text: string; readonly fix: string };
}

const money = (cents: number) => {
  const int = String(Math.floor(cents / 100));
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += ',' + int.slice(i, i + 3);
  return `${out}.${String(cents % 100).padStart(2, '0')}`;
};

export function tenThousandRows(rows = 10_000): BrowserTable {
  type Line = { code: string; name: string; a: number; b: number };
  const leaves: Line[][][] = [];
  // 20 款 of 20 项 per 类; past 799 类 the 类 code would take a fourth digit (an invalid code, whose rows the checks
  // can only warn about), so a bigger table has 99 款 of 99 项 per 类
  const fan = rows <= 799 * 20 * 20 ? 20 : 99;
  let n = 0;
  for (let l = 0; n < rows; l++) {
    const lei: Line[][] = [];
    for (let k = 0; k < fan && n < rows; k++) {
      const kuan: Line[] = [];
      for (let x = 0; x < fan && n < rows; x++, n += 1) {
        const code = `${201 + l}${String(k + 1).padStart(2, '0')}${String(x + 1).padStart(2, '0')}`;
        kuan.push({ code, name: `项目${code}`, a: ((n * 7919) % 500_000) + 100, b: ((n * 104_729) % 300_000) + 50 });
      }
      lei.push(kuan);
    }
    leaves.push(lei);
  }
  const out = ['支出决算表', '单位：万元', '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', '栏次\t\t1\t2\t3'];
  const sum = (xs: Line[]) => xs.reduce((s, x) => ({ a: s.a + x.a, b: s.b + x.b }), { a: 0, b: 0 });
  const line = (code: string, name: string, a: number, b: number, shownB = b) => `${code}\t${name}\t${money(a + b)}\t${money(a)}\t${money(shownB)}`;
  const body: string[] = [];
  let wrong: BrowserTable['wrong'] | null = null;
  const total = { a: 0, b: 0 };
  leaves.forEach((lei, l) => {
    const kuans = lei.map(sum);
    const s = sum(kuans.map((k) => ({ code: '', name: '', ...k })));
    total.a += s.a; total.b += s.b;
    body.push(line(String(201 + l), `类${l}`, s.a, s.b));
    lei.forEach((kuan, k) => {
      body.push(line(kuan[0]!.code.slice(0, 5), `款${l}-${k}`, kuans[k]!.a, kuans[k]!.b));
      kuan.forEach((x) => {
        const isWrong = wrong === null && body.length >= rows * 0.9;
        body.push(line(x.code, x.name, x.a, x.b, isWrong ? x.b + 100 : x.b));
        if (isWrong) wrong = { code: x.code, colNo: 3, text: money(x.b + 100), fix: money(x.b) };
      });
    });
  });
  out.push(line('', '合计', total.a, total.b));
  for (const b of body) out.push(b);
  return { text: out.join('\n'), wrong: wrong! };
}

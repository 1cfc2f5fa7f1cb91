/**
 * The escapers, each against the reader of its context where one is at hand
 * (TypeScript's scanner, YAML 1.1/1.2 parsers, a Markdown renderer); the SQL
 * ones are exercised against PostgreSQL by tests/hostile.
 */
import * as path from "node:path";
import ts from "typescript";
import { parse as parseYaml } from "yaml";
import {
  dollarQuoteTag,
  envComment,
  envValue,
  isEnvName,
  mdCode,
  mdHasUnsafeUrl,
  mdInline,
  mdLineStart,
  mdProse,
  mdTableCell,
  mermaidEntity,
  mermaidFlowchartLabel,
  mermaidText,
  sqlExpressionProblem,
  sqlLineComment,
  sqlQuotedIdentifier,
  sqlStringLiteral,
  tsBlockCommentText,
  tsIdentifier,
  tsLineCommentText,
  tsPropertyKey,
  tsStringLiteral,
  yamlPlainScalarIsAmbiguous,
} from "../src";

const NASTY = ["", "'", '"', "\\", "\n", "\r\n", "\u2028", "\u2029", "*/", "$$", "--", "`${x}`", "\ud800", "😀", "\u202e", "a'b\"c\\d\ne"];

describe("SQL", () => {
  test("identifiers double their quotes, literals double theirs and use E'' for backslashes", () => {
    expect(sqlQuotedIdentifier('a"b')).toBe('"a""b"');
    expect(sqlStringLiteral("it's")).toBe("'it''s'");
    expect(sqlStringLiteral("a\\'b")).toBe("E'a\\\\''b'");
    expect(() => sqlStringLiteral("a\0b")).toThrow(/NUL/);
  });

  test("a comment stays on its line", () => {
    expect(sqlLineComment("a\nDROP TABLE x;\r\n--\rb")).toBe("-- a DROP TABLE x; -- b");
  });

  test("the dollar-quote tag never occurs in the body", () => {
    expect(dollarQuoteTag("BEGIN x; END")).toBe("$$");
    expect(dollarQuoteTag("'a$$b'")).toBe("$sl$");
    expect(dollarQuoteTag("'$$' '$sl$' '$sl1$'")).toBe("$sl2$");
  });
});

test.each([
  ["status <> 'archived'", undefined],
  ["title <> 'it''s; fine' AND \"a;b\" IS NOT NULL", undefined],
  ["a$b = 1", undefined],
  ["true; DROP TABLE x", "';' would end the statement"],
  ["x = 1 -- rest", "'--' starts a comment"],
  ["x = 1 /* c */", "'/*' starts a comment"],
  ["x = $$a$$", "dollar quoting is not allowed"],
  ["x = $t$a$t$", "dollar quoting is not allowed"],
  ["x = 'open", "unclosed string literal"],
  ["x = E'a\\'';DROP TABLE y;'", "backslashes are not allowed"],
  ["(x = 1", "unbalanced '('"],
  ["x = 1) OR (true", "unbalanced ')'"],
])("SQL predicate %j: %s", (expr, problem) => {
  expect(sqlExpressionProblem(expr)).toBe(problem);
});

describe("TypeScript", () => {
  /** The tokens TypeScript's scanner sees. */
  function tokens(source: string): ts.SyntaxKind[] {
    const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, source);
    const out: ts.SyntaxKind[] = [];
    for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) out.push(k);
    return out;
  }

  test.each(NASTY)("string literal %j is one token that evaluates to the value", (value) => {
    const literal = tsStringLiteral(value);
    expect(tokens(literal)).toEqual([ts.SyntaxKind.StringLiteral]);
    expect(new Function(`return ${literal};`)()).toBe(value);
    const single = tsStringLiteral(value, "'");
    expect(single.startsWith("'")).toBe(true);
    expect(new Function(`return ${single};`)()).toBe(value);
  });

  test.each(NASTY)("comment text %j stays inside its comment", (value) => {
    expect(tokens(`/** ${tsBlockCommentText(value)} */`)).toEqual([]);
    expect(tokens(`// ${tsLineCommentText(value)}`)).toEqual([]);
  });

  test("identifiers are valid and deterministic; reserved and strict-mode names are mapped", () => {
    for (const name of ["eval", "arguments", "class", "default", "await", "string", "1abc", "a-b", ""]) {
      const id = tsIdentifier(name);
      expect(
        ts.transpileModule(`export const ${id} = 1; export type ${id} = number;`, { reportDiagnostics: true, compilerOptions: { strict: true } })
          .diagnostics,
      ).toEqual([]);
      expect(tsIdentifier(name)).toBe(id);
    }
    expect(tsIdentifier("User")).toBe("User");
  });

  test("property keys: bare identifiers, quoted otherwise, __proto__ computed", () => {
    expect(tsPropertyKey("name")).toBe("name");
    expect(tsPropertyKey("a b")).toBe('"a b"');
    const obj = new Function(`return { ${tsPropertyKey("__proto__")}: 1 };`)() as Record<string, unknown>;
    expect(Object.hasOwn(obj, "__proto__")).toBe(true);
  });
});

describe("YAML", () => {
  const lookalikes = [
    "1_000",
    "1_0.5",
    "1:20",
    "190:20:30",
    "0b101",
    "0x1F",
    "017",
    "0o17",
    ".5",
    "1e3",
    "~",
    "null",
    "yes",
    "No",
    "on",
    "y",
    "<<",
    "=",
    "2025-01-18",
    ".inf",
    ".NaN",
    "",
    "12",
  ];
  test.each(lookalikes)("%j is ambiguous as a plain scalar", (s) => {
    expect(yamlPlainScalarIsAmbiguous(s)).toBe(true);
  });

  test("every string that a 1.1 or 1.2 reader would misread is reported", () => {
    const samples = [...lookalikes, "abc", "3.1.0", "1.0.0", "v1", "hello world", "1abc", "Über", "0.1.2"];
    for (const s of samples) {
      const misread = [parseYaml(`v: ${s}`, { version: "1.1" }), parseYaml(`v: ${s}`, { version: "1.2" })].some(
        (doc) => (doc as { v: unknown } | null)?.v !== s,
      );
      if (misread) expect([s, yamlPlainScalarIsAmbiguous(s)]).toEqual([s, true]);
    }
    expect(yamlPlainScalarIsAmbiguous("3.1.0")).toBe(false);
    expect(yamlPlainScalarIsAmbiguous("hello")).toBe(false);
  });
});

describe("Markdown", () => {
  function render(markdown: string): string {
    const dir = path.dirname(require.resolve("marked/package.json"));
    return (require(path.join(dir, "lib/marked.umd.js")) as { marked: { parse(s: string, o: { async: false }): string } }).marked.parse(markdown, {
      async: false,
    });
  }
  const scriptLinks = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](&#106;avascript:alert(1))",
    "[x](java&#x73;cript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "\\[x](javascript:alert(1))",
    "![i](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    "`a` [x](javascript:alert(1)) `b`",
    "\\`[x](javascript:alert(1))`",
  ];
  test.each(scriptLinks)("%j renders without a script URL", (text) => {
    for (const md of [mdProse(text), mdInline(text), `| a |\n| --- |\n| ${mdTableCell(text)} |`, mdLineStart(mdInline(text))]) {
      expect(render(md)).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data):/i);
    }
  });

  test("a link definition cannot start a block", () => {
    expect(render(`${mdLineStart(mdInline("[r]: javascript:alert(1)"))}\n\n[r]`)).not.toMatch(/href/);
    expect(mdHasUnsafeUrl("see https://example.com")).toBe(false);
    expect(mdProse("[docs](https://example.com)")).toBe("[docs](https://example.com)");
  });

  test("tags are escaped, cells keep one line and their pipes, code spans survive backticks", () => {
    expect(render(mdProse("<script>alert(1)</script>"))).not.toMatch(/<script/);
    expect(mdTableCell("a | b\nc")).toBe("a \\| b c");
    expect(render(mdCode("a ``` b\nc"))).toMatch(/<code>a ``` b c<\/code>/);
  });
});

describe("Mermaid", () => {
  test("names and labels are one line without double quotes", () => {
    expect(mermaidEntity('a"b\nc')).toBe('"a\'b c"');
    expect(mermaidText('say "hi"\nthere')).toBe("say 'hi'");
    expect(mermaidText("😀".repeat(100), 10)).toBe(`${"😀".repeat(9)}…`);
    expect(mermaidFlowchartLabel('a"b#c\nd')).toBe('"a#quot;b#35;c d"');
  });
});

describe("env files", () => {
  test("a value is one line; plain values stay bare", () => {
    expect(envValue("https://example.com")).toBe("https://example.com");
    expect(envValue("a\nEVIL=1")).toBe('"a\\nEVIL=1"');
    expect(envValue('a "b" $HOME \\')).toBe('"a \\"b\\" \\$HOME \\\\"');
    expect(envComment("a\nEVIL=1")).toBe("# a EVIL=1");
    for (const v of NASTY) expect(envValue(v)).not.toMatch(/[\r\n]/);
  });

  test("names", () => {
    expect(isEnvName("DATABASE_URL")).toBe(true);
    expect(isEnvName("1X")).toBe(false);
    expect(isEnvName("A\nB")).toBe(false);
  });
});

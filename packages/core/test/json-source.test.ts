/** The positioned JSON parser accepts exactly what JSON.parse accepts (after an optional BOM). */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseJsonWithPositions } from "../src/json-source";

const acceptedByJson = (text: string) => {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ""));
    return true;
  } catch {
    return false;
  }
};

test.each([
  '{"a":"x\u0001y"}',
  '{"a":"x\ty"}',
  '{"a":01}',
  '{"a":-}',
  '{"a":1.}',
  '{"a":.5}',
  '{"a":+1}',
  '{"a":1e}',
  '{"a":"\\u00"}',
  '{"a":"\\x"}',
  '{"a":"\u2028"}',
  '"s"',
  '{"a":NaN}',
  '{"a":1}\u00a0',
  '{"a":-0}',
  '{"a":0x1}',
  '{"a":1E+2}',
  "{'a':1}",
  '{"a":1,}',
  "[1,]",
  "/* c */ {}",
  "",
  " ",
  "\uFEFF{}",
  "\uFEFF\uFEFF{}",
  "null",
  "{}}",
])("same verdict as JSON.parse: %j", (text) => {
  expect(parseJsonWithPositions(text).ok).toBe(acceptedByJson(text));
});

test("same verdict as JSON.parse on 3000 mutants of a real config", () => {
  const base = fs.readFileSync(path.resolve(__dirname, "../../../examples/ecommerce/specloom.config.json"), "utf8");
  const alphabet = [...'{}[],:"\\/*\n \t01-+.eEtnux', "\u0001", "\u2028", "\uFEFF"];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const disagreements: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let text = base;
    for (let edits = 1 + next(3); edits > 0; edits--) {
      const at = next(text.length + 1);
      const op = next(3);
      const char = alphabet[next(alphabet.length)]!;
      text =
        op === 0
          ? text.slice(0, at) + text.slice(at + 1)
          : op === 1
            ? text.slice(0, at) + char + text.slice(at)
            : text.slice(0, at) + char + text.slice(at + 1);
    }
    const parsed = parseJsonWithPositions(text);
    if (parsed.ok !== acceptedByJson(text)) disagreements.push(JSON.stringify(text));
    if (!parsed.ok) expect(parsed.position.line).toBeGreaterThanOrEqual(1);
  }
  expect(disagreements).toEqual([]);
});

import { compactJson, WIDTH } from "../src/compact-json";

const rank = (key: string) => (key === "$schema" ? 0 : key === "kind" ? 1 : 2);
const byRank = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
const printed = (v: unknown) => v !== undefined && typeof v !== "function" && typeof v !== "symbol";

/** The layout's definition, written plainly: a container goes on one line below depth 2 exactly when that line fits. */
function oneLine(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(printed(v) ? v : null);
  if (Array.isArray(v)) return `[${v.map(oneLine).join(", ")}]`;
  const keys = Object.keys(v)
    .filter((k) => printed((v as Record<string, unknown>)[k]))
    .sort(byRank);
  return keys.length === 0 ? "{}" : `{ ${keys.map((k) => `${JSON.stringify(k)}: ${oneLine((v as Record<string, unknown>)[k])}`).join(", ")} }`;
}
function reference(v: unknown, depth = 0, prefix = 0, suffix = 0): string {
  if (v === null || typeof v !== "object") return oneLine(v);
  const flat = oneLine(v);
  if (flat === "[]" || flat === "{}" || (depth >= 2 && prefix + flat.length + suffix <= WIDTH)) return flat;
  const pad = "  ".repeat(depth + 1);
  const entries: [string | undefined, unknown][] = Array.isArray(v)
    ? v.map((m) => [undefined, m])
    : Object.keys(v)
        .filter((k) => printed((v as Record<string, unknown>)[k]))
        .sort(byRank)
        .map((k) => [k, (v as Record<string, unknown>)[k]]);
  const lines = entries.map(([k, m], i) => {
    const head = `${pad}${k === undefined ? "" : `${JSON.stringify(k)}: `}`;
    return head + reference(m, depth + 1, head.length, i < entries.length - 1 ? 1 : 0);
  });
  return `${Array.isArray(v) ? "[" : "{"}\n${lines.join(",\n")}\n${"  ".repeat(depth)}${Array.isArray(v) ? "]" : "}"}`;
}

/** Deterministic pseudo-random values whose one-line forms fall on both sides of the width. */
function randomValue(seed: number): unknown {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const strings = ["", "a", "spec/part-000.ts", "x".repeat(40), 'quote " and \\ and \n', "\u0007", "é—✓", "\ud800 lone", "😀"];
  const keys = ["kind", "$schema", "name", "loc", "column", "__proto__", "a", "zeta", "b c"];
  const gen = (depth: number): unknown => {
    const r = next();
    if (depth > 3 || r < 0.3) {
      const k = Math.floor(next() * 8);
      return [null, true, false, Math.floor(next() * 2000) - 1000, next() * 1e6, strings[Math.floor(next() * strings.length)], undefined, NaN][k];
    }
    const n = Math.floor(next() * 6);
    if (r < 0.6) return Array.from({ length: n }, () => gen(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[Math.floor(next() * keys.length)]! + (next() < 0.5 ? "" : String(i));
      Object.defineProperty(o, key, { value: next() < 0.05 ? () => 1 : gen(depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return o;
  };
  return { kind: "spec", models: Array.from({ length: 3 }, () => gen(0)), config: gen(0) };
}

test("an object or array below the top two levels is one line exactly when that line fits in the width", () => {
  for (let seed = 1; seed <= 150; seed++) {
    const value = randomValue(seed);
    const text = compactJson(value);
    expect(text).toBe(reference(value));
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
  }
});

test("the layout: loc objects and short arrays on one line, long ones one member per line, the top two levels expanded", () => {
  const loc = { line: 4, file: "spec/a.ts", column: 3 };
  const value = {
    models: [{ name: "User", kind: "model", loc, tags: ["a", "b"], fields: [{ kind: "field", name: "x".repeat(90), loc }] }],
    project: { name: "p" },
    kind: "spec",
  };
  expect(compactJson(value)).toBe(
    [
      "{",
      '  "kind": "spec",',
      '  "models": [',
      "    {",
      '      "kind": "model",',
      '      "fields": [',
      "        {",
      '          "kind": "field",',
      '          "loc": { "column": 3, "file": "spec/a.ts", "line": 4 },',
      `          "name": "${"x".repeat(90)}"`,
      "        }",
      "      ],",
      '      "loc": { "column": 3, "file": "spec/a.ts", "line": 4 },',
      '      "name": "User",',
      '      "tags": ["a", "b"]',
      "    }",
      "  ],",
      '  "project": {',
      '    "name": "p"',
      "  }",
      "}",
    ].join("\n"),
  );
});

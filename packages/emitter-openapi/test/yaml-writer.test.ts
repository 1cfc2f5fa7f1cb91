/**
 * dumpYaml must give js-yaml's dump output byte for byte (it only lays out what js-yaml renders): compared on
 * every document of @readme/oas-examples and on generated documents full of strings that need quoting, block
 * scalars, indentation indicators and chomping, at every nesting depth.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dump } from "js-yaml";
import { YAML_OPTIONS } from "../src/serialize";
import { dumpYaml } from "../src/yaml-writer";
import { rng } from "@specloom/test-support";

const EXAMPLES = path.dirname(require.resolve("@readme/oas-examples/package.json"));

function exampleDocuments(): string[] {
  return ["2.0", "3.0", "3.1"].flatMap((v) => {
    const dir = path.join(EXAMPLES, v, "json");
    const names = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) : [];
    return names.filter((f) => f.endsWith(".json")).map((f) => path.join(dir, f));
  });
}

test("every @readme/oas-examples document dumps exactly as js-yaml dumps it", () => {
  const files = exampleDocuments();
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const doc = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
    expect([file, dumpYaml(doc, YAML_OPTIONS)]).toEqual([file, dump(doc, YAML_OPTIONS)]);
  }
});

const PIECES = [
  "a",
  "Z",
  "0",
  "1.5",
  "-",
  "- ",
  ":",
  ": ",
  "#",
  " #",
  "?",
  "|",
  ">",
  "'",
  '"',
  "\\",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  " ",
  "  ",
  "yes",
  "No",
  "on",
  "~",
  "null",
  "true",
  "1e3",
  "0x1F",
  "0o17",
  "1_000",
  "1:20",
  "2025-01-18T10:30:00Z",
  "&a",
  "*b",
  "!t",
  "%",
  "@",
  "`",
  "{",
  "}",
  "[",
  "]",
  ",",
  "é",
  "😀",
  "\u2028",
  "\u0085",
  "\u0000",
  "\u00a0",
  "\ufeff",
  "x".repeat(90),
];

function hostileString(next: () => number): string {
  let s = "";
  const parts = Math.floor(next() * 6);
  for (let i = 0; i < parts; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

function hostileValue(next: () => number, depth: number): unknown {
  const roll = next();
  if (depth > 4 || roll < 0.35) return hostileString(next);
  if (roll < 0.42) return [0, -0, 1.5, -7, 1e21, 0.1, NaN, Infinity, 2 ** 53][Math.floor(next() * 9)];
  if (roll < 0.46) return [true, false, null][Math.floor(next() * 3)];
  const size = Math.floor(next() * 4);
  if (roll < 0.7) return Array.from({ length: size }, () => hostileValue(next, depth + 1));
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) obj[hostileString(next)] = hostileValue(next, depth + 1);
  return obj;
}

test("generated documents of hostile strings, keys and numbers dump exactly as js-yaml dumps them", () => {
  const next = rng(20261130);
  for (let i = 0; i < 1500; i++) {
    const doc = hostileValue(next, 0);
    expect([i, dumpYaml(doc, YAML_OPTIONS)]).toEqual([i, dump(doc, YAML_OPTIONS)]);
  }
});

test("what is not JSON data is left to js-yaml: dates, undefined members, explicit keys, other options", () => {
  const cases: unknown[] = [
    { when: new Date(0) },
    { a: undefined, b: [undefined, 1] },
    { ["k".repeat(1100)]: 1 },
    { __proto__: null, x: { y: [] as unknown[], z: {} } },
  ];
  for (const doc of cases) expect(dumpYaml(doc, YAML_OPTIONS)).toBe(dump(doc, YAML_OPTIONS));
  expect(dumpYaml({ a: { b: "c\nd" } }, { ...YAML_OPTIONS, indent: 4 })).toBe(dump({ a: { b: "c\nd" } }, { ...YAML_OPTIONS, indent: 4 }));
  expect(() => dumpYaml({ f: () => 1 }, YAML_OPTIONS)).toThrow();
});

/**
 * Deterministic token-level mutations. Mutant `index` of run `seed` is always
 * the same edit of the same file: a seeded PRNG picks the file and 1–3
 * operations (delete, duplicate, swap or copy-over tokens from the TypeScript
 * scanner, or replace a number or string literal).
 */
"use strict";

/** mulberry32: small, fast, good enough for picking mutations. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the seed and index, so every mutant has its own stream. */
function mix(seed, index) {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

const NUMBERS = ["0", "-1", "1", "1.5", "-0", "1e308", "9007199254740993", "0x7fffffff", "2147483648", "65536", "0.000001", "300"];
const STRINGS = [
  "",
  " ",
  "x",
  "x".repeat(5000),
  "../../../etc/passwd",
  "\\u0000",
  "é日本🙂",
  "{",
  "}",
  ":id",
  "/",
  "//",
  "/:id/:id",
  "*/",
  "${x}",
  "'",
  '\\"',
  "\\\\",
  "user.updated",
  "0m",
  "-5m",
  "1/min per ip",
  "FR-1",
  "GET",
  "id",
  "now()",
  "gen_random_uuid()",
  "set null",
  "int64",
  "uuid",
  "* * * * *",
  "constructor",
  "__proto__",
  "toString",
];

function tokenize(ts, text) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, text);
  const tokens = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const start = scanner.getTokenStart ? scanner.getTokenStart() : scanner.getTokenPos();
    tokens.push({ kind, start, end: scanner.getTokenEnd ? scanner.getTokenEnd() : scanner.getTextPos() });
    if (tokens.length > 200000) break;
  }
  return tokens;
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];

function makeOp(ts, rng, text, tokens) {
  const literals = tokens.filter(
    (t) => t.kind === ts.SyntaxKind.NumericLiteral || t.kind === ts.SyntaxKind.StringLiteral || t.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  );
  const roll = rng();
  const tok = (t) => text.slice(t.start, t.end);
  if (roll < 0.55 && literals.length > 0) {
    const t = pick(rng, literals);
    if (t.kind === ts.SyntaxKind.NumericLiteral) {
      const value = pick(rng, NUMBERS);
      return { label: `number ${tok(t)} -> ${value}`, edits: [{ start: t.start, end: t.end, text: value }] };
    }
    const quote = text[t.start];
    const value = pick(rng, STRINGS);
    const shown = value.length > 40 ? `${value.slice(0, 10)}…(${value.length} chars)` : value;
    return {
      label: `string ${tok(t).slice(0, 40)} -> ${quote}${shown}${quote}`,
      edits: [{ start: t.start, end: t.end, text: `${quote}${value}${quote}` }],
    };
  }
  const i = Math.floor(rng() * tokens.length);
  const t = tokens[i];
  if (roll < 0.65) {
    // Copy another token of the same kind over this one: a type name, field name or keyword from elsewhere in the file.
    const same = tokens.filter((u) => u.kind === t.kind && tok(u) !== tok(t));
    if (same.length > 0) {
      const u = pick(rng, same);
      return { label: `replace '${tok(t).slice(0, 40)}' with '${tok(u).slice(0, 40)}'`, edits: [{ start: t.start, end: t.end, text: tok(u) }] };
    }
  }
  if (roll < 0.75) return { label: `delete '${tok(t).slice(0, 40)}'`, edits: [{ start: t.start, end: t.end, text: "" }] };
  if (roll < 0.88) return { label: `duplicate '${tok(t).slice(0, 40)}'`, edits: [{ start: t.end, end: t.end, text: ` ${tok(t)}` }] };
  const j = Math.min(tokens.length - 1, i + 1 + Math.floor(rng() * 4));
  const u = tokens[j];
  if (j === i) return { label: `delete '${tok(t).slice(0, 40)}'`, edits: [{ start: t.start, end: t.end, text: "" }] };
  return {
    label: `swap '${tok(t).slice(0, 40)}' and '${tok(u).slice(0, 40)}'`,
    edits: [
      { start: t.start, end: t.end, text: tok(u) },
      { start: u.start, end: u.end, text: tok(t) },
    ],
  };
}

function apply(text, ops) {
  const edits = ops.flatMap((o) => o.edits).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const overlaps = (a, b) => (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);

/** The changed lines, as a small unified-style diff. */
function lineDiff(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  let top = 0;
  while (top < a.length && top < b.length && a[top] === b[top]) top++;
  let ea = a.length - 1;
  let eb = b.length - 1;
  while (ea >= top && eb >= top && a[ea] === b[eb]) {
    ea--;
    eb--;
  }
  const clip = (s) => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
  const removed = a
    .slice(top, ea + 1)
    .slice(0, 12)
    .map((l) => `- ${clip(l)}`);
  const added = b
    .slice(top, eb + 1)
    .slice(0, 12)
    .map((l) => `+ ${clip(l)}`);
  return [`@@ line ${top + 1}`, ...removed, ...added].join("\n");
}

const CONFIG_KEYS = [
  "entry",
  "projectName",
  "documentationDir",
  "documentationLanguage",
  "openapi",
  "sql",
  "mermaid",
  "emit",
  "svg",
  "rules",
  "version",
  "servers",
  "info",
  "naming",
  "enums",
  "split",
  "keysOnly",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "unknownKey",
  "",
];
const CONFIG_VALUES = [
  "null",
  "true",
  "false",
  "0",
  "-1",
  "1e308",
  '""',
  '"x"',
  "[]",
  "{}",
  "[null]",
  '{"__proto__":{}}',
  '"../.."',
  '"/"',
  '"de"',
  '"en"',
  '"3.0.3"',
  '["ir"]',
  '["markdown","markdown"]',
  '{"version":"3.0.3"}',
  '{"dialect":"mysql"}',
  '"preserve"',
  '"check"',
  '"tag"',
  '{"model-primary-key":"off"}',
  '[{"url":""}]',
];

/** Sets `key` as an own property, even "__proto__", so JSON.stringify writes it like a user would. */
function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A mutated specloom.config.json text: 1–2 keys (known, inherited-looking or unknown) set to odd JSON values. */
function configMutant(rng, text) {
  const config = JSON.parse(text);
  const labels = [];
  const n = rng() < 0.7 ? 1 : 2;
  for (let k = 0; k < n; k++) {
    const sections = Object.keys(config).filter((key) => config[key] && typeof config[key] === "object" && !Array.isArray(config[key]));
    const inSection = sections.length > 0 && rng() < 0.4 ? pick(rng, sections) : undefined;
    const target = inSection ? config[inSection] : config;
    const key = pick(rng, CONFIG_KEYS);
    const value = pick(rng, CONFIG_VALUES);
    setOwn(target, key, JSON.parse(value));
    labels.push(`config ${inSection ? `${inSection}.` : ""}${key} = ${value}`);
  }
  return { text: JSON.stringify(config, null, 2), labels };
}

/** Share of mutants that mutate the project's specloom.config.json instead of a source file. */
const CONFIG_SHARE = 0.08;

/**
 * Mutant `index` of `seed`. `only` (indices into its operations) rebuilds a
 * subset of them, which is how crashes are minimized.
 */
function mutantFor(ts, targets, seed, index, readFile, only) {
  // A separate stream decides config mutants, so source mutants keep their numbers (and replays) when this changes.
  const cfg = prng(mix(seed, `config:${index}`));
  if (cfg() < CONFIG_SHARE) {
    const projects = [...new Set(targets.map((t) => t.project))];
    const project = projects[Math.floor(cfg() * projects.length)];
    const file = require("node:path").join(project.projectDir, "specloom.config.json");
    const original = readFile(file);
    const m = configMutant(cfg, original);
    return { target: { project, file }, config: true, text: m.text, ops: [0], labels: m.labels, diff: lineDiff(original, m.text) };
  }
  const rng = prng(mix(seed, index));
  const target = targets[Math.floor(rng() * targets.length)];
  const original = readFile(target.file);
  const tokens = tokenize(ts, original);
  const r = rng();
  const count = r < 0.6 ? 1 : r < 0.85 ? 2 : 3;
  const ops = [];
  for (let k = 0; k < count && tokens.length > 0; k++) {
    const op = makeOp(ts, rng, original, tokens);
    if (ops.some((o) => o.edits.some((e) => op.edits.some((f) => overlaps(e, f))))) continue;
    ops.push(op);
  }
  const idx = ops.map((_, k) => k).filter((k) => !only || only.includes(k));
  const chosen = idx.map((k) => ops[k]);
  const text = apply(original, chosen);
  return { target, text, ops: idx, labels: chosen.map((o) => o.label), diff: lineDiff(original, text) };
}

module.exports = { mutantFor, tokenize, prng, mix };

/**
 * The layout of specloom.ir.json: stable key order (`$schema`, `kind`, then alphabetical) and, like prettier, an
 * object or array on one line (`{ "column": 3, "file": "a.ts", "line": 4 }`, `["a", "b"]`) when it fits in `WIDTH`
 * columns, else one member per line, indented by two spaces. The top `EXPANDED_DEPTH` levels (the document and
 * its collections) always take a line per member, so every model, API group and config section starts a line of
 * its own and a diff stays local. The data is JSON.stringify's: `undefined`, functions and symbols are left out
 * of objects and `null` in arrays; only the layout differs.
 */

export const WIDTH = 100;
const EXPANDED_DEPTH = 2;

const rank = (key: string) => (key === "$schema" ? 0 : key === "kind" ? 1 : 2);
const byRank = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

const isPrinted = (v: unknown) => v !== undefined && typeof v !== "function" && typeof v !== "symbol";

const isContainer = (v: unknown): v is object => v !== null && typeof v === "object";

const indents: string[] = [];
const indent = (depth: number) => (indents[depth] ??= "  ".repeat(depth));

/**
 * An object's keys in print order. Sorting is the costliest step, and IR nodes of one kind share their key
 * order, so the sorted order is remembered by the unsorted one (compared key by key).
 */
const orders = new Map<string, { readonly keys: readonly string[]; readonly sorted: readonly string[] }[]>();
function sortedKeys(value: object): readonly string[] {
  const keys = Object.keys(value);
  if (keys.length < 2) return keys;
  let known = orders.get(keys[0]!);
  if (!known) orders.set(keys[0]!, (known = []));
  for (const entry of known) if (entry.keys.length === keys.length && entry.keys.every((k, i) => k === keys[i])) return entry.sorted;
  const sorted = [...keys].sort(byRank);
  if (known.length < 64) known.push({ keys, sorted });
  return sorted;
}

/** The keys an object prints, in order. */
function printedKeys(value: object): readonly string[] {
  const keys = sortedKeys(value);
  const printed = (k: string) => isPrinted((value as Record<string, unknown>)[k]);
  return keys.every(printed) ? keys : keys.filter(printed);
}

/** `"key": ` by key, after what comes before it: an IR repeats a few hundred keys millions of times. */
class Heads {
  private readonly map = new Map<string, string>();
  constructor(private readonly before: string) {}
  get(key: string): string {
    let text = this.map.get(key);
    if (text === undefined) {
      text = `${this.before}${JSON.stringify(key)}: `;
      if (this.map.size < 10_000) this.map.set(key, text);
    }
    return text;
  }
}
const bare = new Heads("");
const firstFlat = new Heads("{ ");
const nextFlat = new Heads(", ");
/** Per depth: the first member's line start, and a later member's (after the comma). */
const lineHeads: { readonly first: Heads; readonly next: Heads }[] = [];
function lineHead(depth: number, first: boolean): Heads {
  const pair = (lineHeads[depth] ??= { first: new Heads(`\n${indent(depth)}`), next: new Heads(`,\n${indent(depth)}`) });
  return first ? pair.first : pair.next;
}

/** Characters that JSON.stringify escapes (lone surrogates included): a string without them prints as `"s"`. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function scalarLength(value: unknown): number {
  if (typeof value === "string") return NEEDS_ESCAPE.test(value) ? JSON.stringify(value).length : value.length + 2;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  return 4; // null, and what arrays print as null
}

const scalarText = (value: unknown): string => JSON.stringify(isPrinted(value) ? value : null) ?? "null";

/**
 * What is left of `budget` once `value` is printed on one line, or -1 when it does not fit. Counting costs at
 * most about `budget` characters' worth of walking, so trying a large node that cannot fit is cheap.
 */
function remaining(value: unknown, budget: number): number {
  if (!isContainer(value)) return budget - scalarLength(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return budget - 2;
    let left = budget - 2 - 2 * (value.length - 1); // "[", "]" and ", " between members
    for (let i = 0; i < value.length && left >= 0; i++) left = remaining(value[i], left);
    return left;
  }
  let left = budget - 2; // "{" and "}"
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const member = (value as Record<string, unknown>)[key];
    if (!isPrinted(member)) continue;
    left -= bare.get(key).length + (count === 0 ? 1 : 2); // " " after "{", or ", "; then `"key": `
    count++;
    if (left < 0) return -1;
    left = remaining(member, left);
    if (left < 0) return -1;
  }
  return count === 0 ? left : left - 1; // " " before "}"
}

const CHUNK_PIECES = 4096;
/** Characters per piece above which a run of pieces is not joined into a chunk. */
const LARGE_PIECE = 256;

/**
 * Collects the text in joined chunks, so a 30 MB document is never an array of millions of pieces. Pieces that
 * are large on average (the members a watch rebuild reuses) are kept as they are instead: joining them into a
 * chunk would copy the whole document once more before the final join.
 */
class Out {
  private pieces: string[] = [];
  private length = 0;
  private readonly chunks: string[] = [];
  push(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.pieces.length >= CHUNK_PIECES) this.flush();
  }
  text(): string {
    this.flush();
    return this.chunks.join("");
  }
  private flush(): void {
    if (this.length < CHUNK_PIECES * LARGE_PIECE) this.chunks.push(this.pieces.join(""));
    else for (const piece of this.pieces) this.chunks.push(piece);
    this.pieces = [];
    this.length = 0;
  }
}

function printFlat(value: unknown, out: Out): void {
  if (!isContainer(value)) return out.push(scalarText(value));
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(", ");
      printFlat(value[i], out);
    }
    return out.push("]");
  }
  const keys = printedKeys(value);
  if (keys.length === 0) return out.push("{}");
  for (let i = 0; i < keys.length; i++) {
    out.push((i === 0 ? firstFlat : nextFlat).get(keys[i]!));
    printFlat((value as Record<string, unknown>)[keys[i]!], out);
  }
  out.push(" }");
}

/** Prints a member at `depth` whose line has `prefix` columns before it and `suffix` after it (a comma). */
export type MemberPrinter = (value: unknown, depth: number, prefix: number, suffix: number) => string;

interface Reuse {
  readonly depth: number;
  readonly member: MemberPrinter;
}

/**
 * `value` after `prefix` columns of its line (the indentation and `"key": `) at nesting `depth`, with `suffix`
 * columns after it. Members at `reuse.depth` come from `reuse.member` (the IR emitter's cache).
 */
function print(value: unknown, depth: number, prefix: number, suffix: number, out: Out, reuse: Reuse | undefined): void {
  if (!isContainer(value)) return out.push(scalarText(value));
  const array = Array.isArray(value);
  const keys = array ? undefined : printedKeys(value);
  const count = keys ? keys.length : (value as unknown[]).length;
  if (count === 0) return out.push(array ? "[]" : "{}");
  if (depth >= EXPANDED_DEPTH && remaining(value, WIDTH - prefix - suffix) >= 0) return printFlat(value, out);
  const inner = indent(depth + 1);
  out.push(array ? "[" : "{");
  for (let i = 0; i < count; i++) {
    const key = keys?.[i];
    const member = key === undefined ? (value as unknown[])[i] : (value as Record<string, unknown>)[key];
    if (key === undefined) {
      out.push(i === 0 ? "\n" : ",\n");
      out.push(inner);
    } else out.push(lineHead(depth + 1, i === 0).get(key));
    const columns = inner.length + (key === undefined ? 0 : bare.get(key).length);
    const comma = i < count - 1 ? 1 : 0;
    if (reuse?.depth === depth + 1) out.push(reuse.member(member, depth + 1, columns, comma));
    else print(member, depth + 1, columns, comma, out, reuse);
  }
  out.push("\n");
  out.push(indent(depth));
  out.push(array ? "]" : "}");
}

/** `value` in the layout above, then `end` (a trailing newline); members at `reuse.depth` printed by `reuse.member`. */
export function compactJson(value: unknown, reuse?: Reuse, end = ""): string {
  const out = new Out();
  print(value, 0, 0, 0, out, reuse);
  out.push(end);
  return out.text();
}

/** A member as compactJson prints it at that place: what a `MemberPrinter` returns. */
export const compactMember: MemberPrinter = (value, depth, prefix, suffix) => {
  const out = new Out();
  print(value, depth, prefix, suffix, out, undefined);
  return out.text();
};

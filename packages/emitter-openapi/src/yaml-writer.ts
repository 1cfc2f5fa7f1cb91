/**
 * A block-YAML writer for JSON data that produces exactly js-yaml's `dump` output for the options it is given
 * (no refs, unlimited line width, block style), several times faster on large documents: js-yaml decides the
 * style of every scalar again for each occurrence (`chooseScalarStyle`, `testImplicitResolving`), while an
 * OpenAPI document repeats the same few thousand strings. Here js-yaml still renders every distinct scalar and
 * key, once, and this module only lays out the mappings and sequences the way js-yaml's dumper does.
 * Anything outside JSON data (a Date, a key longer than 1024 characters, …) falls back to js-yaml itself.
 * `test/yaml-writer.test.ts` compares both on real documents and on generated hostile strings.
 */
import { dump, type DumpOptions } from "js-yaml";
import { nodeReuse } from "@specloom/model";
import { fragmentEntries, keepRun, keptRun, RUN, type FragmentRun } from "./runs";

/** Thrown inside the writer for input it does not lay out itself; the caller then uses js-yaml. */
class NotJsonData extends Error {}

const INDENT = 2;
const spaces: string[] = [];
const newline = (level: number): string => (spaces[level] ??= "\n" + " ".repeat(INDENT * level));

/** Options this module lays out itself; others go to js-yaml. */
function supported(options: DumpOptions): boolean {
  if (options.indent !== undefined && options.indent !== INDENT) return false;
  return options.lineWidth === -1 && options.noRefs === true && options.flowLevel === undefined && !options.sortKeys && !options.replacer;
}

export function dumpYaml(doc: unknown, options: DumpOptions): string {
  if (!supported(options)) return dump(doc, options);
  try {
    return new Writer(options).write(doc, 0, true, "\n");
  } catch (e) {
    if (e instanceof NotJsonData) return dump(doc, options);
    throw e;
  }
}

/**
 * A subtree already laid out at `level` as a mapping value (`compact` false), placed as is: the document is
 * assembled from fragments rendered (or reused) one by one.
 */
export class PrerenderedYaml {
  constructor(
    readonly yaml: string,
    readonly level: number,
  ) {}
}

/**
 * Lays out values one at a time, sharing one scalar cache; `layout` is undefined where js-yaml must render the
 * value itself (then the caller dumps the whole document with dumpYaml). Numbers are written as JSON would
 * carry them (-0 as 0, NaN and infinities as null), so the YAML says what the JSON document says.
 */
export class YamlLayout {
  private readonly writer: Writer | undefined;

  constructor(options: DumpOptions) {
    this.writer = supported(options) ? new Writer(options, true) : undefined;
  }

  /**
   * Keeps the scalars it rendered (a pure function of the text) for the next document, e.g. the next watch
   * rebuild, up to `limit` of them.
   */
  keepAtMost(limit: number): void {
    this.writer?.keepAtMost(limit);
  }

  /** A mapping value at `level`, or the document itself at level 0 (then followed by `end`, e.g. the final newline). */
  layout(value: unknown, level: number, end = ""): string | undefined {
    if (!this.writer) return undefined;
    try {
      return this.writer.write(value, level, level === 0, end);
    } catch (e) {
      if (e instanceof NotJsonData) return undefined;
      throw e;
    }
  }
}

const isPrerendered = (v: unknown): v is PrerenderedYaml => v instanceof PrerenderedYaml;

/** Whether a value laid out as a mapping value (not compact) starts on a new line: a non-empty mapping or sequence. */
function opensBlock(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof PrerenderedYaml) return value.yaml.charCodeAt(0) === 10;
  for (const key in value) if (Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}

/**
 * Lays out into a list of pieces joined once: concatenating millions of small strings would build a rope of as
 * many nodes, which is slow to allocate and to flatten when the artifact is written.
 */
class Writer {
  private readonly scalars = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly numbers = new Map<number, string>();

  /** Runs of laid-out fragments (see runs.ts), kept for the next document. */
  private readonly runs: WeakMap<PrerenderedYaml, FragmentRun<PrerenderedYaml>> | undefined;

  constructor(
    private readonly options: DumpOptions,
    /** Numbers as JSON.stringify writes them (the JSON document's twin); also keeps runs of fragments. */
    private readonly jsonNumbers = false,
  ) {
    this.runs = jsonNumbers ? new WeakMap() : undefined;
  }

  keepAtMost(limit: number): void {
    for (const cache of [this.scalars, this.keys, this.numbers]) if (cache.size > limit) cache.clear();
  }

  write(value: unknown, level: number, compact: boolean, end = ""): string {
    const out: string[] = [];
    this.node(value, level, compact, out);
    out.push(end);
    return out.join("");
  }

  /** js-yaml's writeNode for a node at `level`; `compact`: the first line continues the parent's. */
  private node(value: unknown, level: number, compact: boolean, out: string[]): void {
    if (value === null) {
      out.push("null");
      return;
    }
    switch (typeof value) {
      case "string":
        out.push(this.string(value, level));
        return;
      case "number":
        out.push(this.number(value));
        return;
      case "boolean":
        out.push(value ? "true" : "false");
        return;
      case "object":
        if (Array.isArray(value)) {
          if (value.length === 0) out.push("[]");
          else this.sequence(value, level, compact, out);
        } else if (value instanceof PrerenderedYaml) {
          if (value.level !== level || compact) throw new Error(`a fragment laid out at level ${value.level} was placed at ${level}`);
          out.push(value.yaml);
        } else if (Object.prototype.toString.call(value) !== "[object Object]") {
          throw new NotJsonData();
        } else {
          this.mapping(value as Record<string, unknown>, level, compact, out);
        }
        return;
      default:
        throw new NotJsonData();
    }
  }

  private mapping(object: Record<string, unknown>, level: number, compact: boolean, out: string[]): void {
    const entries = this.runs && nodeReuse() ? fragmentEntries(object, isPrerendered) : undefined;
    if (entries) {
      for (let i = 0; i < entries.length; i += RUN) out.push(this.run(entries.slice(i, i + RUN), level, compact && i === 0));
      return;
    }
    let empty = true;
    for (const key of Object.keys(object)) {
      const value = object[key];
      // js-yaml skips a pair whose value is undefined, separator included.
      if (value === undefined) continue;
      if (!compact || !empty) out.push(newline(level));
      empty = false;
      out.push(this.key(key), opensBlock(value) ? ":" : ": ");
      this.node(value, level + 1, false, out);
    }
    if (empty) out.push("{}");
  }

  /** Entries whose values are all laid out already, as mapping() writes them (`compact`: the first continues the line). */
  private run(entries: readonly [string, PrerenderedYaml][], level: number, compact: boolean): string {
    const at = `${level} ${compact}`;
    const kept = keptRun(this.runs!, entries, at);
    if (kept !== undefined) return kept;
    const out: string[] = [];
    entries.forEach(([key, value], i) => {
      if (value.level !== level + 1) throw new Error(`a fragment laid out at level ${value.level} was placed at ${level + 1}`);
      if (!compact || i > 0) out.push(newline(level));
      out.push(this.key(key), opensBlock(value) ? ":" : ": ", value.yaml);
    });
    return keepRun(this.runs!, entries, at, out.join(""));
  }

  private sequence(items: readonly unknown[], level: number, compact: boolean, out: string[]): void {
    let first = true;
    for (const item of items) {
      if (!compact || !first) out.push(newline(level));
      first = false;
      // A compact item never starts on a new line; js-yaml writes an undefined element as null.
      out.push("- ");
      if (item === undefined) out.push("null");
      else this.node(item, level + 1, true, out);
    }
  }

  /**
   * A string value: js-yaml's rendering of it as a top-level scalar, where block scalars are indented by one
   * level; at `level`, their non-empty lines are indented by `level` levels (js-yaml's indentString).
   */
  private string(value: string, level: number): string {
    let rendered = this.scalars.get(value);
    if (rendered === undefined) {
      rendered = dump(value, this.options).slice(0, -1);
      this.scalars.set(value, rendered);
    }
    const first = rendered.charCodeAt(0);
    // '|' or '>': a block scalar, whose lines depend on the indentation.
    if ((first !== 124 && first !== 62) || level <= 1) return rendered;
    const extra = " ".repeat(INDENT * (level - 1));
    const lines = rendered.split("\n");
    for (let i = 1; i < lines.length; i++) if (lines[i] !== "") lines[i] = extra + lines[i];
    return lines.join("\n");
  }

  private key(key: string): string {
    let rendered = this.keys.get(key);
    if (rendered === undefined) {
      const pair = dump({ [key]: null }, this.options);
      // A key over 1024 characters becomes an explicit `? key` pair: left to js-yaml.
      if (!pair.endsWith(": null\n") || pair.startsWith("? ")) throw new NotJsonData();
      rendered = pair.slice(0, -": null\n".length);
      this.keys.set(key, rendered);
    }
    return rendered;
  }

  private number(value: number): string {
    if (this.jsonNumbers && (!Number.isFinite(value) || value === 0)) return Number.isFinite(value) ? "0" : "null";
    // The cache's SameValueZero would mix up -0 (`-0.0`) and 0.
    if (Object.is(value, -0)) return dump(value, this.options).slice(0, -1);
    let rendered = this.numbers.get(value);
    if (rendered === undefined) {
      rendered = dump(value, this.options).slice(0, -1);
      this.numbers.set(value, rendered);
    }
    return rendered;
  }
}

/**
 * The keyword side of JSON Schema → DSL: scalars with their tags (formats, lengths, bounds, patterns), value sets,
 * visibility, defaults and property counts, each keyword the DSL cannot express reported. SchemaWriter adds the
 * structure (references, compositions, arrays, objects) on top.
 */
import { checkPattern, isBuiltinFormatSpelling, tsStringLiteral } from "@specloom/core";
import { pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";

/** Keywords that only document: carried as JSDoc, or deliberately ignored. */
export const DOC_KEYWORDS: ReadonlySet<string> = new Set([
  "description",
  "title",
  "example",
  "examples",
  "deprecated",
  "$comment",
  "externalDocs",
  "xml",
  "discriminator",
  "nullable",
]);

/** Formats with a shortcut type; the other formats of `Format<…>`; any other string format is a `CustomFormat<…>`. */
const STRING_FORMATS: Record<string, string> = { uuid: "UUID", email: "Email", uri: "Url", "date-time": "DateTime", date: "DateOnly", binary: "Binary" };
const TAGGED_FORMATS = new Set(["password", "byte", "hostname", "ipv4", "ipv6"]);

/** An object's property counts: `MinProperties`/`MaxProperties`. */
export const COUNT_KEYWORDS = ["minProperties", "maxProperties"] as const;

export abstract class KeywordWriter {
  /** Names from "specloom" the written types use. */
  readonly uses = new Set<string>();

  constructor(readonly ctx: OpenApiImport) {}

  /** A schema without `null` as a type expression: what a value set that is a whole type (both booleans) becomes. */
  protected abstract nonNull(s: JsonObject, pointer: string, hint: string, stack: readonly string[]): string;

  protected dsl(name: string): string {
    this.uses.add(name);
    return name;
  }

  /** Reports every keyword of `s` not in `handled` as dropped. */
  protected leftovers(s: JsonObject, pointer: string, handled: readonly string[]): void {
    for (const key of Object.keys(s)) {
      if (handled.includes(key) || DOC_KEYWORDS.has(key) || key.startsWith("x-")) continue;
      this.ctx.report("import-oa-keyword", pointerJoin(pointer, key), `'${key}'`, "dropped", "the DSL has no form for this keyword yet");
    }
  }

  protected literals(s: JsonObject, pointer: string, extra: readonly string[] = []): string {
    const values = (s.enum as Json[]).filter((v) => v !== null);
    // `enum: [false, true]` (Azure's boolean query parameters) lists every boolean: it is `boolean`.
    if (values.includes(true) && values.includes(false) && values.every((v) => typeof v === "boolean") && (s.type ?? "boolean") === "boolean") {
      const { enum: _values, ...rest } = s;
      const written = this.nonNull({ ...rest, type: "boolean" }, pointer, "", []);
      return (s.enum as Json[]).includes(null) ? `${written} | null` : written;
    }
    this.leftovers(s, pointer, ["enum", "type", "default", "readOnly", "writeOnly", ...extra]);
    const kinds = new Set(values.map((v) => typeof v));
    if (values.length === 0 || kinds.size > 1 || !(kinds.has("string") || kinds.has("number"))) {
      this.ctx.report(
        "import-oa-keyword",
        pointerJoin(pointer, "enum"),
        "an enum of mixed, boolean or structured values",
        "dropped",
        "only string or number value sets have a form",
      );
      return "unknown";
    }
    const union = values.map((v) => (typeof v === "string" ? tsStringLiteral(v) : JSON.stringify(v))).join(" | ");
    return (s.enum as Json[]).includes(null) ? `${union} | null` : union;
  }

  /** `CustomFormat<…>`; a built-in format's name there is an error, so such a format (int64 on a number) is reported instead. */
  protected customFormat(format: string, pointer: string, type: string): string {
    if (!isBuiltinFormatSpelling(format)) return `${this.dsl("CustomFormat")}<${tsStringLiteral(format)}>`;
    this.ctx.report(
      "import-oa-format",
      pointerJoin(pointer, "format"),
      `format '${format}' on a ${type}`,
      "dropped",
      "it is a format of another type in the DSL",
    );
    return "";
  }

  protected withTags(base: string, tags: string[]): string {
    const written = tags.filter((t) => t !== "");
    return written.length === 0 ? base : [base, ...written].join(" & ");
  }

  /** `ReadOnly`/`WriteOnly`: a property's visibility, whatever its type. */
  protected visibility(s: JsonObject, pointer: string, tags: string[]): void {
    if ((s.readOnly === true || s.writeOnly === true) && !pointer.startsWith("/components/"))
      this.ctx.report(
        "import-oa-keyword",
        pointer,
        `'${s.readOnly === true ? "readOnly" : "writeOnly"}' in an inline schema`,
        "approximate",
        "an inline request body leaves read-only properties out, an inline response write-only ones",
      );
    if (s.readOnly === true) tags.push(this.dsl("ReadOnly"));
    if (s.writeOnly === true) tags.push(this.dsl("WriteOnly"));
  }

  protected commonTags(s: JsonObject, pointer: string, tags: string[], jsType: "string" | "number" | "integer" | "boolean"): void {
    this.visibility(s, pointer, tags);
    const d = s.default;
    if (d === undefined) return;
    const fits = jsType === "integer" ? Number.isInteger(d) : typeof d === jsType;
    if (!fits)
      this.ctx.report("import-oa-keyword", pointerJoin(pointer, "default"), `'default: ${JSON.stringify(d)}'`, "dropped", `it is not a ${jsType}`);
    else if (typeof d === "string" || typeof d === "number" || typeof d === "boolean")
      tags.push(`${this.dsl("Default")}<${typeof d === "string" ? tsStringLiteral(d) : String(d)}>`);
  }

  protected string(s: JsonObject, pointer: string): string {
    this.leftovers(s, pointer, ["type", "format", "minLength", "maxLength", "pattern", "default", "readOnly", "writeOnly"]);
    const tags: string[] = [];
    let base = "string";
    if (typeof s.format === "string") {
      const shortcut = STRING_FORMATS[s.format];
      if (shortcut) base = this.dsl(shortcut);
      else if (TAGGED_FORMATS.has(s.format)) tags.push(`${this.dsl("Format")}<${tsStringLiteral(s.format)}>`);
      else if (s.format === "phone") base = this.dsl("Phone");
      else if (s.format === "int64") tags.push(`${this.dsl("Format")}<"int64">`);
      else tags.push(this.customFormat(s.format, pointer, "string"));
    }
    if (typeof s.minLength === "number" && s.minLength > 0) tags.push(`${this.dsl("MinLength")}<${s.minLength}>`);
    // MaxLength<0> is valid: the column is TEXT with a length CHECK, since VARCHAR(0) does not exist.
    if (typeof s.maxLength === "number") tags.push(`${this.dsl("MaxLength")}<${s.maxLength}>`);
    if (typeof s.pattern === "string") {
      const check = checkPattern(s.pattern);
      // A pattern PostgreSQL cannot run stays: only a model column's CHECK would need it.
      if (check.ok || check.databaseOnly) tags.push(`${this.dsl("Pattern")}<${tsStringLiteral(s.pattern)}>`);
      else this.ctx.report("import-oa-keyword", pointerJoin(pointer, "pattern"), `pattern '${s.pattern}'`, "dropped", check.problem);
    }
    this.commonTags(s, pointer, tags, "string");
    return this.withTags(base, tags);
  }

  protected number(s: JsonObject, pointer: string, type: "integer" | "number"): string {
    this.leftovers(s, pointer, [
      "type",
      "format",
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "multipleOf",
      "default",
      "readOnly",
      "writeOnly",
    ]);
    const tags: string[] = [];
    let base = "number";
    const format = typeof s.format === "string" ? s.format : undefined;
    if (type === "integer") {
      if (format === "int32" || format === "int64") base = this.dsl(format === "int64" ? "BigInt64" : "Int");
      else {
        // No size, or a size the DSL does not name (uint32): an integer of no declared size, its format as written.
        tags.push(`${this.dsl("Integer")}<"unsized">`);
        if (format !== undefined) tags.push(this.customFormat(format, pointer, type));
      }
    } else if (format === "float" || format === "double") tags.push(`${this.dsl("Format")}<${tsStringLiteral(format)}>`);
    else if (format !== undefined) tags.push(this.customFormat(format, pointer, type));
    for (const [key, exclusive, tag, exclusiveTag] of [
      ["minimum", "exclusiveMinimum", "Minimum", "ExclusiveMinimum"],
      ["maximum", "exclusiveMaximum", "Maximum", "ExclusiveMaximum"],
    ] as const) {
      const bound = s[key];
      const flag = s[exclusive];
      // 3.0 writes an exclusive bound as the bound plus `exclusiveMinimum: true`, 3.1 as the number itself.
      if (typeof flag === "number") tags.push(`${this.dsl(exclusiveTag)}<${flag}>`);
      if (typeof bound === "number") tags.push(`${this.dsl(flag === true ? exclusiveTag : tag)}<${bound}>`);
    }
    if (typeof s.multipleOf === "number" && s.multipleOf > 0) tags.push(`${this.dsl("MultipleOf")}<${s.multipleOf}>`);
    this.commonTags(s, pointer, tags, type);
    return this.withTags(base, tags);
  }

  /** `MinProperties<N>`/`MaxProperties<N>` for an object's `minProperties`/`maxProperties` (0 minimum says nothing). */
  counts(s: JsonObject, pointer: string): string[] {
    const out: string[] = [];
    for (const [key, tag] of [
      ["minProperties", "MinProperties"],
      ["maxProperties", "MaxProperties"],
    ] as const) {
      const n = s[key];
      if (n === undefined || (n === 0 && key === "minProperties")) continue;
      if (typeof n === "number" && Number.isInteger(n) && n >= 0) out.push(`${this.dsl(tag)}<${n}>`);
      else
        this.ctx.report(
          "import-oa-keyword",
          pointerJoin(pointer, key),
          `'${key}: ${JSON.stringify(n)}'`,
          "dropped",
          "it is not a whole number of at least 0",
        );
    }
    return out;
  }
}

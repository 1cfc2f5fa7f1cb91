/**
 * JSON Schema → a TS type expression in the DSL: literal unions for enums, `T | null`, compositions, arrays,
 * records, inline object literals, references to the component schemas by their TS names; the keywords of
 * scalars and objects (tags, markers) come from KeywordWriter. Every keyword it cannot express is reported.
 */
import { tsPropertyKey } from "@specloom/core";
import { isObject, pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";
import { constraintSiblings, withoutNoteMembers } from "./compose";
import { docParts, jsDoc } from "./docs";
import { COUNT_KEYWORDS, DOC_KEYWORDS, KeywordWriter } from "./keyword-writer";

export { COUNT_KEYWORDS, DOC_KEYWORDS } from "./keyword-writer";

/**
 * `{ properties: {} }` without a `type`: it constrains nothing, so it accepts any value, not only objects (Azure
 * writes it for property bags it leaves open). `unknown`, which builds back to a schema without a type.
 */
export const isUntypedEmpty = (s: JsonObject): boolean =>
  s.type === undefined &&
  isObject(s.properties) &&
  Object.keys(s.properties).length === 0 &&
  Object.keys(s).every((k) => k === "properties" || DOC_KEYWORDS.has(k) || k.startsWith("x-"));

const PRIMITIVES = new Set(["string", "integer", "number", "boolean"]);

const paren = (t: string): string => (/^[\w.]+$|^"[^"]*"$/.test(t) ? t : `(${t})`);
const pascal = (s: string): string => s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, _sep, c: string) => c.toUpperCase());

export class SchemaWriter extends KeywordWriter {
  /** Component schema names the written types use. */
  readonly refs = new Set<string>();
  /** The `OneOf` unions written, to undo where a member turns out to be `unknown` (which absorbs the union). */
  readonly oneOfs: { readonly written: string; readonly union: string; readonly members: readonly string[]; readonly pointer: string }[] = [];

  constructor(
    ctx: OpenApiImport,
    /** Registers an inline schema as a named declaration (an inline allOf); returns its name. */
    readonly hoist: (hint: string, schema: JsonObject, pointer: string) => string,
  ) {
    super(ctx);
  }

  type(schema: Json | undefined, pointer: string, hint: string, stack: readonly string[] = []): string {
    if (schema === undefined || schema === true) return "unknown";
    if (schema === false || !isObject(schema)) {
      this.ctx.report("import-oa-keyword", pointer, "a schema that is not an object", "dropped", "it becomes `unknown`");
      return "unknown";
    }
    if (typeof schema.$ref === "string") return this.reference(schema.$ref, pointer, hint, stack);
    const s: JsonObject = { ...schema };
    let nullable = s.nullable === true;
    if (Array.isArray(s.type) && s.type.includes("null")) {
      nullable = true;
      const rest = s.type.filter((t) => t !== "null");
      s.type = rest.length === 1 ? rest[0]! : rest;
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const list = s[key];
      if (Array.isArray(list) && list.some((m) => isObject(m) && m.type === "null")) {
        nullable = true;
        s[key] = list.filter((m) => !(isObject(m) && m.type === "null"));
      }
    }
    const inner = this.nonNull(s, pointer, hint, stack);
    return nullable && inner !== "unknown" ? `${inner} | null` : inner;
  }

  private reference(ref: string, pointer: string, hint: string, stack: readonly string[]): string {
    const target = ref.slice(1);
    const name = this.ctx.schemaNames.get(target);
    if (name) {
      this.refs.add(name);
      return name;
    }
    if (stack.includes(target)) {
      this.ctx.report(
        "import-oa-keyword",
        pointer,
        `recursive '$ref: ${ref}'`,
        "dropped",
        "only component schemas can be recursive; it becomes `unknown`",
      );
      return "unknown";
    }
    return this.type(this.ctx.at(ref), target, hint, [...stack, target]);
  }

  /** An inline oneOf TypeScript keeps as written: interfaces, and plain scalars or arrays of different JS types. */
  private inlineOneOfKept(list: readonly Json[]): boolean {
    const jsTypes: string[] = [];
    for (const m of list) {
      if (this.isInterfaceRef(m)) continue;
      const type = isObject(m) && typeof m.type === "string" ? m.type : undefined;
      if (!isObject(m) || !type || !(PRIMITIVES.has(type) || type === "array")) return false;
      if (["$ref", "enum", "const", "allOf", "oneOf", "anyOf", "nullable"].some((k) => k in m)) return false;
      jsTypes.push(type === "integer" ? "number" : type);
    }
    return new Set(jsTypes).size === jsTypes.length;
  }

  /** A `$ref` to a component written as an interface: an object schema with properties, no composition. */
  private isInterfaceRef(member: Json): boolean {
    if (!isObject(member) || typeof member.$ref !== "string" || !this.ctx.schemaNames.has(member.$ref.slice(1))) return false;
    const target = this.ctx.at(member.$ref);
    return (
      isObject(target) &&
      (target.type === "object" || target.type === undefined) &&
      isObject(target.properties) &&
      !["allOf", "oneOf", "anyOf", "nullable", "enum"].some((k) => k in target)
    );
  }

  /**
   * Whether TypeScript would merge a member into another (`"a" | "b" | string` is `string`): a union that keeps
   * each member cannot hold both a value set and the plain type of its values.
   */
  private absorbs(list: readonly Json[]): boolean {
    const kinds = list.map((m) => this.valueKind(m));
    // Two members of one plain type may be one type to TypeScript too (`string1 | string2`, both aliases of `string`).
    const plain = kinds.filter((k): k is string => k !== undefined && !k.startsWith("values of "));
    if (new Set(plain).size < plain.length) return true;
    return kinds.some((k) => k?.startsWith("values of ") && kinds.includes(k.slice("values of ".length)));
  }

  /** `string` for a plain string schema, `values of string` for an enum or const of strings (numbers alike). */
  private valueKind(schema: Json, seen = 0): string | undefined {
    if (!isObject(schema) || seen > 20) return undefined;
    if (typeof schema.$ref === "string") return this.valueKind(this.ctx.at(schema.$ref) ?? null, seen + 1);
    const jsonKind = (v: Json): string => (typeof v === "number" ? "number" : typeof v);
    const values = Array.isArray(schema.enum) ? schema.enum.filter((v) => v !== null) : schema.const !== undefined ? [schema.const] : undefined;
    if (values) return values.length > 0 && values.every((v) => jsonKind(v) === jsonKind(values[0]!)) ? `values of ${jsonKind(values[0]!)}` : undefined;
    if (schema.type === "integer" || schema.type === "number") return "number";
    return typeof schema.type === "string" && PRIMITIVES.has(schema.type) ? schema.type : undefined;
  }

  protected nonNull(s: JsonObject, pointer: string, hint: string, stack: readonly string[]): string {
    if (Array.isArray(s.enum)) return this.literals(s, pointer);
    if (s.const !== undefined) return this.literals({ ...s, enum: [s.const] }, pointer, ["const"]);
    if (Array.isArray(s.allOf)) {
      const { schema: composed, members } = withoutNoteMembers(s);
      const [only] = members;
      if (only && members.length === 1 && constraintSiblings(composed, DOC_KEYWORDS).length === 0)
        return this.type(only.schema, pointerJoin(pointer, "allOf", only.index), hint, stack);
      return this.hoist(hint, s, pointer);
    }
    for (const key of ["oneOf", "anyOf"] as const) {
      const list = s[key];
      if (!Array.isArray(list)) continue;
      this.leftovers(s, pointer, [key]);
      const members = list.map((m, i) => this.type(m, pointerJoin(pointer, key, i), `${hint}${i + 1}`, stack));
      if (members.length <= 1) return members[0] ?? "unknown";
      const union = members.map(paren).join(" | ");
      if (key === "anyOf") return union;
      // `OneOf` needs a union TypeScript keeps: distinct members, not all literals (an enum), none `unknown`; and a
      // named one (a component schema), or an inline one of interfaces: TypeScript may merge intersection aliases
      // that differ only in their tags.
      const kept =
        (/^\/components\/schemas\/[^/]+$/.test(pointer) || this.inlineOneOfKept(list)) &&
        new Set(members).size === members.length &&
        !members.includes("unknown") &&
        !members.every((m) => /^("|-?\d|true$|false$)/.test(m)) &&
        !this.absorbs(list);
      if (kept) {
        const written = `(${union}) & ${this.dsl("OneOf")}`;
        this.oneOfs.push({ written, union, members, pointer: pointerJoin(pointer, key) });
        return written;
      }
      this.ctx.report(
        "import-oa-composition",
        pointerJoin(pointer, key),
        "'oneOf'",
        "approximate",
        "an inline or undistinguishable TS union is written as anyOf",
      );
      return union;
    }
    if (Array.isArray(s.type)) {
      this.ctx.report("import-oa-composition", pointerJoin(pointer, "type"), "a list of types", "approximate", "it becomes a union, written as anyOf");
      return s.type.map((t) => paren(this.nonNull({ ...s, type: t }, pointer, hint, stack))).join(" | ");
    }
    const untyped = isUntypedEmpty(s);
    const type = s.type ?? (untyped ? undefined : s.properties || s.additionalProperties !== undefined ? "object" : s.items ? "array" : undefined);
    switch (type) {
      case "string":
        return this.string(s, pointer);
      case "integer":
      case "number":
        return this.number(s, pointer, type);
      case "boolean": {
        this.leftovers(s, pointer, ["type", "default", "readOnly", "writeOnly"]);
        const tags: string[] = [];
        this.commonTags(s, pointer, tags, "boolean");
        return this.withTags("boolean", tags);
      }
      case "array": {
        this.leftovers(s, pointer, ["type", "items", "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly"]);
        const tags: string[] = [];
        if (typeof s.minItems === "number" && s.minItems > 0) tags.push(`${this.dsl("MinItems")}<${s.minItems}>`);
        if (typeof s.maxItems === "number") tags.push(`${this.dsl("MaxItems")}<${s.maxItems}>`);
        if (s.uniqueItems === true) tags.push(this.dsl("UniqueItems"));
        this.visibility(s, pointer, tags);
        const array = `${paren(this.type(s.items, pointerJoin(pointer, "items"), `${hint}Item`, stack))}[]`;
        return this.withTags(array, tags);
      }
      case "object":
        return this.object(s, pointer, hint, stack);
      case "null":
        return "null";
      default:
        this.leftovers(s, pointer, ["type", "default", "readOnly", "writeOnly", ...(untyped ? ["properties"] : [])]);
        return "unknown";
    }
  }

  private object(s: JsonObject, pointer: string, hint: string, stack: readonly string[]): string {
    this.leftovers(s, pointer, ["type", "properties", "required", "additionalProperties", "readOnly", "writeOnly", ...COUNT_KEYWORDS]);
    const props = isObject(s.properties) ? Object.entries(s.properties) : [];
    const extra = s.additionalProperties;
    const counts = this.counts(s, pointer);
    this.visibility(s, pointer, counts);
    if (props.length === 0) {
      // A closed object without properties accepts only `{}`: the marker alone says that.
      if (extra === false && counts.length === 0) return this.dsl("Closed");
      if (extra === false)
        this.ctx.report(
          "import-oa-keyword",
          pointerJoin(pointer, "additionalProperties"),
          "'additionalProperties: false'",
          "dropped",
          "closed objects have no form yet",
        );
      const values =
        isObject(extra) && Object.keys(extra).length > 0
          ? this.type(extra, pointerJoin(pointer, "additionalProperties"), `${hint}Value`, stack)
          : "unknown";
      return [`Record<string, ${values}>`, ...counts].join(" & ");
    }
    const markers = extra === false ? [this.dsl("Closed")] : [this.additional(s, pointer, hint, stack)].filter((m) => m !== "");
    return [...markers, ...counts, `{\n${this.members(s, pointer, hint, stack)}}`].join(" & ");
  }

  /** `AdditionalProperties<T>` for a typed `additionalProperties` beside `properties`, or "". */
  additional(s: JsonObject, pointer: string, hint: string, stack: readonly string[] = []): string {
    const extra = s.additionalProperties;
    if (!isObject(extra) || Object.keys(extra).length === 0) return "";
    return `${this.dsl("AdditionalProperties")}<${this.type(extra, pointerJoin(pointer, "additionalProperties"), `${hint}Value`, stack)}>`;
  }

  /** The property lines of an object schema, JSDoc included. */
  members(s: JsonObject, pointer: string, hint: string, stack: readonly string[] = []): string {
    const required = new Set(Array.isArray(s.required) ? s.required.map(String) : []);
    const props = isObject(s.properties) ? Object.entries(s.properties) : [];
    return props
      .map(([name, prop]) => {
        const at = pointerJoin(pointer, "properties", name);
        const type = this.type(prop, at, `${hint}${pascal(name)}`, stack);
        const doc = isObject(prop) && typeof prop.$ref !== "string" ? jsDoc(docParts(withoutNoteMembers(prop).schema)) : "";
        return `${doc}${tsPropertyKey(name)}${required.has(name) ? "" : "?"}: ${type};\n`;
      })
      .join("");
  }
}

/** Prints TypeBox builder code from a JSON Schema object (the ones emitter-openapi builds). */
import { checkPattern, tsPropertyKey, tsStringLiteral } from "@specloom/core";
import { refTarget, VALIDATION_KEYWORDS, type JsonSchema } from "@specloom/model";
import { DECIMAL_STEP_KIND, isFractionalStep } from "./decimal-step";

/** Keywords passed through as TypeBox options: validation only, docs stay in the OpenAPI. */
const OPTION_KEYS: readonly string[] = VALIDATION_KEYWORDS;
/** `MinProperties`/`MaxProperties`: options of an Object or a Record. */
const COUNT_KEYS = ["minProperties", "maxProperties"];

export interface PrintContext {
  /** TypeScript identifier of a component's const. */
  identifier(component: string): string;
  /** How to print a reference to a component that is not defined yet (recursion). */
  cyclicRef(component: string): string | undefined;
}

const key = tsPropertyKey;

/** A JSON value as TS source; strings through the one TS string escaper. */
function value(v: unknown): string {
  return typeof v === "string" ? tsStringLiteral(v) : JSON.stringify(v);
}

function options(s: JsonSchema, keys: readonly string[] = OPTION_KEYS): string {
  const entries = keys.filter((k) => s[k] !== undefined).map((k) => `${key(k)}: ${value(s[k])}`);
  return entries.length > 0 ? `{ ${entries.join(", ")} }` : "";
}

function call(fn: string, ...args: string[]): string {
  return `Type.${fn}(${args.filter(Boolean).join(", ")})`;
}

function literal(v: unknown): string {
  return v === null ? "Type.Null()" : `Type.Literal(${value(v)})`;
}

function union(members: string[]): string {
  return members.length === 1 ? members[0]! : call("Union", `[${members.join(", ")}]`);
}

export function printSchema(s: JsonSchema, ctx: PrintContext, indent = ""): string {
  const target = refTarget(s);
  if (target) return ctx.cyclicRef(target) ?? ctx.identifier(target);
  const members = (k: string) => (s[k] as JsonSchema[]).map((m) => printSchema(m, ctx, indent));
  if (Array.isArray(s.allOf)) {
    const parts = members("allOf");
    // The literal allOf (Intersect), so the TypeBox schema has the same shape as the OpenAPI one.
    const closed = s.unevaluatedProperties === false ? "{ unevaluatedProperties: false }" : "";
    // TypeBox checks property counts on an Object, not on an Intersect: a member of their own carries them.
    const counts = options(s, COUNT_KEYS);
    if (counts) parts.push(call("Object", "{}", counts));
    return parts.length === 1 && !closed ? parts[0]! : call("Intersect", `[${parts.join(", ")}]`, closed);
  }
  if (Array.isArray(s.oneOf)) return union(members("oneOf"));
  if (Array.isArray(s.anyOf)) return union(members("anyOf"));
  if ("const" in s) return literal(s.const);
  if (Array.isArray(s.enum)) return union((s.enum as unknown[]).map(literal));
  if (Array.isArray(s.type)) {
    const types = s.type as string[];
    return union(types.map((t) => (t === "null" ? "Type.Null()" : printSchema({ ...s, type: t }, ctx, indent))));
  }
  switch (s.type) {
    case "string":
      // Raw bytes: a Buffer from a multipart parser, or text where JSON carries them.
      if (s.format === "binary") return union([call("String"), call("Uint8Array")]);
      return typeof s.pattern === "string" ? patternString(s, s.pattern) : call("String", options(s));
    case "integer":
    case "number":
      return numeric(s.type === "integer" ? "Integer" : "Number", s);
    case "boolean":
      return call("Boolean");
    case "null":
      return call("Null");
    case "array":
      return call("Array", s.items ? printSchema(s.items as JsonSchema, ctx, indent) : "Type.Unknown()", options(s));
    case "object":
      return printObject(s, ctx, indent);
    default:
      return call("Unknown");
  }
}

/** A fractional `multipleOf` goes to the registered decimal-step kind (see decimal-step.ts). */
function numeric(fn: "Integer" | "Number", s: JsonSchema): string {
  if (!isFractionalStep(s.multipleOf)) return call(fn, options(s));
  const { multipleOf, ...rest } = s;
  const step = `Type.Unsafe<number>({ [Kind]: ${tsStringLiteral(DECIMAL_STEP_KIND)}, multipleOf: ${value(multipleOf)} })`;
  return call("Intersect", `[${call(fn, options(rest))}, ${step}]`);
}

/**
 * TypeBox compiles `pattern` without the `u` flag, so `.` and classes would split astral
 * characters that the OpenAPI schema (ECMAScript with `u`) keeps whole: use a `u` RegExp, in the spelling
 * the `u` flag accepts (a needless escape such as `\:` is only valid without it).
 */
function patternString(s: JsonSchema, pattern: string): string {
  const regex = call("RegExp", `new RegExp(${tsStringLiteral(checkPattern(pattern).unicodeSource)}, "u")`, options(s, ["minLength", "maxLength"]));
  return s.format === undefined ? regex : call("Intersect", `[${call("String", options(s, ["format"]))}, ${regex}]`);
}

function printObject(s: JsonSchema, ctx: PrintContext, indent: string): string {
  const props = s.properties as Record<string, JsonSchema> | undefined;
  const extra = s.additionalProperties;
  const counts = options(s, COUNT_KEYS);
  if (!props || Object.keys(props).length === 0) {
    if (extra && typeof extra === "object") return call("Record", "Type.String()", printSchema(extra as JsonSchema, ctx, indent), counts);
    if (extra !== false) return call("Record", "Type.String()", "Type.Unknown()", counts);
    // Closed and empty: TypeBox's Object accepts extra properties unless told, as the OpenAPI schema does not.
    return call("Object", "{}", options(s, ["additionalProperties", ...COUNT_KEYS]));
  }
  const required = new Set((s.required as string[] | undefined) ?? []);
  const inner = indent + "  ";
  const lines = Object.entries(props).map(([name, p]) => {
    const value = printSchema(p, ctx, inner);
    return `${inner}${key(name)}: ${required.has(name) ? value : `Type.Optional(${value})`},`;
  });
  const settings = COUNT_KEYS.filter((k) => s[k] !== undefined).map((k) => `${k}: ${value(s[k])}`);
  if (extra === false) settings.unshift("additionalProperties: false");
  else if (extra && typeof extra === "object") settings.unshift(`additionalProperties: ${printSchema(extra as JsonSchema, ctx, inner)}`);
  return `Type.Object({\n${lines.join("\n")}\n${indent}}${settings.length > 0 ? `, { ${settings.join(", ")} }` : ""})`;
}

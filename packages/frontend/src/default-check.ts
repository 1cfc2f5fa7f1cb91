/**
 * `Default<V>` against the field's type: TS accepts any string, number,
 * boolean or null for V, but `Int & Default<"abc">` or `now()` on an integer
 * would give DDL that PostgreSQL rejects and docs that contradict the schema.
 */
import type { DefaultValue, TypeNode } from "@specloom/core";
import type { FrontendContext } from "./context";

/** Why `value` cannot be the default of a field of `type`, or undefined when it fits. */
export function defaultProblem(value: DefaultValue, type: TypeNode, nullable: boolean, ctx: FrontendContext): string | undefined {
  if (value.kind === "sqlDefault") {
    const format = type.kind === "primitive" && type.name === "string" ? type.constraints?.format : undefined;
    const wants = value.expr === "now()" ? ["date-time", "date"] : ["uuid"];
    return format && wants.includes(format) ? undefined : `${value.expr} needs a ${value.expr === "now()" ? "DateTime or DateOnly" : "UUID"} field`;
  }
  const v = value.value;
  if (v === null) return nullable ? undefined : "null needs a field that allows null (T | null)";
  return valueProblem(v, type, ctx);
}

function valueProblem(v: string | number | boolean, type: TypeNode, ctx: FrontendContext): string | undefined {
  switch (type.kind) {
    case "literal":
      return v === type.value ? undefined : `the field only allows ${JSON.stringify(type.value)}`;
    case "ref": {
      const values = type.refKind === "enum" ? ctx.enums.get(type.name)?.values : undefined;
      if (!values) return `a ${type.refKind} field cannot have a literal default`;
      return values.includes(v as string | number) ? undefined : `it is not one of ${values.map((x) => JSON.stringify(x)).join(", ")}`;
    }
    case "primitive":
      return primitiveProblem(v, type.name, type.constraints ?? {});
    case "union": {
      const fits = type.variants.some((variant) => valueProblem(v, variant, ctx) === undefined);
      return fits ? undefined : "it matches none of the union's members";
    }
    default:
      return `a ${type.kind} field cannot have a literal default`;
  }
}

function primitiveProblem(
  v: string | number | boolean,
  base: string,
  c: NonNullable<Extract<TypeNode, { kind: "primitive" }>["constraints"]>,
): string | undefined {
  if (base === "unknown") return undefined;
  if (base === "boolean") return typeof v === "boolean" ? undefined : "the field is a boolean";
  if (base === "number" || base === "integer") {
    if (typeof v !== "number") return `the field is ${base === "integer" ? "an integer" : "a number"}`;
    if (base === "integer" && !Number.isInteger(v)) return "the field is an integer";
    if (c.minimum !== undefined && v < c.minimum) return `it is below Minimum<${c.minimum}>`;
    if (c.maximum !== undefined && v > c.maximum) return `it is above Maximum<${c.maximum}>`;
    return undefined;
  }
  if (base !== "string") return `a ${base} field cannot have a default`;
  if (typeof v !== "string") return "the field is a string";
  if (c.format === "decimal") return /^-?\d+(\.\d+)?$/.test(v) ? undefined : "the field is a decimal string";
  const length = [...v].length;
  if (c.maxLength !== undefined && length > c.maxLength) return `it is longer than MaxLength<${c.maxLength}>`;
  if (c.minLength !== undefined && length < c.minLength) return `it is shorter than MinLength<${c.minLength}>`;
  return undefined;
}

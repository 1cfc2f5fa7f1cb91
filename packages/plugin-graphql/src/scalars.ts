/** IR primitives → GraphQL scalars; the custom ones are declared only when used. */
import type { PrimitiveType } from "@specloom/core/plugin";

export const CUSTOM_SCALARS = {
  DateTime: { doc: "An RFC 3339 date-time string, e.g. 2024-01-31T12:00:00Z.", specifiedBy: "https://www.rfc-editor.org/rfc/rfc3339" },
  Date: { doc: "An RFC 3339 full-date string, e.g. 2024-01-31.", specifiedBy: "https://www.rfc-editor.org/rfc/rfc3339" },
  Decimal: { doc: 'An exact decimal number serialized as a string, e.g. "19.99".', specifiedBy: undefined },
  BigInt: { doc: "A 64-bit integer serialized as a string (GraphQL's Int is 32-bit).", specifiedBy: undefined },
  JSON: { doc: "Any JSON value: maps, free-form data, and types GraphQL cannot express.", specifiedBy: "https://www.rfc-editor.org/rfc/rfc8259" },
} as const;

export type ScalarName = keyof typeof CUSTOM_SCALARS;

export const BUILTIN_SCALARS = ["String", "Int", "Float", "Boolean", "ID"];

export function scalarFor(type: PrimitiveType, uuidAsId: boolean): { name: string; custom: boolean } {
  const c = type.constraints;
  switch (type.name) {
    case "string":
      if (c?.format === "uuid" && uuidAsId) return { name: "ID", custom: false };
      if (c?.format === "date-time") return { name: "DateTime", custom: true };
      if (c?.format === "date") return { name: "Date", custom: true };
      if (c?.format === "decimal") return { name: "Decimal", custom: true };
      return { name: "String", custom: false };
    case "integer":
      return c?.size === "int64" ? { name: "BigInt", custom: true } : { name: "Int", custom: false };
    case "number":
      return c?.format === "decimal" ? { name: "Decimal", custom: true } : { name: "Float", custom: false };
    case "boolean":
      return { name: "Boolean", custom: false };
    case "null":
    case "unknown":
      return { name: "JSON", custom: true };
  }
}

/** Reads literal types (`{ table: 'users'; indexes: [...] }`) as plain values. */
import ts from "typescript";

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [k: string]: LiteralValue } | TypeHandle;

/** A non-literal type inside an option, e.g. the `through` model. */
export interface TypeHandle {
  readonly typeHandle: ts.Type;
}

export function isTypeHandle(v: unknown): v is TypeHandle {
  return typeof v === "object" && v !== null && "typeHandle" in v;
}

/** Type flags whose types are never nullable: the checker's getNonNullableType returns them unchanged. */
const NEVER_NULLABLE =
  ts.TypeFlags.Object |
  ts.TypeFlags.String |
  ts.TypeFlags.Number |
  ts.TypeFlags.BigInt |
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.BooleanLiteral;

/**
 * `checker.getNonNullableType`, without its cost where the answer is the type itself: for an object type the
 * checker computes its type facts (resolving every member) only to find it non-nullable. Unions, intersections
 * and generic types still go to the checker.
 */
export function nonNullable(type: ts.Type, checker: ts.TypeChecker): ts.Type {
  const flags: number = type.flags;
  return flags !== 0 && (flags & ~NEVER_NULLABLE) === 0 ? type : checker.getNonNullableType(type);
}

/** The non-nullable type of a property (`options?: O` → O). */
export const nonNullableTypeOf = (prop: ts.Symbol, checker: ts.TypeChecker): ts.Type => nonNullable(checker.getTypeOfSymbol(prop), checker);

export function typeToValue(type: ts.Type, checker: ts.TypeChecker, depth = 0): LiteralValue {
  if (depth > 20) return { typeHandle: type };
  // Before stripping null: `Default<null>` would otherwise read as `never`.
  if (type.flags & ts.TypeFlags.Null) return null;
  const nn = nonNullable(type, checker);
  if (nn.isStringLiteral()) return nn.value;
  if (nn.isNumberLiteral()) return nn.value;
  if (nn.flags & ts.TypeFlags.BooleanLiteral) return (nn as { intrinsicName?: string }).intrinsicName === "true";
  if (nn.flags & ts.TypeFlags.Null) return null;
  if (checker.isTupleType(nn) || checker.isArrayType(nn)) {
    return checker.getTypeArguments(nn as ts.TypeReference).map((t) => typeToValue(t, checker, depth + 1));
  }
  if (nn.flags & ts.TypeFlags.Object && !nn.getCallSignatures().length && isPlainLiteralObject(nn)) {
    const out: Record<string, LiteralValue> = {};
    for (const p of checker.getPropertiesOfType(nn)) out[p.getName()] = typeToValue(checker.getTypeOfSymbol(p), checker, depth + 1);
    return out;
  }
  return { typeHandle: type };
}

/** Anonymous object literal types only; named interfaces stay type handles. */
function isPlainLiteralObject(type: ts.Type): boolean {
  const sym = type.getSymbol();
  return !sym || sym.getName() === "__type" || sym.getName() === "__object";
}

/** A value as the spec wrote it, for diagnostics (String() would print objects as "[object Object]"). */
export function literalText(v: LiteralValue | undefined): string {
  if (v === undefined || v === null || typeof v !== "object") return String(v);
  if (isTypeHandle(v)) return "(a type)";
  if (Array.isArray(v)) return `[${v.map(literalText).join(", ")}]`;
  return `{ ${Object.entries(v)
    .map(([k, x]) => `${k}: ${literalText(x)}`)
    .join("; ")} }`;
}

export function asString(v: LiteralValue | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function asRecord(v: LiteralValue | undefined): Record<string, LiteralValue> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isTypeHandle(v) ? v : undefined;
}

/**
 * The declared interface and the options of its marker (`Entity<{…}>`,
 * `Api<{…}>`, `Service<{…}>`), read from the marker property's literal type.
 */
export function markerOptions(decl: ts.InterfaceDeclaration, checker: ts.TypeChecker, marker: string) {
  const symbol = checker.getSymbolAtLocation(decl.name)!;
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const prop = checker.getPropertyOfType(type, marker);
  const options = (prop && asRecord(typeToValue(checker.getTypeOfSymbol(prop), checker))) ?? {};
  return { symbol, type, options, marker: prop };
}

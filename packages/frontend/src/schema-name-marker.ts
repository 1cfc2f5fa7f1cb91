/**
 * `SchemaName<"User">`: an API type's name in every artifact, independent of its TypeScript name
 * (`interface UserDto extends SchemaName<"User">`, `type UserDto = SchemaName<"User"> & { … }`).
 * Only a direct base or intersection member counts: a type extending `UserDto` keeps its own name.
 */
import ts from "typescript";
import type { FrontendContext } from "./context";
import { declOf } from "./locate";
import { nonNullableTypeOf } from "./type-values";

const SCHEMA_NAME = "specloom.schemaName";
const MARKERS = new Set(["specloom.closed", "specloom.additionalProperties", "specloom.minProperties", "specloom.maxProperties", SCHEMA_NAME]);
/** A name that is valid as an OpenAPI component key, a TypeScript identifier and a GraphQL type name. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `Closed`, `AdditionalProperties<…>`, `MinProperties<…>`, `SchemaName<…>`…: an object whose only properties are specloom markers. It is no base schema. */
export function isMarkerType(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!(type.flags & ts.TypeFlags.Object) && !type.isIntersection()) return false;
  const props = checker.getPropertiesOfType(type);
  return props.length > 0 && props.every((p) => MARKERS.has(p.getName()));
}

function directMembers(type: ts.Type, checker: ts.TypeChecker): readonly ts.Type[] {
  if (type.isIntersection()) return type.types;
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  const flags = (type as ts.ObjectType).objectFlags;
  const target = flags & ts.ObjectFlags.Reference ? (type as ts.TypeReference).target : type;
  return (target as ts.ObjectType).objectFlags & ts.ObjectFlags.Interface ? checker.getBaseTypes(target as ts.InterfaceType) : [];
}

const reported = new WeakSet<ts.Type>();

/** The name a direct `SchemaName<…>` gives the type; undefined without one, or when it is not a valid name (reported once). */
export function declaredSchemaName(type: ts.Type, fallback: string, ctx: FrontendContext): string | undefined {
  const { checker } = ctx;
  const marker = directMembers(type, checker).find((m) => isMarkerType(m, checker) && checker.getPropertyOfType(m, SCHEMA_NAME));
  const prop = marker && checker.getPropertyOfType(marker, SCHEMA_NAME);
  if (!prop) return undefined;
  const value = nonNullableTypeOf(prop, checker);
  const name = value.isStringLiteral() ? value.value : undefined;
  if (name !== undefined && NAME.test(name)) return name;
  if (!reported.has(type)) {
    reported.add(type);
    const detail = name === undefined ? `${ctx.typeText(value)} (not a string literal)` : `'${name}'`;
    const decl = declOf(type.aliasSymbol ?? type.getSymbol());
    ctx.report("invalid-schema-name", { where: fallback, detail }, decl && ts.isTypeAliasDeclaration(decl) ? decl.name : (decl ?? undefined));
  }
  return undefined;
}

/** `Entity<{ schemaName }>`'s value, checked like `SchemaName<…>`'s. */
export function entitySchemaName(value: unknown, model: string, ctx: FrontendContext, node: ts.Node): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && NAME.test(value)) return value === model ? undefined : value;
  const detail = typeof value === "string" ? `'${value}'` : "a value that is not a string literal";
  ctx.report("invalid-schema-name", { where: model, detail }, node);
  return undefined;
}

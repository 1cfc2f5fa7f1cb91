/** Properties and parameters → IR FieldNodes. */
import ts from "typescript";
import type { FieldNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { readDocs } from "./docs";
import { declOf } from "./locate";
import { convertValueType, type Converted } from "./types";

export interface ConvertedField {
  readonly field: FieldNode;
  readonly converted: Converted;
}

export function convertField(prop: ts.Symbol, propType: ts.Type, ctx: FrontendContext, owner: string, depth: number, fallbackNode: ts.Node): ConvertedField {
  const node = declOf(prop) ?? fallbackNode;
  const name = prop.getName();
  const converted = convertValueType(propType, ctx, { owner, field: name, node }, depth);
  const { facts } = converted;
  const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0 || (ts.isParameter(node) && (!!node.questionToken || !!node.initializer));
  const field: FieldNode = {
    kind: "field",
    name,
    type: converted.type,
    optional,
    nullable: converted.nullable,
    visibility: facts.visibility ?? "normal",
    ...(facts.primaryKey ? { primaryKey: true } : {}),
    ...(facts.unique ? { unique: true } : {}),
    ...(facts.indexed ? { indexed: true } : {}),
    ...(facts.default ? { default: facts.default } : {}),
    docs: readDocs(prop, ctx.checker).docs,
    loc: ctx.loc(node),
  };
  return { field, converted };
}

/** Properties of an object type, skipping tag and marker properties. */
export function convertProperties(type: ts.Type, props: readonly ts.Symbol[], ctx: FrontendContext, owner: string, depth: number): FieldNode[] {
  const fallback = declOf(type.getSymbol()) ?? ctx.checker.getPropertiesOfType(type)[0]?.valueDeclaration;
  return props
    .filter((p) => !p.getName().startsWith("specloom."))
    .map((p) => convertField(p, ctx.checker.getTypeOfSymbol(p), ctx, owner, depth, (declOf(p) ?? fallback)!).field);
}

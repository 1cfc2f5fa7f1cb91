/** Properties and parameters → IR FieldNodes. */
import ts from "typescript";
import type { FieldNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { readDocs } from "./docs";
import { declOf } from "./locate";
import { convertValueType, type Converted } from "./types";
import type { FieldFacts } from "./apply-tags";

export interface ConvertedField {
  readonly field: FieldNode;
  readonly converted: Converted;
}

export function convertField(
  prop: ts.Symbol,
  propType: ts.Type,
  ctx: FrontendContext,
  owner: string,
  depth: number,
  fallbackNode: ts.Node,
): ConvertedField {
  const node = declOf(prop) ?? fallbackNode;
  const name = prop.getName();
  const converted = convertValueType(propType, ctx, { owner, field: name, node }, depth);
  const { facts } = converted;
  const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0 || (ts.isParameter(node) && (!!node.questionToken || !!node.initializer));
  checkIdentity(facts, converted.nullable, ctx, node);
  const field: FieldNode = {
    kind: "field",
    name,
    type: converted.type,
    optional,
    nullable: converted.nullable,
    // The database numbers an identity column: clients read it, they do not send it.
    visibility: facts.visibility ?? (facts.identity ? "readOnly" : "normal"),
    ...(facts.primaryKey ? { primaryKey: true } : {}),
    ...(facts.unique ? { unique: true } : {}),
    ...(facts.indexed ? { indexed: true } : {}),
    ...(facts.default ? { default: facts.default } : {}),
    ...(facts.identity ? { identity: facts.identity } : {}),
    docs: readDocs(prop, ctx.checker).docs,
    loc: ctx.loc(node),
  };
  return { field, converted };
}

/** PostgreSQL rejects an identity column that is nullable or has a default; `always` refuses client values. */
function checkIdentity(facts: FieldFacts, nullable: boolean, ctx: FrontendContext, node: ts.Node): void {
  if (!facts.identity) return;
  const problem = nullable
    ? "an Identity column is never null; drop '| null'"
    : facts.default
      ? "an Identity column takes its value from the sequence; drop the Default"
      : facts.identity === "always" && facts.visibility && facts.visibility !== "readOnly" && facts.visibility !== "internal"
        ? `Identity<"always"> rejects values sent by clients, which contradicts ${facts.visibility}`
        : undefined;
  if (problem) ctx.report("invalid-option", { what: "annotation", detail: problem }, node);
}

/** Property names that JSON Schema and JS object literals cannot carry faithfully. */
const UNREPRESENTABLE = new Set(["__proto__"]);

/** Reports and returns false for a field name no artifact can carry. */
export function representableName(prop: ts.Symbol, ctx: FrontendContext, node: ts.Node): boolean {
  if (!UNREPRESENTABLE.has(prop.getName())) return true;
  ctx.report("invalid-option", { what: "field name", detail: `'${prop.getName()}' cannot be represented in JSON or validators; rename it` }, node);
  return false;
}

/**
 * Properties in the order they are written. Mapped types (`Pick<User, 'id' | 'email'>`)
 * list them in the checker's key order, which depends on the order files were read.
 */
function inSourceOrder(props: readonly ts.Symbol[]): ts.Symbol[] {
  const key = (p: ts.Symbol, i: number): [string, number] => {
    const d = declOf(p);
    return d ? [d.getSourceFile().fileName, d.pos] : ["\uffff", i];
  };
  return props
    .map((p, i) => ({ p, k: key(p, i) }))
    .sort((a, b) => (a.k[0] < b.k[0] ? -1 : a.k[0] > b.k[0] ? 1 : a.k[1] - b.k[1]))
    .map((x) => x.p);
}

/** Properties of an object type, skipping tag and marker properties. */
export function convertProperties(
  type: ts.Type,
  props: readonly ts.Symbol[],
  ctx: FrontendContext,
  owner: string,
  depth: number,
  site: ts.Node,
): FieldNode[] {
  const fallback = declOf(type.getSymbol()) ?? site;
  const fields: FieldNode[] = [];
  for (const p of inSourceOrder(props)) {
    if (p.getName().startsWith("specloom.")) continue;
    const node = declOf(p) ?? fallback;
    if (!representableName(p, ctx, node)) continue;
    fields.push(convertField(p, ctx.checker.getTypeOfSymbol(p), ctx, owner, depth, node).field);
  }
  return fields;
}

/** String-literal unions and TS enums → IR enums. */
import ts from "typescript";
import { pascalCase, type TypeNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { readDocs } from "./docs";
import type { Site } from "./types";
import { splitUnionTags } from "./tags";

/** A value set's identity: `1` and `"1"` differ (a number enum is no string enum), order does not. */
const valueKey = (values: readonly (string | number)[]) => JSON.stringify(values.map((v) => `${typeof v}:${v}`).sort());

/**
 * The literal values of a union as written (`'b' | 'a'` stays b, a): the
 * checker orders union members by creation, which depends on file order.
 */
function sourceOrder(values: (string | number)[], typeNode: ts.TypeNode | undefined): (string | number)[] {
  const written: (string | number)[] = [];
  const walk = (n: ts.TypeNode): void => {
    if (ts.isUnionTypeNode(n)) n.types.forEach(walk);
    else if (ts.isParenthesizedTypeNode(n)) walk(n.type);
    else if (ts.isIntersectionTypeNode(n)) n.types.forEach(walk);
    else if (ts.isLiteralTypeNode(n) && (ts.isStringLiteral(n.literal) || ts.isNumericLiteral(n.literal))) {
      written.push(ts.isStringLiteral(n.literal) ? n.literal.text : Number(n.literal.text));
    }
  };
  if (typeNode) walk(typeNode);
  const rank = new Map(written.map((v, i) => [`${typeof v}:${v}`, i]));
  if (!values.every((v) => rank.has(`${typeof v}:${v}`))) return values;
  return [...values].sort((a, b) => rank.get(`${typeof a}:${a}`)! - rank.get(`${typeof b}:${b}`)!);
}

function typeNodeOf(node: ts.Node): ts.TypeNode | undefined {
  return ts.isTypeAliasDeclaration(node) || ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node) ? node.type : undefined;
}

/** The enum declaring a literal type, for TS `enum` members. */
function declaringEnum(t: ts.Type): ts.EnumDeclaration | undefined {
  const d = t.getSymbol()?.declarations?.[0];
  return d && ts.isEnumMember(d) ? d.parent : undefined;
}

export function enumRef(
  literals: readonly (ts.StringLiteralType | ts.NumberLiteralType)[],
  ctx: FrontendContext,
  site: Site,
  aliasName?: string,
): TypeNode {
  const values = literals.map((l) => l.value);
  const tsEnum = declaringEnum(literals[0]!);
  let name = tsEnum?.name.text ?? aliasName ?? ctx.enumByValues.get(valueKey(values));
  if (name && !ctx.enums.has(name) && tsEnum) registerEnum(name, values, "enum", ctx, tsEnum);
  if (!name) {
    name = inlineEnumName(`${site.owner}${pascalCase(site.field)}`, valueKey(values), ctx);
    if (!ctx.enums.has(name)) registerEnum(name, values, "inline", ctx, site.node);
  }
  return { kind: "ref", name, refKind: "enum" };
}

/**
 * An inline enum's name: its site's, unless a declaration has it or an enum of other values took it (two
 * responses' `error: "a" | "b"` and `error: "c"` of one endpoint), which then gets the next free number.
 */
function inlineEnumName(stem: string, key: string, ctx: FrontendContext): string {
  const base = ctx.declaredNames.has(stem) ? `${stem}Enum` : stem;
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}${i}`;
    if (ctx.declaredNames.has(name)) continue;
    const known = ctx.enums.get(name);
    if (!known || valueKey(known.values) === key) return name;
  }
}

function registerEnum(name: string, raw: (string | number)[], source: "union" | "enum" | "inline", ctx: FrontendContext, node: ts.Node): void {
  const values = source === "enum" ? raw : sourceOrder(raw, typeNodeOf(node));
  const sym = ts.isEnumDeclaration(node) || ts.isTypeAliasDeclaration(node) ? ctx.checker.getSymbolAtLocation(node.name) : undefined;
  ctx.enums.set(name, { kind: "enum", name, values, source, docs: readDocs(sym, ctx.checker).docs, loc: ctx.loc(node) });
  // Two aliases with the same values: the name-first one wins, whatever the file order.
  const key = valueKey(values);
  const known = ctx.enumByValues.get(key);
  if (source !== "inline" && (known === undefined || name < known)) ctx.enumByValues.set(key, name);
}

/** Records every top-level type name of a file, so generated names never collide with them. */
export function collectDeclaredNames(sf: ts.SourceFile, ctx: FrontendContext): void {
  for (const st of sf.statements) {
    if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st) || ts.isClassDeclaration(st)) && st.name)
      ctx.declaredNames.add(st.name.text);
  }
}

/** The statements that may declare a named enum: non-generic type aliases and TS enums. */
export function isEnumCandidate(st: ts.Statement): st is ts.TypeAliasDeclaration | ts.EnumDeclaration {
  return (ts.isTypeAliasDeclaration(st) && !st.typeParameters) || ts.isEnumDeclaration(st);
}

/** Registers `type X = 'a' | 'b'` or a TS enum up front (object aliases are found by `projectAliasNames`). */
export function collectNamedEnum(st: ts.TypeAliasDeclaration | ts.EnumDeclaration, ctx: FrontendContext): void {
  if (ts.isTypeAliasDeclaration(st)) {
    const t = ctx.checker.getTypeAtLocation(st.name);
    // `("a" | "b") & OneOf` arrives distributed: each literal carries the tags.
    const bases = t.isUnion() ? splitUnionTags(t.types, ctx.checker).bases : [];
    if (t.isUnion() && bases.length === t.types.length && bases.every((v) => v.isStringLiteral() || v.isNumberLiteral())) {
      const values = bases.map((v) => v.value);
      if (!ctx.enums.has(st.name.text)) registerEnum(st.name.text, values, "union", ctx, st);
    }
  } else {
    const values = st.members.map((m) => {
      const v = ctx.checker.getConstantValue(m);
      return v === undefined ? m.name.getText() : v;
    });
    if (!ctx.enums.has(st.name.text)) registerEnum(st.name.text, values, "enum", ctx, st);
  }
}

/**
 * Project type aliases of object types by their type (`type UserPatch = Partial<User>`, whose aliasSymbol TS
 * drops), first declaration first. Computed on the first lookup: a rebuild that converts nothing new skips it.
 */
export function projectAliasNames(files: readonly ts.SourceFile[], checker: ts.TypeChecker): Map<ts.Type, string> {
  const names = new Map<ts.Type, string>();
  for (const sf of files) {
    for (const st of sf.statements) {
      if (!ts.isTypeAliasDeclaration(st) || st.typeParameters) continue;
      const t = checker.getTypeAtLocation(st.name);
      if (t.flags & ts.TypeFlags.Object && !names.has(t)) names.set(t, st.name.text);
    }
  }
  return names;
}

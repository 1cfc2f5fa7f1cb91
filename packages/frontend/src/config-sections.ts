/** `export const x = { … } satisfies AuthConfig` → typed config sections, read from the AST. */
import ts from "typescript";
import type { ConfigSectionName, ConfigSections, SourceLocation } from "@specloom/core";
import type { FrontendContext } from "./context";
import { isAuthoringFile } from "./program";

const SECTION_BY_TYPE: Record<string, ConfigSectionName> = {
  AuthConfig: "auth",
  ErrorsConfig: "errors",
  IntegrationsConfig: "integrations",
  JobsConfig: "jobs",
  CachingConfig: "caching",
  LoggingConfig: "logging",
  MonitoringConfig: "monitoring",
  PerformanceConfig: "performance",
  SecurityConfig: "security",
  TestingConfig: "testing",
  DeploymentConfig: "deployment",
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function unwrap(e: ts.Expression): { expr: ts.Expression; typeNode?: ts.TypeNode } {
  let typeNode: ts.TypeNode | undefined;
  for (;;) {
    if (ts.isSatisfiesExpression(e)) {
      typeNode ??= e.type;
      e = e.expression;
    } else if (ts.isAsExpression(e) && ts.isTypeReferenceNode(e.type) && e.type.typeName.getText() === "const") e = e.expression;
    else if (ts.isParenthesizedExpression(e)) e = e.expression;
    else return { expr: e, ...(typeNode ? { typeNode } : {}) };
  }
}

/** Reads a literal expression; reports and returns undefined for anything computed. */
function readLiteral(e: ts.Expression, path: string, ctx: FrontendContext, locs: Record<string, SourceLocation>): Json | undefined {
  e = unwrap(e).expr;
  if (path) locs[path] = ctx.loc(e);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (e.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(e)) {
    const out: Json[] = [];
    for (const [i, el] of e.elements.entries()) {
      const v = readLiteral(el, `${path}[${i}]`, ctx, locs);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  if (ts.isObjectLiteralExpression(e)) {
    const out: Record<string, Json> = {};
    let ok = true;
    for (const p of e.properties) {
      const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) ? p.name.text : undefined;
      if (!ts.isPropertyAssignment(p) || key === undefined) {
        ctx.report("config-not-literal", { path: path || "(root)" }, p);
        ok = false;
        continue;
      }
      const v = readLiteral(p.initializer, path ? `${path}.${key}` : key, ctx, locs);
      if (v === undefined) ok = false;
      else out[key] = v;
    }
    return ok ? out : undefined;
  }
  ctx.report("config-not-literal", { path: path || "(root)" }, e);
  return undefined;
}

/** The specloom config type a declaration claims, by `satisfies` or annotation. */
function sectionType(decl: ts.VariableDeclaration, ctx: FrontendContext): { typeName: string; node: ts.TypeNode } | undefined {
  const typeNode = (decl.initializer && unwrap(decl.initializer).typeNode) ?? decl.type;
  if (!typeNode || !ts.isTypeReferenceNode(typeNode)) return undefined;
  const sym = ctx.checker.getSymbolAtLocation(typeNode.typeName);
  const target = sym && sym.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(sym) : sym;
  const file = target?.declarations?.[0]?.getSourceFile().fileName ?? "";
  if (!isAuthoringFile(file)) return undefined;
  return { typeName: target!.getName(), node: typeNode };
}

export function collectConfig(sf: ts.SourceFile, ctx: FrontendContext, into: { -readonly [K in keyof ConfigSections]: ConfigSections[K] }): void {
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const decl of st.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
      const claimed = sectionType(decl, ctx);
      if (!claimed) continue;
      const section = SECTION_BY_TYPE[claimed.typeName];
      if (!section) {
        ctx.report("unknown-config-section", { name: decl.name.text, type: claimed.typeName }, decl.name);
        continue;
      }
      if (into[section]) {
        const first = into[section].loc;
        ctx.report("duplicate-declaration", { what: "config section", name: section, first: `${first.file}:${first.line}` }, decl.name);
        continue;
      }
      const locs: Record<string, SourceLocation> = {};
      const value = readLiteral(decl.initializer, "", ctx, locs);
      if (value === undefined) continue;
      (into as Record<string, unknown>)[section] = { kind: "config", name: decl.name.text, value, loc: ctx.loc(decl.name), locs };
    }
  }
}

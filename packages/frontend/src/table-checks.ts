/**
 * `Entity<{ checks: { name: "expr" } }>` → CheckNodes. The expression is SQL the
 * spec writes itself, so, like an index `where`, it cannot be escaped: it is
 * checked to be one self-contained expression instead (sqlExpressionProblem).
 */
import ts from "typescript";
import { sqlExpressionProblem, type CheckNode } from "@specloom/core";
import type { FrontendContext } from "./context";
import { declOf } from "./locate";
import { nonNullableTypeOf } from "./type-values";

/** PostgreSQL's NAMEDATALEN - 1: a longer name would be cut, and two cut names could clash. */
const MAX_NAME_BYTES = 63;

export function readTableChecks(marker: ts.Symbol | undefined, ctx: FrontendContext, decl: ts.InterfaceDeclaration): CheckNode[] {
  const { checker } = ctx;
  const options = marker && nonNullableTypeOf(marker, checker);
  const prop = options && checker.getPropertyOfType(options, "checks");
  if (!prop) return [];
  const record = nonNullableTypeOf(prop, checker);
  const out: CheckNode[] = [];
  for (const entry of checker.getPropertiesOfType(record)) {
    const node = declOf(entry) ?? declOf(prop) ?? decl.name;
    const name = entry.getName();
    const value = checker.getTypeOfSymbol(entry);
    const report = (detail: string) => ctx.report("invalid-option", { what: `check '${name}'`, detail }, node);
    if (!value.isStringLiteral()) {
      report('write the expression as a string literal, e.g. "price > 0"');
      continue;
    }
    const expression = value.value.trim();
    const problem = expression === "" ? "the expression is empty" : sqlExpressionProblem(expression);
    if (problem) {
      report(`${problem}; write one SQL boolean expression`);
      continue;
    }
    if (name === "" || Buffer.byteLength(name, "utf8") > MAX_NAME_BYTES) {
      report(`a constraint name needs 1 to ${MAX_NAME_BYTES} bytes`);
      continue;
    }
    out.push({ kind: "check", name, expression, loc: ctx.loc(node) });
  }
  return out;
}

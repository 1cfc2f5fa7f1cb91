/**
 * `errors.model: "ApiError"` names a declared type as the project's error body. The name is a string in a config
 * object, so the checker cannot see it: find the declaration among the project's files, convert it (which makes it
 * a named schema of the IR), and report an unknown name with did-you-mean instead of falling back to a default.
 */
import ts from "typescript";
import { didYouMean, type ConfigSections } from "@specloom/core";
import type { FrontendContext } from "./context";
import { convertValueType } from "./types";

function declaredTypes(files: readonly ts.SourceFile[]): Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.EnumDeclaration> {
  const out = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.EnumDeclaration>();
  for (const sf of files) {
    for (const st of sf.statements) {
      if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st)) && !out.has(st.name.text))
        out.set(st.name.text, st);
    }
  }
  return out;
}

export function resolveErrorModel(files: readonly ts.SourceFile[], config: ConfigSections, ctx: FrontendContext): void {
  const section = config.errors;
  const name = section?.value.model;
  if (!section || name === undefined) return;
  const loc = section.locs["model"] ?? section.loc;
  const types = declaredTypes(files);
  const decl = types.get(name);
  if (!decl) {
    ctx.report("unknown-error-model", { name, hint: didYouMean(name, types.keys()) }, loc);
    return;
  }
  const type = ctx.checker.getTypeAtLocation(decl.name);
  convertValueType(type, ctx, { owner: "ErrorsConfig", field: "model", node: decl.name });
}

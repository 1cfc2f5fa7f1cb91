/** `interface XService extends Service<{…}>` → ServiceNode. */
import ts from "typescript";
import type { DependencyNode, FieldNode, ServiceMethodNode, ServiceNode } from "@specloom/core";
import { pascalCase } from "@specloom/core";
import type { FrontendContext } from "./context";
import { readDocs, readThrows } from "./docs";
import { declOf } from "./locate";
import { convertField } from "./fields";
import { convertType } from "./types";
import { isEntity } from "./models";
import { checkOptionKeys } from "./option-keys";
import { isTypeHandle, literalText, markerOptions } from "./type-values";

export interface DependencyNames {
  readonly integrations: ReadonlySet<string>;
  readonly jobs: ReadonlySet<string>;
  readonly cache: ReadonlySet<string>;
}

export function convertService(decl: ts.InterfaceDeclaration, ctx: FrontendContext, names: DependencyNames): ServiceNode {
  const { checker } = ctx;
  const { symbol: sym, type, options: opts, marker } = markerOptions(decl, checker, "specloom.service");
  checkOptionKeys(marker, ctx, decl.name);
  const name = decl.name.text;
  const methods: ServiceMethodNode[] = [];
  for (const prop of checker.getPropertiesOfType(type)) {
    if (prop.getName().startsWith("specloom.")) continue;
    const node = declOf(prop) ?? decl;
    const sig = checker.getSignaturesOfType(checker.getTypeOfSymbol(prop), ts.SignatureKind.Call)[0];
    if (!sig) continue;
    const params: FieldNode[] = sig.getParameters().map((p) => {
      const pNode = declOf(p) ?? node;
      return convertField(p, checker.getTypeOfSymbolAtLocation(p, pNode), ctx, name + pascalCase(prop.getName()), 1, pNode).field;
    });
    const ret = sig.getReturnType();
    const isAsync = ret.getSymbol()?.getName() === "Promise";
    const payload = isAsync ? checker.getTypeArguments(ret as ts.TypeReference)[0] : ret;
    const isVoid = !payload || (payload.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0;
    const { docs, tags } = readDocs(prop, checker);
    methods.push({
      kind: "serviceMethod",
      name: prop.getName(),
      params,
      ...(isVoid ? {} : { returns: convertType(payload, ctx, { owner: name + pascalCase(prop.getName()), field: "result", node }) }),
      async: isAsync,
      throws: readThrows(tags),
      transactional: tags.some((t) => t.name === "transactional"),
      docs,
      loc: ctx.loc(node),
    });
  }
  const deps = Array.isArray(opts.dependencies) ? opts.dependencies : [];
  const dependencies: DependencyNode[] = deps.map((d) => {
    if (typeof d === "string") {
      const target = names.integrations.has(d) ? "integration" : names.jobs.has(d) ? "job" : names.cache.has(d) ? "cache" : "unknown";
      return { kind: "dependency", name: d, dependencyKind: target };
    }
    if (isTypeHandle(d)) {
      const t = d.typeHandle;
      const n = t.getSymbol()?.getName() ?? ctx.typeText(t);
      if (isEntity(t, checker)) return { kind: "dependency", name: n, dependencyKind: "model" };
      if (checker.getPropertyOfType(t, "specloom.service")) return { kind: "dependency", name: n, dependencyKind: "service" };
      return { kind: "dependency", name: n, dependencyKind: "unknown" };
    }
    return { kind: "dependency", name: literalText(d), dependencyKind: "unknown" };
  });
  return {
    kind: "service",
    name,
    methods,
    dependencies,
    transactional: opts.transactional === true,
    docs: readDocs(sym, checker).docs,
    loc: ctx.loc(decl.name),
  };
}

/** The IR walk of the project's files: declarations in file order, then the checks across them. */
import * as path from "node:path";
import ts from "typescript";
import {
  IR_FORMAT_VERSION,
  createDiagnostic,
  type ApiNode,
  type ConfigSections,
  type ModelNode,
  type ProjectNode,
  type SchemaNode,
  type ServiceNode,
  type SpecIR,
} from "@specloom/core";
import type { FrontendContext } from "./context";
import type { AnalyzeOptions } from "./compile";
import { collectDeclaredNames, collectNamedEnum, isEnumCandidate, projectAliasNames } from "./enums";
import { convertModel, entityHeritage, isEntity, resolveRelations } from "./models";
import { checkModels } from "./model-checks";
import { convertApi } from "./endpoints";
import { convertService, type DependencyNames } from "./services";
import { convertWebhookGroups } from "./webhooks";
import { collectConfig } from "./config-sections";
import { checkAuthConfig } from "./security-checks";
import { checkServerPrefixes } from "./paths";
import { checkSchemaNames } from "./schema-names";
import { checkReservedNames } from "./reserved-names";
import { readPrerequisites } from "./prerequisites";
import { orderApis, orderModels, orderServices } from "./order";
import { resolveErrorModel } from "./error-model";
import type { UnitRunner } from "./incremental/cache";
import { reuse, reuseArray } from "./incremental/intern";
import { incrementalAliasNames } from "./incremental/aliases";

/** A marker interface (`extends Entity<…>`, `Api<…>`, `Service<…>`) named in a heritage clause. */
function markerOf(decl: ts.InterfaceDeclaration, ctx: FrontendContext): "model" | "api" | "service" | "webhooks" | undefined {
  const { checker } = ctx;
  const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(decl.name)!);
  if (isEntity(type, checker)) {
    const heritage = entityHeritage(decl, checker);
    if (heritage.base) ctx.report("model-extends-model", { name: decl.name.text, base: heritage.base.name }, heritage.base.node);
    return heritage.model ? "model" : undefined;
  }
  if (checker.getPropertyOfType(type, "specloom.api")) return "api";
  if (checker.getPropertyOfType(type, "specloom.service")) return "service";
  if (checker.getPropertyOfType(type, "specloom.webhooks")) return "webhooks";
  return undefined;
}

type Marker = "model" | "api" | "service" | "webhooks";
type Declared = { readonly sf: ts.SourceFile; readonly decl: ts.InterfaceDeclaration };

export function buildIR(
  files: readonly ts.SourceFile[],
  ctx: FrontendContext,
  options: AnalyzeOptions,
  units: UnitRunner,
  previous: SpecIR | undefined,
): SpecIR {
  const { checker } = ctx;
  const decls: Record<Marker, Declared[]> = { model: [], api: [], service: [], webhooks: [] };
  const config: { -readonly [K in keyof ConfigSections]: ConfigSections[K] } = {};
  ctx.aliasSource = () => {
    if (units.affected) return incrementalAliasNames(files, checker, units.affected);
    const names = projectAliasNames(files, checker);
    return (type) => names.get(type);
  };
  for (const sf of files) {
    collectDeclaredNames(sf, ctx);
    for (const st of sf.statements) if (isEnumCandidate(st)) units.run("enum", sf, st, () => collectNamedEnum(st, ctx));
    collectConfig(sf, ctx, config);
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const marker = units.run("marker", sf, st, () => markerOf(st, ctx));
      if (marker) decls[marker].push({ sf, decl: st });
    }
  }
  keepConfigIdentity(config, previous);
  for (const { decl } of decls.model) ctx.models.set(checker.getSymbolAtLocation(decl.name)!, decl.name.text);
  // Only a recorded conversion (watch mode) compares them; a one-off build has nothing to compare with.
  if (units.records) setGlobalInputs(ctx, files, config, decls.model);
  const converted = decls.model.map(({ sf, decl }) =>
    units.run("model", sf, decl, () => {
      const pending: Parameters<typeof convertModel>[2] = [];
      return { model: convertModel(decl, ctx, pending), pending };
    }),
  );
  const previousModels = new Map(previous?.models.map((m) => [m.name, m]));
  const models: ModelNode[] = orderModels(
    resolveRelations(
      converted.map((c) => c.model),
      converted.flatMap((c) => c.pending),
    ).map((m) => reuse(previousModels.get(m.name), m)),
  );
  checkModels(models, ctx);
  checkAuthConfig(config.auth, ctx);
  const apis: ApiNode[] = orderApis(
    decls.api.map(({ sf, decl }) =>
      units.run("api", sf, decl, () => {
        ctx.globals.get("auth");
        return convertApi(decl, ctx, config.auth?.value);
      }),
    ),
  );
  checkServerPrefixes(apis, options.config, ctx);
  const webhooks = convertWebhookGroups(
    decls.webhooks.map((d) => d.decl),
    apis,
    ctx,
    config.auth?.value,
  );
  const names = dependencyNames(config);
  const services: ServiceNode[] = orderServices(
    decls.service.map(({ sf, decl }) =>
      units.run("service", sf, decl, () => {
        ctx.globals.get("dependencies");
        return convertService(decl, ctx, names);
      }),
    ),
  );
  resolveErrorModel(files, config, ctx);
  const prereq = readPrerequisites(options.projectDir, options.config.documentationDir);
  ctx.diagnostics.push(...prereq.diagnostics);
  if (prereq.database && prereq.database !== "PostgreSQL") {
    ctx.diagnostics.push(
      createDiagnostic(
        "database-mismatch",
        { database: prereq.database },
        { file: prereq.documents.find((d) => d.endsWith("tech-stack.md"))!, line: 1, column: 1 },
      ),
    );
  }
  if (models.length + apis.length + services.length + webhooks.length === 0) {
    ctx.report("no-entry-declarations", { file: options.config.entry }, { file: options.config.entry, line: 1, column: 1 });
  }
  // Schemas and enums have no authored order; sort so discovery order never leaks into output.
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const schemas = [...ctx.schemas.values()].filter((s): s is SchemaNode => s !== null).sort(byName);
  const enums = [...ctx.enums.values()].sort(byName);
  checkReservedNames({ models, schemas, enums, apis, services }, ctx);
  checkSchemaNames({ models, schemas, enums }, ctx);
  const project: ProjectNode = {
    kind: "project",
    name: options.config.projectName ?? prereq.prdTitle ?? path.basename(options.projectDir),
    language: options.config.documentationLanguage,
    documents: prereq.documents,
    requirements: prereq.requirements,
    ...(prereq.database ? { database: prereq.database } : {}),
  };
  // Unchanged parts keep the previous build's objects (see DEVELOPING.md, "Node identity across rebuilds").
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: reuse(previous?.project, project),
    models: reuseArray(previous?.models, models),
    enums: reuseArray(previous?.enums, enums),
    schemas: reuseArray(previous?.schemas, schemas),
    apis: reuseArray(previous?.apis, apis),
    services: reuseArray(previous?.services, services),
    ...(webhooks.length > 0 ? { webhooks: reuse(previous?.webhooks, webhooks) } : {}),
    config:
      previous &&
      Object.keys(config).length === Object.keys(previous.config).length &&
      Object.entries(config).every(([k, v]) => (previous.config as Record<string, unknown>)[k] === v)
        ? previous.config
        : config,
  };
}

/** Config sections equal to the previous build's keep their identity (conversions compare the auth section by identity). */
function keepConfigIdentity(config: { -readonly [K in keyof ConfigSections]: ConfigSections[K] }, previous: SpecIR | undefined): void {
  if (!previous) return;
  for (const key of Object.keys(config) as (keyof ConfigSections)[]) {
    (config as Record<string, unknown>)[key] = reuse((previous.config as Record<string, unknown>)[key], config[key]);
  }
}

function dependencyNames(config: ConfigSections): DependencyNames {
  return {
    integrations: new Set(Object.keys(config.integrations?.value ?? {})),
    jobs: new Set(Object.keys(config.jobs?.value ?? {})),
    cache: new Set((config.caching?.value.entries ?? []).map((e) => e.name)),
  };
}

/**
 * The inputs of conversions that are not registry entries, as values a recorded conversion can compare: the
 * auth section (by identity), the names services may depend on, every model name, and every object alias
 * (aliasNames is keyed by the checker's types, so a conversion that reads it depends on all of them).
 */
function setGlobalInputs(ctx: FrontendContext, files: readonly ts.SourceFile[], config: ConfigSections, models: readonly Declared[]): void {
  ctx.globals.set("auth", config.auth?.value);
  const names = dependencyNames(config);
  ctx.globals.set("dependencies", JSON.stringify([[...names.integrations], [...names.jobs], [...names.cache]]));
  ctx.globals.set("models", models.map((m) => m.decl.name.text).join("\0"));
  const aliases: string[] = [];
  for (const sf of files)
    for (const st of sf.statements) if (ts.isTypeAliasDeclaration(st) && !st.typeParameters) aliases.push(st.name.text, st.type.getText(sf));
  ctx.globals.set("aliases", aliases.join("\0"));
}

/**
 * `specloom import postgres`: catalog → entities and enums, one spec file per
 * entity. Everything the DSL cannot express becomes a diagnostic positioned
 * at its CREATE statement when the source is a DDL file.
 */
import { createDiagnostic, pascalCase, snakeCase, type Diagnostic, type SourceLocation } from "@specloom/core";
import pluralize from "pluralize";
import { readCatalog, type Catalog } from "./catalog";
import { modelNameFor, tableToEntity, type EntityContext } from "./entities";
import { openSource, positionOf } from "./source";
import { foreignKeysIndexed, tableFacts } from "./table-facts";
import { parseCheck } from "./checks";
import type { ImportedSpec, SpecEnum, SpecModule } from "../spec-model";
import { unreservedName } from "../reserved-names";

export interface PostgresImportOptions {
  /** A DDL file or a `postgres://` URL. */
  readonly source: string;
  /** Schema to read (default `public`). */
  readonly schema?: string;
  readonly projectName: string;
}

/** Finds `CREATE TABLE|TYPE … name` in the DDL text, for diagnostics. */
function locator(file: string, sql: string | undefined): (kind: "TABLE" | "TYPE", name: string) => SourceLocation | undefined {
  return (kind, name) => {
    if (sql === undefined) return undefined;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`CREATE\\s+(?:OR\\s+REPLACE\\s+)?${kind}\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:"?\\w+"?\\.)?"?${escaped}"?[\\s(]`, "i");
    const m = re.exec(sql);
    return { file, ...positionOf(sql, m ? m.index : 0) };
  };
}

function uniqueName(base: string, taken: Set<string>): string {
  const free = unreservedName(base, "Record");
  let name = free;
  for (let i = 2; taken.has(name); i++) name = `${free}${i}`;
  taken.add(name);
  return name;
}

export function catalogToSpec(catalog: Catalog, projectName: string, locate: ReturnType<typeof locator>): ImportedSpec {
  const diagnostics: Diagnostic[] = [];
  const taken = new Set<string>();
  const enumNames = new Map<string, string>();
  for (const e of catalog.enums) {
    const name = uniqueName(pascalCase(e.name) || "Enum", taken);
    enumNames.set(e.name, name);
    if (snakeCase(name) !== e.name) {
      diagnostics.push(
        createDiagnostic(
          "import-lossy",
          { what: `enum type '${e.name}'`, detail: `specloom names it '${snakeCase(name)}' after the type ${name}` },
          locate("TYPE", e.name),
        ),
      );
    }
  }
  const modelNames = new Map<string, string>();
  for (const t of catalog.tables)
    modelNames.set(
      t.name,
      uniqueName(
        modelNameFor(t.name, (w) => pluralize.singular(w)),
        taken,
      ),
    );
  const primaryKeys = new Map(catalog.tables.map((t) => [t.name, t.constraints.find((c) => c.kind === "primary")?.columns ?? []]));

  const autoFkIndexes = catalog.tables.every(foreignKeysIndexed);
  const valueChecks = catalog.tables.some((t) =>
    t.constraints.some((c) => c.kind === "check" && parseCheck(c.definition)?.facts.some((f) => f.kind === "values")),
  );
  const checkEnums = valueChecks && catalog.enums.length === 0;
  if (valueChecks && !checkEnums) {
    diagnostics.push(
      createDiagnostic("import-lossy", {
        what: "value-set CHECK constraints",
        detail: "the database also has enum types, and a project stores value sets one way: they become native enum types",
      }),
    );
  }
  const enumModule: SpecModule = {
    path: "spec/models/enums.ts",
    declarations: catalog.enums.map((e): SpecEnum => ({
      kind: "enum",
      name: enumNames.get(e.name)!,
      values: e.values,
      ...(e.comment !== null ? { doc: e.comment } : {}),
    })),
    specloomImports: [],
    localImports: new Map(),
  };
  const modules: SpecModule[] = [];
  for (const table of catalog.tables) {
    const modelName = modelNames.get(table.name)!;
    const path = `spec/models/${snakeCase(modelName).replace(/_/g, "-")}.ts`;
    const specloom = new Set<string>();
    const locals = new Map<string, Set<string>>();
    const useLocal = (module: string, name: string) => locals.set(module, (locals.get(module) ?? new Set()).add(name));
    const at = locate("TABLE", table.name);
    const ctx: EntityContext = {
      modelOf: (t) => modelNames.get(t),
      enumOf: (sqlName) => {
        const name = enumNames.get(sqlName);
        if (name) useLocal(enumModule.path, name);
        return name;
      },
      primaryKeyOf: (t) => primaryKeys.get(t) ?? [],
      use: (...names) => names.forEach((n) => specloom.add(n)),
      useModel: (name) => {
        if (name !== modelName) useLocal(`spec/models/${snakeCase(name).replace(/_/g, "-")}.ts`, name);
      },
      lossy: (what, detail) => diagnostics.push(createDiagnostic("import-lossy", { what, detail }, at)),
      unsupported: (what, detail) => diagnostics.push(createDiagnostic("import-unsupported", { what, detail }, at)),
    };
    const entity = tableToEntity(table, modelName, tableFacts(table, autoFkIndexes), ctx);
    modules.push({ path, declarations: [entity], specloomImports: [...specloom], localImports: new Map([...locals].map(([k, v]) => [k, [...v]])) });
  }
  for (const o of catalog.other) {
    diagnostics.push(createDiagnostic("import-unsupported", { what: `${o.kind} '${o.name}'`, detail: "only tables and enum types are imported" }));
  }
  if (catalog.enums.length > 0) modules.unshift(enumModule);
  const sql = { ...(checkEnums ? { enums: "check" as const } : {}), ...(autoFkIndexes ? {} : { autoIndexForeignKeys: false as const }) };
  return { projectName, modules, diagnostics, sql };
}

export async function importPostgres(options: PostgresImportOptions): Promise<ImportedSpec> {
  const opened = await openSource(options.source);
  if (!opened.ok) return { projectName: options.projectName, modules: [], diagnostics: opened.diagnostics };
  try {
    const catalog = await readCatalog(opened.source.db, options.schema ?? "public");
    if (catalog.tables.length === 0 && catalog.enums.length === 0) {
      return {
        projectName: options.projectName,
        modules: [],
        diagnostics: [createDiagnostic("import-source-invalid", { detail: `schema '${catalog.schema}' has no tables or enum types` })],
      };
    }
    return catalogToSpec(catalog, options.projectName, locator(options.source, opened.source.sql));
  } finally {
    await opened.source.close();
  }
}

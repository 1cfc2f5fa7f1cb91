/**
 * validators.ts: a TypeBox schema (and its Static type) for every model, named
 * schema and request body, printed from the very JSON Schemas in openapi.yaml.
 */
import { pascalCase, tsBlockCommentText, tsIdentifier, tsLineCommentText, tsStringLiteral, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { getModel, refTarget, schemaRefs, type JsonSchema, type JsonSchemaSet, type ParameterSchema } from "@specloom/model";
import { collectFormats, formatRegistration } from "./formats";
import { decimalStepRegistration, usesFractionalStep } from "./decimal-step";
import { printSchema, type PrintContext } from "./printer";

const RESERVED = new Set([
  "Type",
  "Static",
  "FormatRegistry",
  "FORMATS",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Array",
  "Record",
  "Promise",
  "Error",
  "Date",
  "Symbol",
  "Function",
  "Map",
  "Set",
  "JSON",
  "Math",
]);

class Identifiers {
  private readonly used = new Set<string>();
  readonly byComponent = new Map<string, string>();

  take(wanted: string): string {
    let base = tsIdentifier(wanted);
    if (RESERVED.has(base)) base = `${base}Schema`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
}

/** Component names a schema refers to, in document order. */
function refsOf(value: unknown): string[] {
  return schemaRefs(value).flatMap((r) => refTarget({ $ref: r }) ?? []);
}

/** Components in dependency order (a const must be declared before it is used). */
function dependencyOrder(components: Readonly<Record<string, JsonSchema>>): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.has(name) || !components[name]) return;
    state.set(name, "visiting");
    for (const dep of refsOf(components[name])) visit(dep);
    state.set(name, "done");
    order.push(name);
  };
  for (const name of Object.keys(components)) visit(name);
  return order;
}

function docComment(schema: JsonSchema): string {
  const d = typeof schema.description === "string" ? tsBlockCommentText(schema.description.split("\n")[0]!) : "";
  // Editors strike a deprecated schema through where it is used.
  const text = [d, schema.deprecated === true ? "@deprecated" : ""].filter(Boolean).join(" ");
  return text ? `/** ${text} */\n` : "";
}

/** `/** text *\/` on one line, for text that holds user strings (paths, names). */
function comment(text: string): string {
  return `/** ${tsBlockCommentText(text)} */\n`;
}

function declare(ident: string, expression: string, doc = ""): string {
  return `${doc}export const ${ident} = ${expression};\nexport type ${ident} = Static<typeof ${ident}>;\n`;
}

function parametersObject(params: readonly ParameterSchema[], ctx: PrintContext): string {
  const asObject: JsonSchema = {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
  return printSchema(asObject, ctx);
}

export function emitValidatorsFromSchemas(set: JsonSchemaSet, ir: SpecIR, projectName: string): string {
  const ids = new Identifiers();
  const order = dependencyOrder(set.components);
  for (const name of order) ids.byComponent.set(name, ids.take(name));
  const emitted = new Set<string>();
  let current = "";
  let recursive: boolean;
  const ctx: PrintContext = {
    identifier: (c) => ids.byComponent.get(c) ?? "Type.Unknown()",
    cyclicRef: (c) => {
      if (c === current) {
        recursive = true;
        return "This";
      }
      // Mutual recursion cannot be expressed with consts; accept anything there.
      return ids.byComponent.has(c) && !emitted.has(c) ? "Type.Unknown()" : undefined;
    },
  };

  const blocks: string[] = [];
  for (const name of order) {
    current = name;
    recursive = false;
    const schema = set.components[name]!;
    let expr = printSchema(schema, ctx);
    if (recursive) expr = `Type.Recursive((This) => ${expr}, { $id: ${tsStringLiteral(name)} })`;
    blocks.push(declare(ids.byComponent.get(name)!, expr, docComment(schema)));
    emitted.add(name);
  }
  current = "";

  const endpointBlocks: string[] = [];
  for (const api of ir.apis) {
    for (const endpoint of api.endpoints) {
      const base = pascalCase(endpoint.name);
      const body = Object.hasOwn(set.bodies, endpoint.name) ? set.bodies[endpoint.name] : undefined;
      if (body) {
        const target = refTarget(body);
        const doc = comment(`Request body of ${endpoint.method} ${endpoint.path}.`);
        if (!(target && ids.byComponent.get(target) === `${base}Body`)) endpointBlocks.push(declare(ids.take(`${base}Body`), printSchema(body, ctx), doc));
      }
      const params = (Object.hasOwn(set.parameters, endpoint.name) ? set.parameters[endpoint.name] : undefined) ?? [];
      const path = params.filter((p) => p.in === "path");
      const query = params.filter((p) => p.in === "query");
      if (path.length > 0)
        endpointBlocks.push(
          declare(ids.take(`${base}Params`), parametersObject(path, ctx), comment(`Path parameters of ${endpoint.method} ${endpoint.path}.`)),
        );
      if (query.length > 0) {
        const doc = comment(`Query of ${endpoint.method} ${endpoint.path} (strings on the wire: run Value.Convert first).`);
        endpointBlocks.push(declare(ids.take(`${base}Query`), parametersObject(query, ctx), doc));
      }
    }
  }

  const formats = collectFormats([set.components, set.bodies, set.parameters], new Set());
  const fractionalStep = usesFractionalStep([set.components, set.bodies, set.parameters]);
  const imports = [
    ...(formats.size > 0 ? ["FormatRegistry"] : []),
    ...(fractionalStep ? ["Kind"] : []),
    "Type",
    ...(fractionalStep ? ["TypeRegistry"] : []),
    "type Static",
  ].join(", ");
  const header = [
    `// Generated by specloom from ${tsLineCommentText(tsStringLiteral(projectName))}. Do not edit: change the spec and rebuild.`,
    "// TypeBox validators built from the same JSON Schemas as openapi.yaml.",
    `import { ${imports} } from "@sinclair/typebox";`,
    "",
  ].join("\n");
  const sections = [formatRegistration(formats), fractionalStep ? decimalStepRegistration() : "", blocks.join("\n"), endpointBlocks.join("\n")].filter(
    (s) => s !== "",
  );
  return `${header}\n${sections.join("\n")}`;
}

export function emitValidators(ir: SpecIR, config: SpecloomConfig): string {
  // Always the 3.1 dialect: it is plain JSON Schema, which TypeBox speaks.
  const set = getModel(ir).jsonSchemas({ version: "3.1.0" });
  return emitValidatorsFromSchemas(set, ir, config.openapi?.info?.title ?? config.projectName ?? ir.project.name);
}

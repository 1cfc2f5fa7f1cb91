/**
 * validators.ts: a TypeBox schema (and its Static type) for every model, named
 * schema and request body, printed from the very JSON Schemas in openapi.yaml.
 */
import { pascalCase, tsBlockCommentText, tsLineCommentText, tsStringLiteral, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { getModel, refTarget, type JsonSchema, type JsonSchemaSet, type OutgoingSchemas, type ParameterSchema } from "@specloom/model";
import { formatRegistration } from "./formats";
import { decimalStepRegistration } from "./decimal-step";
import { printSchema, type PrintContext } from "./printer";
import { declare, declaredOnce, pascalCaseOf, tsIdentifierOf } from "./declarations";
import { formatsUsed, fractionalStepUsed, printedOnce, printedSchema, refsOf } from "./schema-facts";

const RESERVED = new Set([
  "Type",
  "Static",
  "Kind",
  "TypeRegistry",
  "RegExp",
  "Uint8Array",
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
    let base = tsIdentifierOf(wanted);
    if (RESERVED.has(base)) base = `${base}Schema`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
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

function parametersObject(params: readonly ParameterSchema[], ctx: PrintContext): string {
  const asObject: JsonSchema = {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
  return printSchema(asObject, ctx);
}

const WIRE_STRINGS = "strings on the wire: run Value.Convert first";

/**
 * `<Base>Params`, `<Base>Query`, `<Base>Headers`, `<Base>Cookies`: one object per location that has parameters.
 * `key`: the node that `base` and `label` come from, when the blocks may be reused (see declaredOnce).
 */
function parameterBlocks(params: readonly ParameterSchema[], base: string, label: string, ids: Identifiers, ctx: PrintContext, key?: object): string[] {
  const where = [
    ["path", "Params", `Path parameters of ${label}.`],
    ["query", "Query", `Query of ${label} (${WIRE_STRINGS}).`],
    ["header", "Headers", `Header parameters of ${label}, names lower-cased as Node's req.headers has them (${WIRE_STRINGS}).`],
    ["cookie", "Cookies", `Cookie parameters of ${label} (${WIRE_STRINGS}).`],
  ] as const;
  const out: string[] = [];
  for (const [location, suffix, doc] of where) {
    if (!params.some((p) => p.in === location)) continue;
    // Header names are case-insensitive (the front end rejects two that differ only in case).
    const list = () => params.filter((p) => p.in === location).map((p) => (location === "header" ? { ...p, name: p.name.toLowerCase() } : p));
    const ident = ids.take(`${base}${suffix}`);
    const expression = printedOnce(params, location, ctx, (recording) => parametersObject(list(), recording));
    out.push(key ? declaredOnce(key, location, ident, expression, () => comment(doc)) : declare(ident, expression, comment(doc)));
  }
  return out;
}

/** A webhook's or callback's body and headers, as the receiver validates them. */
function outgoingBlocks(schemas: OutgoingSchemas, base: string, label: string, ids: Identifiers, ctx: PrintContext): string[] {
  const out = parameterBlocks(schemas.parameters, base, label, ids, ctx);
  if (schemas.body) out.unshift(declare(ids.take(`${base}Body`), printedSchema(schemas.body, ctx), comment(`Request body of ${label}.`)));
  return out;
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
    let expr = printedSchema(schema, ctx);
    if (recursive) expr = `Type.Recursive((This) => ${expr}, { $id: ${tsStringLiteral(name)} })`;
    blocks.push(declaredOnce(schema, "component", ids.byComponent.get(name)!, expr, () => docComment(schema)));
    emitted.add(name);
  }
  current = "";

  const endpointBlocks: string[] = [];
  for (const api of ir.apis) {
    for (const endpoint of api.endpoints) {
      const base = pascalCaseOf(endpoint.name);
      const body = Object.hasOwn(set.bodies, endpoint.name) ? set.bodies[endpoint.name] : undefined;
      if (body) {
        const target = refTarget(body);
        if (!(target && ids.byComponent.get(target) === `${base}Body`)) {
          const doc = () => comment(`Request body of ${endpoint.method} ${endpoint.path}.`);
          endpointBlocks.push(declaredOnce(endpoint, "body", ids.take(`${base}Body`), printedSchema(body, ctx), doc));
        }
      }
      const params = (Object.hasOwn(set.parameters, endpoint.name) ? set.parameters[endpoint.name] : undefined) ?? [];
      const label = `${endpoint.method} ${endpoint.path}`;
      endpointBlocks.push(...parameterBlocks(params, base, label, ids, ctx, endpoint));
      const callbacks = Object.hasOwn(set.callbacks, endpoint.name) ? set.callbacks[endpoint.name] : undefined;
      for (const c of endpoint.callbacks ?? []) {
        const schemas = callbacks?.[c.name];
        if (schemas) endpointBlocks.push(...outgoingBlocks(schemas, `${base}${pascalCase(c.name)}Callback`, `callback '${c.name}' of ${label}`, ids, ctx));
      }
    }
  }
  for (const w of ir.webhooks ?? []) {
    const schemas = Object.hasOwn(set.webhooks, w.name) ? set.webhooks[w.name] : undefined;
    if (schemas) endpointBlocks.push(...outgoingBlocks(schemas, `${pascalCase(w.name)}Webhook`, `webhook '${w.name}'`, ids, ctx));
  }

  const formats = formatsUsed([set.components, set.bodies, set.parameters, set.webhooks, set.callbacks]);
  const fractionalStep = fractionalStepUsed([set.components, set.bodies, set.parameters, set.webhooks, set.callbacks]);
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
  // One join (not header + text): a string built by + is a rope the write would copy to flatten.
  return [header, ...sections].join("\n");
}

export function emitValidators(ir: SpecIR, config: SpecloomConfig): string {
  // Always the 3.1 dialect: it is plain JSON Schema, which TypeBox speaks.
  const set = getModel(ir).jsonSchemas({ version: "3.1.0" });
  return emitValidatorsFromSchemas(set, ir, config.openapi?.info?.title ?? config.projectName ?? ir.project.name);
}

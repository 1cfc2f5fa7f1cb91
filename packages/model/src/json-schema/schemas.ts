/**
 * buildJsonSchemas: every JSON Schema the OpenAPI document and the TypeBox
 * validators use, computed once from the IR so the two cannot drift.
 */
import type { ModelNode, SpecIR } from "@specloom/core";
import { irIndex } from "../ir-index";
import { nodeMemo } from "../node-cache";
import { downgradeSet } from "./downgrade";
import { endpointSchemas, webhookSchemas } from "./endpoint-schemas";
import { ERROR_RESPONSE, errorResponseSchema, PROBLEM_DETAILS, problemDetailsSchema } from "./errors";
import { errorContext } from "../responses";
import { refTarget, type JsonSchema, type OpenApiVersion } from "./json-schema";
import { inputSchemaComponent, modelComponent, sharedSchemaComponent } from "./model-schemas";
import type { ParameterSchema } from "./pagination";
import type { OutgoingSchemas } from "./requests";
import { contextFor, type SchemaServices } from "./schema-units";
import { embedsModel, enumSchema, type Direction, type IrLookup, type TypeContext } from "./type-schema";

export interface JsonSchemaSet {
  readonly version: OpenApiVersion;
  /** components.schemas, sorted by name. */
  readonly components: Readonly<Record<string, JsonSchema>>;
  /** Request body schema by endpoint name. */
  readonly bodies: Readonly<Record<string, JsonSchema>>;
  /** Response body schema by endpoint name, then status (only responses with a typed body, error bodies included). */
  readonly responses: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;
  /** Response header schemas by endpoint name, then status, then header name (only responses declaring headers). */
  readonly responseHeaders: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>>>;
  /** Response `content` body schemas by endpoint name, then status, then media type (only responses with `content`). */
  readonly responseContent: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>>>;
  /** Path, query (pagination included), header, then cookie parameters, by endpoint name. */
  readonly parameters: Readonly<Record<string, readonly ParameterSchema[]>>;
  /** Webhooks by name. */
  readonly webhooks: Readonly<Record<string, OutgoingSchemas>>;
  /** Callbacks by endpoint name, then callback name. */
  readonly callbacks: Readonly<Record<string, Readonly<Record<string, OutgoingSchemas>>>>;
  /** Request-shape component (`UserCreate`) of each model used as a request body. */
  readonly requestVariants: Readonly<Record<string, string>>;
}

export interface BuildJsonSchemasOptions {
  readonly version?: OpenApiVersion;
}

/** The one mutable state of a build: component names taken, variants registered. Derivations reach it through SchemaServices. */
class SchemaBuilder implements SchemaServices {
  readonly components = new Map<string, JsonSchema>();
  readonly requestVariants = new Map<string, string>();
  private readonly schemaVariants = new Map<string, string>();
  private readonly patchVariants = new Map<string, string>();
  private readonly pending: string[] = [];
  /** Every model's component name: its API name (`Entity<{ schemaName }>`), else its own. */
  private readonly modelComponents: ReadonlySet<string>;

  constructor(readonly lookup: IrLookup) {
    this.modelComponents = new Set([...lookup.models.values()].map((m) => m.schemaName ?? m.name));
  }

  private modelComponentName(model: string): string {
    return this.lookup.models.get(model)?.schemaName ?? model;
  }

  context(direction: Direction): TypeContext {
    return contextFor(this, direction);
  }

  modelComponent(model: string, direction: Direction): string {
    return direction === "request" ? this.requestVariant(model) : this.modelComponentName(model);
  }

  schemaComponent(schema: string, direction: Direction): string {
    return direction === "request" ? this.schemaInputVariant(schema) : schema;
  }

  private taken(name: string): boolean {
    return this.components.has(name) || this.modelComponents.has(name) || this.lookup.enums.has(name) || this.lookup.schemas.has(name);
  }

  private requestVariant(model: string): string {
    let name = this.requestVariants.get(model);
    if (name) return name;
    const base = this.modelComponentName(model);
    name = `${base}Create`;
    if (this.taken(name)) name = `${base}CreateInput`;
    this.requestVariants.set(model, name);
    this.pending.push(model);
    return name;
  }

  /**
   * A named schema sent by clients that embeds a model (`{ items: OrderItem[] }`)
   * gets a request-shaped copy, `<Name>Input`, so read-only model fields are not required of clients.
   */
  private schemaInputVariant(name: string): string {
    const node = this.lookup.schemas.get(name);
    if (!node || !embedsModel(node.type, this.lookup)) return name;
    let variant = this.schemaVariants.get(name);
    if (variant) return variant;
    variant = `${name}Input`;
    for (let i = 2; this.taken(variant); i++) variant = `${name}Input${i}`;
    this.schemaVariants.set(name, variant);
    this.components.set(variant, {}); // reserve the name; filled below (recursion-safe)
    this.components.set(variant, inputSchemaComponent(this, node, variant));
    return variant;
  }

  hoist(hint: string, schema: JsonSchema): string {
    const text = JSON.stringify(schema);
    let name = hint;
    for (let i = 2; this.taken(name) && JSON.stringify(this.components.get(name)) !== text; i++) name = `${hint}${i}`;
    this.components.set(name, schema);
    return name;
  }

  /** `PATCH` with a model body: `<Model>Update`, every field optional. */
  patchVariant(model: ModelNode): string {
    const base = model.schemaName ?? model.name;
    let name = `${base}Update`;
    if (this.taken(name) && this.patchVariants.get(model.name) !== name) name = `${base}UpdateInput`;
    if (!this.patchVariants.has(model.name)) {
      this.patchVariants.set(model.name, name);
      this.components.set(name, modelComponent(this, model, "patch"));
    }
    return this.patchVariants.get(model.name)!;
  }

  flushPending(): void {
    for (let model = this.pending.shift(); model !== undefined; model = this.pending.shift()) {
      const node = this.lookup.models.get(model);
      if (node) this.components.set(this.requestVariants.get(model)!, modelComponent(this, node, "request"));
    }
  }
}

const enumComponent = nodeMemo(enumSchema);

/**
 * Every schema of the IR, built through one SchemaBuilder in declaration order.
 * Each node's schemas are reused from an earlier build while they would come out
 * the same (schema-units.ts): an unchanged schema is the same object across
 * watch rebuilds, so emitters may cache what they render from it by identity.
 */
export function buildJsonSchemas(ir: SpecIR, options: BuildJsonSchemasOptions = {}): JsonSchemaSet {
  const version = options.version ?? "3.1.0";
  const b = new SchemaBuilder(irIndex(ir));
  for (const model of ir.models) b.components.set(model.schemaName ?? model.name, modelComponent(b, model, "response"));
  for (const e of ir.enums) if (e.source !== "inline") b.components.set(e.name, enumComponent(e));
  for (const s of ir.schemas) b.components.set(s.name, sharedSchemaComponent(b, s));
  if (!b.components.has(ERROR_RESPONSE)) b.components.set(ERROR_RESPONSE, errorResponseSchema(ir));
  const problemJson = ir.config.errors?.value.format === "problem+json";
  if (problemJson && !b.components.has(PROBLEM_DETAILS)) b.components.set(PROBLEM_DETAILS, problemDetailsSchema());

  // Keyed by operation name: no prototype, so `constructor` or `toString` finds nothing inherited.
  const bodies = Object.create(null) as Record<string, JsonSchema>;
  const responses = Object.create(null) as Record<string, Readonly<Record<string, JsonSchema>>>;
  const responseHeaders = Object.create(null) as Record<string, Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>>;
  const responseContent = Object.create(null) as Record<string, Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>>;
  const parameters = Object.create(null) as Record<string, readonly ParameterSchema[]>;
  const webhooks = Object.create(null) as Record<string, OutgoingSchemas>;
  const callbacks = Object.create(null) as Record<string, Readonly<Record<string, OutgoingSchemas>>>;
  for (const api of ir.apis) {
    const errors = errorContext(ir, api);
    for (const endpoint of api.endpoints) {
      const schemas = endpointSchemas(b, endpoint, errors);
      if (schemas.body) bodies[endpoint.name] = schemas.body;
      responses[endpoint.name] = schemas.responses;
      if (schemas.responseHeaders) responseHeaders[endpoint.name] = schemas.responseHeaders;
      if (schemas.responseContent) responseContent[endpoint.name] = schemas.responseContent;
      parameters[endpoint.name] = schemas.parameters;
      if (schemas.callbacks) callbacks[endpoint.name] = schemas.callbacks;
    }
  }
  for (const w of ir.webhooks ?? []) webhooks[w.name] = webhookSchemas(b, w);
  b.flushPending();

  const sorted = Object.fromEntries([...b.components.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const set: JsonSchemaSet = {
    version,
    components: sorted,
    bodies,
    responses,
    responseHeaders,
    responseContent,
    parameters,
    webhooks,
    callbacks,
    requestVariants: Object.assign(Object.create(null) as Record<string, never>, Object.fromEntries(b.requestVariants)),
  };
  return version === "3.0.3" ? downgradeSet(set) : set;
}

/** The component a schema resolves to, following `$ref`s (for body-required checks). */
export function resolveSchema(set: JsonSchemaSet, schema: JsonSchema): JsonSchema {
  for (let s = schema, depth = 0; depth < 32; depth++) {
    const target = refTarget(s);
    if (!target) return s;
    s = set.components[target] ?? {};
  }
  return schema;
}

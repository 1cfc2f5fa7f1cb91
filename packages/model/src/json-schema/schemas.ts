/**
 * buildJsonSchemas: every JSON Schema the OpenAPI document and the TypeBox
 * validators use, computed once from the IR so the two cannot drift.
 */
import { pascalCase, type EndpointNode, type FieldNode, type ModelNode, type SpecIR, type TypeNode } from "@specloom/core";
import { irIndex } from "../ir-index";
import { endpointRoute } from "../route";
import { downgradeSet } from "./downgrade";
import { ERROR_RESPONSE, errorResponseSchema, PROBLEM_DETAILS, problemDetailsSchema } from "./errors";
import { effectiveResponses, errorContext } from "../responses";
import { ref, refTarget, withDefined, type JsonSchema, type OpenApiVersion } from "./json-schema";
import { ENVELOPE_PREFIX, hasEnvelope, paginationEnvelope, paginationParameters, type ParameterSchema } from "./pagination";
import { embedsModel, enumSchema, objectSchema, typeSchema, type Direction, type IrLookup, type TypeContext } from "./type-schema";
import { belongsToFor, navigationNames, referencedField } from "../entities";
import { fieldParameter, headerAndCookieParameters, outgoingSchemas, responseHeaderSchemas, type OutgoingSchemas } from "./requests";

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

class SchemaBuilder {
  readonly components = new Map<string, JsonSchema>();
  readonly requestVariants = new Map<string, string>();
  private readonly schemaVariants = new Map<string, string>();
  private readonly patchVariants = new Map<string, string>();
  private readonly pending: string[] = [];

  constructor(
    readonly ir: SpecIR,
    readonly lookup: IrLookup,
  ) {}

  context(direction: Direction): TypeContext {
    return {
      lookup: this.lookup,
      direction,
      modelComponent: (model, dir) => (dir === "request" ? this.requestVariant(model) : model),
      schemaComponent: (schema, dir) => (dir === "request" ? this.schemaInputVariant(schema) : schema),
      hoist: (hint, schema) => this.hoist(hint, schema),
    };
  }

  private taken(name: string): boolean {
    return this.components.has(name) || this.lookup.models.has(name) || this.lookup.enums.has(name) || this.lookup.schemas.has(name);
  }

  private requestVariant(model: string): string {
    let name = this.requestVariants.get(model);
    if (name) return name;
    name = `${model}Create`;
    if (this.taken(name)) name = `${model}CreateInput`;
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
    const schema = typeSchema(node.type, this.context("request"), variant);
    this.components.set(variant, withDefined(withDefined({}, { description: node.docs.description }), schema));
    return variant;
  }

  hoist(hint: string, schema: JsonSchema): string {
    const text = JSON.stringify(schema);
    let name = hint;
    for (let i = 2; this.taken(name) && JSON.stringify(this.components.get(name)) !== text; i++) name = `${hint}${i}`;
    this.components.set(name, schema);
    return name;
  }

  /**
   * A model's schema: the response shape, the create shape (request) or the
   * partial-update shape (patch, every field optional). Navigations dropped,
   * FKs typed like the key they reference.
   */
  modelSchema(model: ModelNode, direction: "response" | "request" | "patch"): JsonSchema {
    const ctx = this.context(direction === "patch" ? "request" : direction);
    const navigations = navigationNames(model);
    const fields = model.fields.filter((f) => !navigations.has(f.name));
    const required =
      direction === "response"
        ? (f: FieldNode) => !f.optional
        : (f: FieldNode) => direction === "request" && !f.optional && !f.nullable && f.default === undefined;
    const schema = objectSchema(fields, ctx, model.name, required, (f) => this.foreignKeyType(model, f));
    const description =
      direction === "request"
        ? `What a client sends to create a ${model.name}; read-only fields are set by the server.`
        : direction === "patch"
          ? `A partial update of a ${model.name}: send only the fields to change.`
          : model.docs.description;
    const examples = direction === "response" && model.docs.examples?.length ? [...model.docs.examples] : undefined;
    return withDefined(withDefined({}, { description }), { ...schema, deprecated: model.docs.deprecated ? true : undefined, examples });
  }

  private foreignKeyType(model: ModelNode, field: FieldNode): TypeNode | undefined {
    const relation = belongsToFor(model, field);
    const target = relation && this.lookup.models.get(relation.targetModel);
    return target && referencedField(target, relation)?.type;
  }

  /** `PATCH` with a model body: `<Model>Update`, every field optional. */
  patchVariant(model: ModelNode): string {
    let name = `${model.name}Update`;
    if (this.taken(name) && this.patchVariants.get(model.name) !== name) name = `${model.name}UpdateInput`;
    if (!this.patchVariants.has(model.name)) {
      this.patchVariants.set(model.name, name);
      this.components.set(name, this.modelSchema(model, "patch"));
    }
    return this.patchVariants.get(model.name)!;
  }

  flushPending(): void {
    for (let model = this.pending.shift(); model !== undefined; model = this.pending.shift()) {
      const node = this.lookup.models.get(model);
      if (node) this.components.set(this.requestVariants.get(model)!, this.modelSchema(node, "request"));
    }
  }
}

function endpointParameters(endpoint: EndpointNode, ctx: TypeContext): ParameterSchema[] {
  const hint = pascalCase(endpoint.name);
  const param = (f: FieldNode, where: "path" | "query"): ParameterSchema => fieldParameter(f, where, ctx, hint);
  const out = endpoint.params.map((f) => param(f, "path"));
  // A `:param` the IR does not type still has to be declared (OpenAPI requires it).
  for (const name of endpointRoute(endpoint).params) {
    if (!out.some((p) => p.name === name)) out.push({ name, in: "path", required: true, schema: { type: "string" } });
  }
  out.push(...endpoint.query.map((f) => param(f, "query")));
  if (endpoint.pagination) {
    for (const p of paginationParameters(endpoint.pagination)) if (!out.some((o) => o.name === p.name && o.in === "query")) out.push(p);
  }
  out.push(...headerAndCookieParameters(endpoint, ctx, hint));
  return out;
}

function itemName(items: TypeNode, endpoint: EndpointNode): string {
  return items.kind === "ref" ? items.name : `${pascalCase(endpoint.name)}Item`;
}

function responseSchema(b: SchemaBuilder, endpoint: EndpointNode, type: TypeNode, status: number): JsonSchema {
  const ctx = b.context("response");
  const hint = `${pascalCase(endpoint.name)}Response`;
  const p = endpoint.pagination;
  // A paginated list declared as a bare array gets the standard envelope.
  if (p && hasEnvelope(p) && status >= 200 && status < 300 && type.kind === "array") {
    const items = typeSchema(type.items, ctx, hint + "Item");
    const name = `${ENVELOPE_PREFIX[p.style]}${itemName(type.items, endpoint)}`;
    return ref(b.hoist(name, paginationEnvelope(p, items)));
  }
  return typeSchema(type, ctx, hint);
}

/** `PaginatedPost` inherits the JSDoc of `Paginated<T>`, which describes the generic: say what the instance is. */
function instanceDescription(name: string, description: string | undefined): string | undefined {
  const m = /^Paginated(.+)$/.exec(name);
  if (m && description?.includes("Paginated<")) return `One page of ${m[1]} items, with paging metadata.`;
  return description;
}

export function buildJsonSchemas(ir: SpecIR, options: BuildJsonSchemasOptions = {}): JsonSchemaSet {
  const version = options.version ?? "3.1.0";
  const b = new SchemaBuilder(ir, irIndex(ir));
  for (const model of ir.models) b.components.set(model.name, b.modelSchema(model, "response"));
  for (const e of ir.enums) if (e.source !== "inline") b.components.set(e.name, enumSchema(e));
  for (const s of ir.schemas) {
    const schema = typeSchema(s.type, b.context("shared"), s.name);
    const examples = s.docs.examples?.length ? [...s.docs.examples] : undefined;
    // An alias of another named type (`type Admin = User`) is a $ref, which may not carry siblings.
    const deprecated = s.docs.deprecated ? true : undefined;
    const body = "$ref" in schema && (s.docs.description || examples || deprecated) ? { allOf: [schema] } : schema;
    b.components.set(
      s.name,
      withDefined(withDefined({}, { description: instanceDescription(s.name, s.docs.description) }), { ...body, deprecated, examples }),
    );
  }
  if (!b.components.has(ERROR_RESPONSE)) b.components.set(ERROR_RESPONSE, errorResponseSchema(ir));
  const problemJson = ir.config.errors?.value.format === "problem+json";
  if (problemJson && !b.components.has(PROBLEM_DETAILS)) b.components.set(PROBLEM_DETAILS, problemDetailsSchema());

  // Keyed by operation name: no prototype, so `constructor` or `toString` finds nothing inherited.
  const bodies = Object.create(null) as Record<string, JsonSchema>;
  const responses = Object.create(null) as Record<string, Record<string, JsonSchema>>;
  const responseHeaders = Object.create(null) as Record<string, Record<string, Record<string, JsonSchema>>>;
  const parameters = Object.create(null) as Record<string, ParameterSchema[]>;
  const webhooks = Object.create(null) as Record<string, OutgoingSchemas>;
  const callbacks = Object.create(null) as Record<string, Record<string, OutgoingSchemas>>;
  for (const api of ir.apis) {
    const errors = errorContext(ir, api);
    for (const endpoint of api.endpoints) {
      const body = endpoint.body;
      const patched = body?.kind === "ref" && body.refKind === "model" && endpoint.method === "PATCH" ? b.lookup.models.get(body.name) : undefined;
      if (patched) bodies[endpoint.name] = ref(b.patchVariant(patched));
      else if (body) bodies[endpoint.name] = typeSchema(body, b.context("request"), `${pascalCase(endpoint.name)}Body`);
      const byStatus: Record<string, JsonSchema> = {};
      const headersByStatus: Record<string, Record<string, JsonSchema>> = {};
      for (const r of effectiveResponses(endpoint, errors)) {
        if (r.type && r.status !== 204) byStatus[String(r.status)] = responseSchema(b, endpoint, r.type, r.status);
        if (r.headers?.length)
          headersByStatus[String(r.status)] = responseHeaderSchemas(r, b.context("response"), `${pascalCase(endpoint.name)}Response${r.status}`);
      }
      responses[endpoint.name] = byStatus;
      if (Object.keys(headersByStatus).length > 0) responseHeaders[endpoint.name] = headersByStatus;
      parameters[endpoint.name] = endpointParameters(endpoint, b.context("request"));
      if (endpoint.callbacks?.length) {
        const hint = pascalCase(endpoint.name);
        callbacks[endpoint.name] = Object.fromEntries(
          endpoint.callbacks.map((c) => [c.name, outgoingSchemas(c, b.context("response"), b.context("request"), hint)]),
        );
      }
    }
  }
  for (const w of ir.webhooks ?? []) webhooks[w.name] = outgoingSchemas(w, b.context("response"), b.context("request"), "");
  b.flushPending();

  const sorted = Object.fromEntries([...b.components.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const set: JsonSchemaSet = {
    version,
    components: sorted,
    bodies,
    responses,
    responseHeaders,
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

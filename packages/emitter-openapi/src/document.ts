/** buildOpenApi: the whole document, pure, from the IR and the `openapi` config. */
import { DEFAULT_CONFIG, mdInline, type ExternalDocs, type SpecIR, type SpecloomConfig } from "@specloom/core";
import {
  OpenApiBuilder,
  type InfoObject,
  type LicenseObject,
  type OpenAPIObject,
  type PathItemObject,
  type SchemaObject,
  type TagObject,
} from "openapi3-ts/oas31";
import {
  cloneJson,
  COMPONENT_PREFIX,
  configErrorExamples,
  defaultSecurity as modelDefaultSecurity,
  getModel,
  hasDeclaredSecurity,
  schemaRefs,
  type JsonSchema,
} from "@specloom/model";
import { KEEP_OBJECTS, type Placer } from "./placer";
import type { OperationCache } from "./operation-cache";
import { buildPaths } from "./paths";
import { buildWebhooks } from "./outgoing";
import { rateLimitHeaderComponents } from "./responses";
import { SharedErrorResponses } from "./shared-responses";
import { defaultSecurity, securitySchemes } from "./security";

/** Group tags in declaration order, then extra endpoint tags; descriptions from the group's JSDoc or `openapi.tags`. */
function tags(ir: SpecIR, configured: NonNullable<SpecloomConfig["openapi"]["tags"]>): TagObject[] {
  const out: TagObject[] = [];
  // By name: one API group per tag is common, so scanning the list for each would be quadratic in the groups.
  const seen = new Set<string>();
  const ownByName = new Map<string, (typeof configured)[number]>();
  for (const t of configured) if (!ownByName.has(t.name)) ownByName.set(t.name, t);
  const add = (name: string, fallback: string, docs?: ExternalDocs) => {
    if (seen.has(name)) return;
    seen.add(name);
    const own = ownByName.get(name);
    const tag: TagObject = { name, description: own?.description ?? fallback };
    const external = own?.externalDocs ?? docs;
    if (external) tag.externalDocs = { ...external };
    out.push(tag);
  };
  for (const api of ir.apis) {
    const jsdoc = (api.docs.description ?? api.docs.summary ?? "").trim();
    add(api.tag, jsdoc || `Endpoints of the ${mdInline(api.tag)} API.`, api.externalDocs);
  }
  for (const api of ir.apis) for (const e of api.endpoints) for (const t of e.tags ?? []) add(t, `Endpoints tagged ${mdInline(t)}.`);
  for (const w of ir.webhooks ?? []) add(w.tag, `Webhooks of the ${mdInline(w.tag)} group.`);
  // Tags no operation uses are still declared when the config describes them (a tag group, a future API).
  for (const t of configured) add(t.name, t.description ?? `Endpoints tagged ${mdInline(t.name)}.`);
  return out;
}

/** `x-` keys of a config object, as written. */
function extensionsOf(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k.startsWith("x-")));
}

/** `info.license`: OpenAPI 3.0 has no SPDX `identifier`, so it points to the SPDX page instead. */
function license(info: SpecloomConfig["openapi"]["info"], version: string): LicenseObject | undefined {
  const l = info.license;
  if (!l) return undefined;
  if (version.startsWith("3.1")) return { name: l.name, ...(l.identifier ? { identifier: l.identifier } : l.url ? { url: l.url } : {}) };
  const url = l.url ?? (l.identifier ? `https://spdx.org/licenses/${l.identifier}.html` : undefined);
  return { name: l.name, ...(url ? { url } : {}) };
}

function infoObject(ir: SpecIR, config: SpecloomConfig, info: SpecloomConfig["openapi"]["info"], version: string): InfoObject {
  const out: InfoObject = { title: info.title ?? config.projectName ?? ir.project.name, version: info.version };
  if (info.description) out.description = info.description;
  if (info.termsOfService) out.termsOfService = info.termsOfService;
  if (info.contact) out.contact = { ...info.contact };
  const l = license(info, version);
  if (l) out.license = l;
  return Object.assign(out, extensionsOf(info));
}

/** Schemas reachable from the operations, by name, each placed once: the document lists the API surface, not server-only models. */
function reachableSchemas(rootRefs: ReadonlySet<string>, components: Readonly<Record<string, JsonSchema>>, placer: Placer): Map<string, unknown> {
  const placed = new Map<string, unknown>();
  const queue = new Set<string>(rootRefs);
  for (const r of queue) {
    if (!r.startsWith(COMPONENT_PREFIX)) continue;
    const name = r.slice(COMPONENT_PREFIX.length);
    const schema = components[name];
    if (placed.has(name) || !schema) continue;
    const { node, refs: inner } = placer.place(`schemas ${name}`, schema, SCHEMA_DEPTH);
    placed.set(name, node);
    for (const i of inner) queue.add(i); // Set iteration visits values added during the loop
  }
  return placed;
}

/** A component schema sits at components → schemas → name; a webhook's path item at webhooks → name. */
const SCHEMA_DEPTH = 3;
const WEBHOOK_DEPTH = 2;

/** The whole document as plain JSON data, pure, from the IR and the `openapi` config. */
export function buildOpenApi(ir: SpecIR, config: SpecloomConfig): OpenAPIObject {
  // The fragments share the model's memoized schemas: callers get their own copy.
  return cloneJson(buildDocument(ir, config, KEEP_OBJECTS));
}

/**
 * The document, with operations, webhooks and component schemas put where `placer` says; `operations` holds
 * the previous emit's operations (see documentInputs).
 */
export function buildDocument(ir: SpecIR, config: SpecloomConfig, placer: Placer, operations?: OperationCache): OpenAPIObject {
  // Partial configs (tests, programmatic callers) fall back to the defaults.
  const openapi = { ...DEFAULT_CONFIG.openapi, ...config.openapi };
  const version = openapi.version;
  const set = getModel(ir).jsonSchemas({ version });
  const info = { ...DEFAULT_CONFIG.openapi.info, ...openapi.info };
  const builder = OpenApiBuilder.create().addOpenApiVersion(version);
  builder.addInfo(infoObject(ir, config, info, version));

  const examples = configErrorExamples(ir);
  const byStatus = new Map<number, string[]>();
  for (const e of examples) byStatus.set(e.status, [...(byStatus.get(e.status) ?? []), e.name]);
  const shared = new SharedErrorResponses(ir, version, byStatus);
  const rootRefs: string[] = [];
  const paths = buildPaths({ ir, set, shared, placer, ...(operations ? { operations } : {}) }, rootRefs);
  const responses = shared.components();
  schemaRefs(responses, { mapping: true }, rootRefs);

  // A placed node stands for its object (in the emitter, the object serialized).
  const webhooks: Record<string, PathItemObject> = {};
  for (const [name, item] of Object.entries(buildWebhooks(ir, set))) {
    const placed = placer.place(`webhooks ${name}`, item, WEBHOOK_DEPTH);
    webhooks[name] = placed.node as PathItemObject;
    rootRefs.push(...placed.refs);
  }
  const refs = new Set(rootRefs);
  const placedSchemas = reachableSchemas(refs, set.components, placer);
  const doc = builder.getSpec();
  const result: OpenAPIObject = {
    openapi: doc.openapi,
    info: doc.info,
    // An empty list fails Redocly's no-empty-servers; "/" is what OpenAPI assumes anyway.
    servers: openapi.servers.length > 0 ? openapi.servers.map((s) => ({ ...s })) : [{ url: "/", description: "The host serving this document." }],
  };
  const security = defaultSecurity(ir);
  if (security) result.security = security;
  result.tags = tags(ir, openapi.tags ?? []);
  if (openapi.externalDocs) result.externalDocs = { ...openapi.externalDocs };
  result.paths = paths;
  // OpenAPI 3.0 has no webhooks field: Redoc's x-webhooks extension carries the same map.
  if (Object.keys(webhooks).length > 0 && version === "3.0.3") result["x-webhooks"] = webhooks;
  else if (Object.keys(webhooks).length > 0) result.webhooks = webhooks;

  // In the model's order (sorted by name), as the set lists them.
  const schemas: Record<string, SchemaObject> = {};
  for (const name of Object.keys(set.components)) if (placedSchemas.has(name)) schemas[name] = placedSchemas.get(name) as SchemaObject;
  const headers = Object.fromEntries(Object.entries(rateLimitHeaderComponents()).filter(([n]) => refs.has(`#/components/headers/${n}`)));
  const usedExamples = examples.filter((e) => refs.has(`#/components/examples/${e.name}`));
  const schemes = securitySchemes(ir);
  const components: NonNullable<OpenAPIObject["components"]> = {};
  if (Object.keys(schemas).length > 0) components.schemas = schemas;
  if (Object.keys(responses).length > 0) components.responses = responses;
  if (usedExamples.length > 0) components.examples = Object.fromEntries(usedExamples.map((e) => [e.name, e.example]));
  if (Object.keys(headers).length > 0) components.headers = headers;
  if (Object.keys(schemes).length > 0) components.securitySchemes = schemes;
  if (Object.keys(components).length > 0) result.components = components;
  return Object.assign(result, extensionsOf(openapi));
}

/**
 * What every operation may read besides its own inputs (paths.ts): an operation of the previous emit is reused
 * only when these are the same JSON too.
 */
export function documentInputs(ir: SpecIR, config: SpecloomConfig): readonly unknown[] {
  return [config.openapi?.version ?? DEFAULT_CONFIG.openapi.version, ir.config, hasDeclaredSecurity(ir), modelDefaultSecurity(ir)];
}

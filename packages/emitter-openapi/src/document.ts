/** buildOpenApi: the whole document, pure, from the IR and the `openapi` config. */
import { DEFAULT_CONFIG, type ExternalDocs, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { OpenApiBuilder, type InfoObject, type LicenseObject, type OpenAPIObject, type TagObject } from "openapi3-ts/oas31";
import { cloneJson, COMPONENT_PREFIX, configErrorExamples, getModel, schemaRefs, type JsonSchema } from "@specloom/model";
import { buildPaths } from "./paths";
import { buildWebhooks } from "./outgoing";
import { rateLimitHeaderComponents } from "./responses";
import { SharedErrorResponses } from "./shared-responses";
import { defaultSecurity, securitySchemes } from "./security";

/** Group tags in declaration order, then extra endpoint tags; descriptions from the group's JSDoc or `openapi.tags`. */
function tags(ir: SpecIR, configured: NonNullable<SpecloomConfig["openapi"]["tags"]>): TagObject[] {
  const out: TagObject[] = [];
  const add = (name: string, fallback: string, docs?: ExternalDocs) => {
    if (out.some((t) => t.name === name)) return;
    const own = configured.find((t) => t.name === name);
    const tag: TagObject = { name, description: own?.description ?? fallback };
    const external = own?.externalDocs ?? docs;
    if (external) tag.externalDocs = { ...external };
    out.push(tag);
  };
  for (const api of ir.apis) {
    const jsdoc = (api.docs.description ?? api.docs.summary ?? "").trim();
    add(api.tag, jsdoc || `Endpoints of the ${api.tag} API.`, api.externalDocs);
  }
  for (const api of ir.apis) for (const e of api.endpoints) for (const t of e.tags ?? []) add(t, `Endpoints tagged ${t}.`);
  for (const w of ir.webhooks ?? []) add(w.tag, `Webhooks of the ${w.tag} group.`);
  // Tags no operation uses are still declared when the config describes them (a tag group, a future API).
  for (const t of configured) add(t.name, t.description ?? `Endpoints tagged ${t.name}.`);
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

/** Every `$ref` in a JSON value, discriminator mappings included. */
function collectRefs(value: unknown, out: Set<string>): void {
  for (const r of schemaRefs(value, { mapping: true })) out.add(r);
}

/** Schemas reachable from the operations: the document lists the API surface, not server-only models. */
function reachableSchemas(rootRefs: ReadonlySet<string>, components: Readonly<Record<string, JsonSchema>>): Record<string, JsonSchema> {
  const seen = new Set<string>();
  const queue = new Set<string>(rootRefs);
  for (const r of queue) {
    if (!r.startsWith(COMPONENT_PREFIX)) continue;
    const name = r.slice(COMPONENT_PREFIX.length);
    if (seen.has(name) || !components[name]) continue;
    seen.add(name);
    collectRefs(components[name], queue); // Set iteration visits values added during the loop
  }
  return Object.fromEntries(Object.entries(components).filter(([name]) => seen.has(name)));
}

export function buildOpenApi(ir: SpecIR, config: SpecloomConfig): OpenAPIObject {
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
  const paths = buildPaths(ir, set, shared);
  const responses = shared.components();

  const webhooks = buildWebhooks(ir, set);
  const refs = new Set<string>();
  collectRefs(paths, refs);
  collectRefs(responses, refs);
  collectRefs(webhooks, refs);
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

  // The schema set is the model's shared, memoized one: the document gets its own copy.
  const schemas = cloneJson(reachableSchemas(refs, set.components));
  const headers = Object.fromEntries(Object.entries(rateLimitHeaderComponents()).filter(([n]) => refs.has(`#/components/headers/${n}`)));
  const usedExamples = examples.filter((e) => refs.has(`#/components/examples/${e.name}`));
  const schemes = securitySchemes(ir);
  const components: NonNullable<OpenAPIObject["components"]> = {};
  if (Object.keys(schemas).length > 0) components.schemas = schemas;
  if (Object.keys(responses).length > 0) components.responses = cloneJson(responses);
  if (usedExamples.length > 0) components.examples = Object.fromEntries(usedExamples.map((e) => [e.name, e.example]));
  if (Object.keys(headers).length > 0) components.headers = headers;
  if (Object.keys(schemes).length > 0) components.securitySchemes = schemes;
  if (Object.keys(components).length > 0) result.components = components;
  return Object.assign(result, extensionsOf(openapi));
}

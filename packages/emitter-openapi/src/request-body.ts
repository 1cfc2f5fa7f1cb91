/** Request bodies and parameters as OpenAPI objects: media types, multipart encoding, declared `required`, examples. */
import type { NamedExampleDoc, RequestBodyOptions, SpecIR, TypeNode } from "@specloom/core";
import type { EncodingObject, ExampleObject, MediaTypeObject, ParameterObject, RequestBodyObject } from "openapi3-ts/oas31";
import { cloneJson, getModel, resolveSchema, type JsonSchema, type JsonSchemaSet, type ParameterSchema } from "@specloom/model";

const JSON_MEDIA_TYPE = "application/json";
/** The media types whose parts OpenAPI's `encoding` describes. */
const FORM_MEDIA_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);

/**
 * An `examples` map: named `@example`s (`@example name - summary`) under their names with their summaries,
 * the unnamed ones as `example` for one, `example1`… for several (skipping names the named ones took).
 */
export function examplesMap(values: readonly unknown[] | undefined, named: readonly NamedExampleDoc[] = []): Record<string, ExampleObject> | undefined {
  if (!values || values.length === 0) return undefined;
  const out: Record<string, ExampleObject> = {};
  for (const e of named) out[e.name] = { ...(e.summary !== undefined ? { summary: e.summary } : {}), value: cloneJson(e.value) };
  const namedValues = new Set(named.map((e) => JSON.stringify(e.value)));
  const unnamed = values.filter((v) => !namedValues.has(JSON.stringify(v)));
  unnamed.forEach((v, i) => {
    let key = unnamed.length === 1 && named.length === 0 ? "example" : `example${i + 1}`;
    for (let n = 2; Object.hasOwn(out, key); n++) key = `example${i + 1}_${n}`;
    out[key] = { value: cloneJson(v) };
  });
  return out;
}

/** A request body that is a named schema or model with named `@example`s shows them when the endpoint names none. */
export function schemaNamedExamples(ir: SpecIR, body: TypeNode | undefined): Record<string, ExampleObject> | undefined {
  if (body?.kind !== "ref" || body.refKind === "enum") return undefined;
  const index = getModel(ir).index;
  const named = (body.refKind === "model" ? index.models.get(body.name) : index.schemas.get(body.name))?.docs.namedExamples;
  return named?.length
    ? examplesMap(
        named.map((e) => e.value),
        named,
      )
    : undefined;
}

/** A parameter keeps every example: one as `example`, several as named `examples`. */
export function parameterObject(p: ParameterSchema): ParameterObject {
  const out: ParameterObject = { name: p.name, in: p.in, required: p.required };
  if (p.description) out.description = p.description;
  if (p.deprecated) out.deprecated = true;
  out.schema = p.schema;
  if (p.examples?.length === 1 && !p.namedExamples?.length) out.example = cloneJson(p.examples[0]);
  else if (p.examples && p.examples.length > 0) out.examples = examplesMap(p.examples, p.namedExamples)!;
  return out;
}

function encodingFor(options: RequestBodyOptions, mediaType: string): Record<string, EncodingObject> | undefined {
  if (!options.bodyEncoding?.length || !FORM_MEDIA_TYPES.has(mediaType.split(";")[0]!.trim())) return undefined;
  return Object.fromEntries(options.bodyEncoding.map((e) => [e.part, { contentType: e.contentTypes.join(", ") }]));
}

/**
 * The body in each declared media type (JSON by default). `required` is what the author declared;
 * without a declaration, a body whose properties are all optional may be omitted.
 */
export function requestBodyObject(
  options: RequestBodyOptions,
  schema: JsonSchema,
  set: JsonSchemaSet,
  examples: Record<string, ExampleObject> | undefined,
): RequestBodyObject {
  const resolved = resolveSchema(set, schema);
  const inferred = !(resolved.type === "object" && !resolved.required && !resolved.allOf);
  const content: Record<string, MediaTypeObject> = {};
  for (const mediaType of options.bodyContentTypes ?? [JSON_MEDIA_TYPE]) {
    const media: MediaTypeObject = { schema };
    if (examples) media.examples = cloneJson(examples);
    const encoding = encodingFor(options, mediaType);
    if (encoding) media.encoding = encoding;
    content[mediaType] = media;
  }
  return { required: options.bodyRequired ?? inferred, content };
}

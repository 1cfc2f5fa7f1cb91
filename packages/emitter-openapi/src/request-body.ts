/** Request bodies and parameters as OpenAPI objects: media types, multipart encoding, declared `required`, examples. */
import type { RequestBodyOptions } from "@specloom/core";
import type { EncodingObject, ExampleObject, MediaTypeObject, ParameterObject, RequestBodyObject } from "openapi3-ts/oas31";
import { cloneJson, resolveSchema, type JsonSchema, type JsonSchemaSet, type ParameterSchema } from "@specloom/model";

const JSON_MEDIA_TYPE = "application/json";
/** The media types whose parts OpenAPI's `encoding` describes. */
const FORM_MEDIA_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);

/** `@example` values as named examples: `example` for one, `example1`… for several. */
export function examplesMap(values: readonly unknown[] | undefined): Record<string, ExampleObject> | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length === 1) return { example: { value: cloneJson(values[0]) } };
  return Object.fromEntries(values.map((v, i) => [`example${i + 1}`, { value: cloneJson(v) }]));
}

/** A parameter keeps every example: one as `example`, several as named `examples`. */
export function parameterObject(p: ParameterSchema): ParameterObject {
  const out: ParameterObject = { name: p.name, in: p.in, required: p.required };
  if (p.description) out.description = p.description;
  if (p.deprecated) out.deprecated = true;
  out.schema = cloneJson(p.schema);
  if (p.examples?.length === 1) out.example = cloneJson(p.examples[0]);
  else if (p.examples && p.examples.length > 1) out.examples = examplesMap(p.examples)!;
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
    const media: MediaTypeObject = { schema: cloneJson(schema) };
    if (examples) media.examples = cloneJson(examples);
    const encoding = encodingFor(options, mediaType);
    if (encoding) media.encoding = encoding;
    content[mediaType] = media;
  }
  return { required: options.bodyRequired ?? inferred, content };
}

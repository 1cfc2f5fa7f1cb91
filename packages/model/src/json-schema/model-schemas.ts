/** The component schemas of models and named schemas, each reusable across builds by node (schema-units.ts). */
import type { FieldNode, ModelNode, SchemaNode, TypeNode } from "@specloom/core";
import { belongsToFor, navigationNames, referencedField } from "../entities";
import { withDefined, type JsonSchema } from "./json-schema";
import { contextFor, SchemaUnits, type SchemaServices } from "./schema-units";
import { objectSchema, typeSchema } from "./type-schema";

type ModelDirection = "response" | "request" | "patch";

function foreignKeyType(s: SchemaServices, model: ModelNode, field: FieldNode): TypeNode | undefined {
  const relation = belongsToFor(model, field);
  const target = relation && s.lookup.models.get(relation.targetModel);
  return target && referencedField(target, relation)?.type;
}

/**
 * A model's schema: the response shape, the create shape (request) or the
 * partial-update shape (patch, every field optional). Navigations dropped,
 * FKs typed like the key they reference.
 */
function modelSchema(s: SchemaServices, model: ModelNode, direction: ModelDirection): JsonSchema {
  const ctx = contextFor(s, direction === "patch" ? "request" : direction);
  const navigations = navigationNames(model);
  const fields = model.fields.filter((f) => !navigations.has(f.name));
  const required =
    direction === "response"
      ? (f: FieldNode) => !f.optional
      : (f: FieldNode) => direction === "request" && !f.optional && !f.nullable && f.default === undefined;
  const apiName = model.schemaName ?? model.name;
  const schema = objectSchema(fields, ctx, apiName, required, (f) => foreignKeyType(s, model, f));
  const description =
    direction === "request"
      ? `What a client sends to create a ${apiName}; read-only fields are set by the server.`
      : direction === "patch"
        ? `A partial update of a ${apiName}: send only the fields to change.`
        : model.docs.description;
  const examples = direction === "response" && model.docs.examples?.length ? [...model.docs.examples] : undefined;
  return withDefined(withDefined({}, { description }), { ...schema, deprecated: model.docs.deprecated ? true : undefined, examples });
}

const modelUnits: Readonly<Record<ModelDirection, SchemaUnits<ModelNode, JsonSchema>>> = {
  response: new SchemaUnits((s, model) => modelSchema(s, model, "response")),
  request: new SchemaUnits((s, model) => modelSchema(s, model, "request")),
  patch: new SchemaUnits((s, model) => modelSchema(s, model, "patch")),
};

export function modelComponent(s: SchemaServices, model: ModelNode, direction: ModelDirection): JsonSchema {
  return modelUnits[direction].get(s, model, [], undefined);
}

/** `PaginatedPost` inherits the JSDoc of `Paginated<T>`, which describes the generic: say what the instance is. */
function instanceDescription(name: string, description: string | undefined): string | undefined {
  const m = /^Paginated(.+)$/.exec(name);
  if (m && description?.includes("Paginated<")) return `One page of ${m[1]} items, with paging metadata.`;
  return description;
}

const sharedUnits = new SchemaUnits<SchemaNode, JsonSchema>((s, node) => {
  const schema = typeSchema(node.type, contextFor(s, "shared"), node.name);
  const examples = node.docs.examples?.length ? [...node.docs.examples] : undefined;
  // An alias of another named type (`type Admin = User`) is a $ref, which may not carry siblings.
  const deprecated = node.docs.deprecated ? true : undefined;
  const body = "$ref" in schema && (node.docs.description || examples || deprecated) ? { allOf: [schema] } : schema;
  return withDefined(withDefined({}, { description: instanceDescription(node.name, node.docs.description) }), { ...body, deprecated, examples });
});

/** A named schema's component, used in both directions (readOnly/writeOnly markers kept). */
export function sharedSchemaComponent(s: SchemaServices, node: SchemaNode): JsonSchema {
  return sharedUnits.get(s, node, [], undefined);
}

const inputUnits = new SchemaUnits<SchemaNode, JsonSchema, string>((s, node, variant) =>
  withDefined(withDefined({}, { description: node.docs.description }), typeSchema(node.type, contextFor(s, "request"), variant)),
);

/** The request-shaped copy (`<Name>Input`) of a named schema that embeds a model. */
export function inputSchemaComponent(s: SchemaServices, node: SchemaNode, variant: string): JsonSchema {
  return inputUnits.get(s, node, [variant], variant);
}

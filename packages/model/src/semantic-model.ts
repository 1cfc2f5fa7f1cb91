/**
 * getModel(ir): every derived fact about one IR, computed once and cached per
 * IR object (the IR is immutable, so a WeakMap is a safe memo). Emitters and
 * checker rules ask this instead of re-deriving from the raw nodes.
 */
import type { ApiNode, EndpointNode, EnumNode, FieldNode, ModelNode, RelationNode, SchemaNode, ServiceNode, SpecIR, SpecloomConfig } from "@specloom/core";
import { inverseRelation, navigations, primaryKeyFields, referencedField, storedFields } from "./entities";
import { buildJsonSchemas, type BuildJsonSchemasOptions, type JsonSchemaSet } from "./json-schema/schemas";
import { irIndex, type IrIndex } from "./ir-index";
import { buildTableModel } from "./relational/build-tables";
import type { TableModel } from "./relational/model";
import { effectiveResponses, errorContext, type EffectiveResponse } from "./responses";
import { endpointRoute, type Route } from "./route";
import { nodeMemo, nodeMemoWith } from "./node-cache";
import { requestVisibleFields, responseHiddenFields, responseVisibleFields } from "./visibility";

export interface Navigation {
  readonly relation: RelationNode;
  readonly owner: ModelNode;
  readonly target?: ModelNode;
  /** The relation on the target model that points back at the owner, when one does. */
  readonly inverse?: RelationNode;
}

/** A belongsTo on another model pointing at this one, with this model's navigation back, if any. */
export interface Reference {
  readonly from: ModelNode;
  readonly relation: RelationNode;
  readonly inverse?: RelationNode;
}

export interface SemanticModel {
  readonly ir: SpecIR;
  /** The by-name index (models, enums, schemas, services, endpoints). */
  readonly index: IrIndex;
  model(name: string): ModelNode | undefined;
  enum(name: string): EnumNode | undefined;
  schema(name: string): SchemaNode | undefined;
  service(name: string): ServiceNode | undefined;
  endpoint(name: string): EndpointNode | undefined;
  /** Every endpoint in declaration order, with its API group. */
  readonly endpoints: readonly { readonly api: ApiNode; readonly endpoint: EndpointNode }[];
  primaryKey(model: ModelNode): readonly FieldNode[];
  storedFields(model: ModelNode): readonly FieldNode[];
  navigations(model: ModelNode): readonly Navigation[];
  /** Foreign keys of other models (and self-references) that point at this model, in declaration order. */
  references(model: ModelNode): readonly Reference[];
  /** The key field a belongsTo relation references. */
  referencedField(relation: RelationNode): FieldNode | undefined;
  responseFields(model: ModelNode): readonly FieldNode[];
  requestFields(model: ModelNode): readonly FieldNode[];
  hiddenFields(model: ModelNode): ReturnType<typeof responseHiddenFields>;
  route(endpoint: EndpointNode): Route;
  /** Declared and implied responses, sorted by status, each error response's body resolved (status, endpoint, group, config). */
  responses(endpoint: EndpointNode): readonly EffectiveResponse[];
  tables(sql: SpecloomConfig["sql"]): TableModel;
  jsonSchemas(options?: BuildJsonSchemasOptions): JsonSchemaSet;
}

// Views that read only their node: cached by node identity across IRs (watch mode reuses unchanged nodes).
const primaryKeyOf = nodeMemo(primaryKeyFields);
const storedFieldsOf = nodeMemo(storedFields);
const responseFieldsOf = nodeMemo(responseVisibleFields);
const requestFieldsOf = nodeMemo(requestVisibleFields);
const hiddenFieldsOf = nodeMemo(responseHiddenFields);

/** A model's navigations read the target models too: reused while each target is the same node. */
const navigationsOf = nodeMemoWith<ModelNode, readonly (ModelNode | undefined)[], IrIndex, Navigation[]>((owner, index) =>
  navigations(owner).map((relation) => {
    const target = index.models.get(relation.targetModel);
    const inverse = target && inverseRelation(owner, target, relation);
    return { relation, owner, ...(target ? { target } : {}), ...(inverse ? { inverse } : {}) };
  }),
);

function build(ir: SpecIR): SemanticModel {
  const index = irIndex(ir);
  const { models, enums, schemas, services, endpointsByName } = index;
  const endpoints = ir.apis.flatMap((api) => api.endpoints.map((endpoint) => ({ api, endpoint })));
  const apiOf = new Map(endpoints.map(({ api, endpoint }) => [endpoint, api]));
  const jsonSchemaSets = new Map<string, JsonSchemaSet>();
  const navigationsHere = new WeakMap<ModelNode, readonly Navigation[]>();
  const responsesHere = new Map<EndpointNode, readonly EffectiveResponse[]>();
  const targetsOf = (owner: ModelNode) => navigations(owner).map((r) => models.get(r.targetModel));
  let referenceIndex: Map<string, Reference[]> | undefined;
  const references = (): Map<string, Reference[]> => {
    if (referenceIndex) return referenceIndex;
    referenceIndex = new Map();
    for (const from of ir.models) {
      for (const relation of from.relations) {
        if (relation.relationKind !== "belongsTo") continue;
        const target = models.get(relation.targetModel);
        const inverse = target && inverseRelation(from, target, relation);
        const list = referenceIndex.get(relation.targetModel) ?? [];
        list.push({ from, relation, ...(inverse ? { inverse } : {}) });
        referenceIndex.set(relation.targetModel, list);
      }
    }
    return referenceIndex;
  };
  const self: SemanticModel = {
    ir,
    index,
    model: (name) => models.get(name),
    enum: (name) => enums.get(name),
    schema: (name) => schemas.get(name),
    service: (name) => services.get(name),
    endpoint: (name) => endpointsByName.get(name),
    endpoints,
    primaryKey: primaryKeyOf,
    storedFields: storedFieldsOf,
    navigations: (owner) => {
      let found = navigationsHere.get(owner);
      if (!found) navigationsHere.set(owner, (found = navigationsOf(owner, targetsOf(owner), index)));
      return found;
    },
    references: (target) => references().get(target.name) ?? [],
    referencedField: (relation) => {
      const target = models.get(relation.targetModel);
      return target && referencedField(target, relation);
    },
    responseFields: responseFieldsOf,
    requestFields: requestFieldsOf,
    hiddenFields: hiddenFieldsOf,
    route: endpointRoute,
    responses: (e) => {
      // Asked per endpoint by several rules and emitters: one map lookup after the first.
      let found = responsesHere.get(e);
      if (!found) responsesHere.set(e, (found = effectiveResponses(e, errorContext(ir, apiOf.get(e)))));
      return found;
    },
    tables: (sql) => buildTableModel(ir, sql),
    jsonSchemas: (options = {}) => {
      const key = options.version ?? "3.1.0";
      let set = jsonSchemaSets.get(key);
      if (!set) jsonSchemaSets.set(key, (set = buildJsonSchemas(ir, options)));
      return set;
    },
  };
  return self;
}

const cache = new WeakMap<SpecIR, SemanticModel>();

export function getModel(ir: SpecIR): SemanticModel {
  let model = cache.get(ir);
  if (!model) cache.set(ir, (model = build(ir)));
  return model;
}

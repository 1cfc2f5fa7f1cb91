/**
 * The one IR builder for hand-built test IRs: every node constructor with the
 * IR's defaults filled in, so a test states only what it is about. Results are
 * `Mutable` so rule tests can break a copy in place; they are still IR nodes.
 */
import {
  IR_FORMAT_VERSION,
  type ApiNode,
  type ConfigSection,
  type Constraints,
  type EndpointNode,
  type EnumNode,
  type FieldNode,
  type IndexNode,
  type ModelNode,
  type RelationKind,
  type RelationNode,
  type ResponseNode,
  type ResponseStatus,
  type SchemaNode,
  type ServiceMethodNode,
  type ServiceNode,
  type SourceLocation,
  type SpecIR,
  type TypeNode,
} from "@specloom/core";

export type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export type MIR = Mutable<SpecIR>;

let line = 0;
/** A distinct source position per call, so diagnostics can be told apart. */
export const loc = (file = "spec-src/index.ts"): SourceLocation => ({ file, line: ++line, column: 1 });

const withConstraints = (c?: Constraints) => (c ? { constraints: c } : {});

/** Type nodes. */
export const t = {
  str: (c?: Constraints): TypeNode => ({ kind: "primitive", name: "string", ...withConstraints(c) }),
  uuid: (): TypeNode => ({ kind: "primitive", name: "string", constraints: { format: "uuid" } }),
  email: (): TypeNode => ({ kind: "primitive", name: "string", constraints: { format: "email" } }),
  dateTime: (): TypeNode => ({ kind: "primitive", name: "string", constraints: { format: "date-time" } }),
  date: (): TypeNode => ({ kind: "primitive", name: "string", constraints: { format: "date" } }),
  decimal: (precision: number, scale: number): TypeNode => ({ kind: "primitive", name: "string", constraints: { format: "decimal", precision, scale } }),
  int: (c?: Constraints): TypeNode => ({ kind: "primitive", name: "integer", ...withConstraints(c) }),
  num: (c?: Constraints): TypeNode => ({ kind: "primitive", name: "number", ...withConstraints(c) }),
  bool: (): TypeNode => ({ kind: "primitive", name: "boolean" }),
  json: (): TypeNode => ({ kind: "primitive", name: "unknown" }),
  lit: (value: string | number | boolean): TypeNode => ({ kind: "literal", value }),
  literals: (...values: (string | number | boolean)[]): TypeNode => ({ kind: "union", variants: values.map((value) => ({ kind: "literal", value })) }),
  array: (items: TypeNode, extra: { minItems?: number; maxItems?: number; uniqueItems?: boolean } = {}): TypeNode => ({ kind: "array", items, ...extra }),
  record: (values: TypeNode): TypeNode => ({ kind: "record", values }),
  object: (properties: readonly FieldNode[], extendsNames?: readonly string[]): TypeNode => ({
    kind: "object",
    properties,
    ...(extendsNames ? { extends: extendsNames } : {}),
  }),
  union: (variants: readonly TypeNode[], discriminator?: { property: string; mapping: Record<string, number> }): TypeNode => ({
    kind: "union",
    variants,
    ...(discriminator ? { discriminator } : {}),
  }),
  ref: (name: string, refKind: "model" | "enum" | "schema"): TypeNode => ({ kind: "ref", name, refKind }),
  modelRef: (name: string): TypeNode => ({ kind: "ref", name, refKind: "model" }),
  enumRef: (name: string): TypeNode => ({ kind: "ref", name, refKind: "enum" }),
  schemaRef: (name: string): TypeNode => ({ kind: "ref", name, refKind: "schema" }),
};

export const sqlDefault = (expr: "now()" | "gen_random_uuid()") => ({ kind: "sqlDefault", expr }) as const;
export const literalDefault = (value: string | number | boolean | null) => ({ kind: "literalDefault", value }) as const;

export function field(name: string, type: TypeNode = t.str(), extra: Partial<FieldNode> = {}): Mutable<FieldNode> {
  return { kind: "field", name, type, optional: false, nullable: false, visibility: "normal", docs: {}, loc: loc(), ...extra } as Mutable<FieldNode>;
}

/** A model field: like `field`, with its column named after it. */
export function column(name: string, type: TypeNode = t.str(), extra: Partial<FieldNode> = {}): Mutable<FieldNode> {
  return field(name, type, { column: name, ...extra });
}

export function relation(relationKind: RelationKind, name: string, targetModel: string, extra: Partial<RelationNode> = {}): Mutable<RelationNode> {
  return { kind: "relation", relationKind, name, targetModel, optional: false, docs: {}, loc: loc(), ...extra } as Mutable<RelationNode>;
}

/** A belongsTo whose FK is the declaring field itself (`author_id`). */
export function belongsTo(foreignKey: string, targetModel: string, extra: Partial<RelationNode> = {}): Mutable<RelationNode> {
  return relation("belongsTo", foreignKey, targetModel, { foreignKey, ...extra });
}

export function hasMany(name: string, targetModel: string, foreignKey: string, extra: Partial<RelationNode> = {}): Mutable<RelationNode> {
  return relation("hasMany", name, targetModel, { foreignKey, ...extra });
}

export function manyToMany(name: string, targetModel: string, extra: Partial<RelationNode> = {}): Mutable<RelationNode> {
  return relation("manyToMany", name, targetModel, extra);
}

export function index(columns: [string, "asc" | "desc"][], extra: Partial<IndexNode> = {}): Mutable<IndexNode> {
  return { kind: "index", columns: columns.map(([f, order]) => ({ field: f, order })), unique: false, loc: loc(), ...extra } as Mutable<IndexNode>;
}

export function model(name: string, table: string, fields: readonly FieldNode[], extra: Partial<ModelNode> = {}): Mutable<ModelNode> {
  return {
    kind: "model",
    name,
    table,
    fields,
    relations: [],
    indexes: [],
    uniques: [],
    softDelete: false,
    timestamps: false,
    docs: {},
    loc: loc(),
    ...extra,
  } as Mutable<ModelNode>;
}

export function enumNode(name: string, values: (string | number)[], extra: Partial<EnumNode> = {}): Mutable<EnumNode> {
  return { kind: "enum", name, values, source: "union", docs: {}, loc: loc(), ...extra } as Mutable<EnumNode>;
}

export function schema(name: string, type: TypeNode, extra: Partial<SchemaNode> = {}): Mutable<SchemaNode> {
  return { kind: "schema", name, type, docs: {}, loc: loc(), ...extra } as Mutable<SchemaNode>;
}

export function response(status: ResponseStatus, type?: TypeNode, description?: string): Mutable<ResponseNode> {
  return { kind: "response", status, ...(type ? { type } : {}), ...(description !== undefined ? { description } : {}) } as Mutable<ResponseNode>;
}

export function endpoint(name: string, method: EndpointNode["method"], path: string, extra: Partial<EndpointNode> = {}): Mutable<EndpointNode> {
  return {
    kind: "endpoint",
    name,
    api: "Api",
    method,
    path,
    params: [],
    query: [],
    responses: [response(200)],
    auth: { kind: "public" },
    docs: {},
    loc: loc("spec-src/api.ts"),
    ...extra,
  } as Mutable<EndpointNode>;
}

export function api(name: string, prefix: string, tag: string, endpoints: readonly EndpointNode[], extra: Partial<ApiNode> = {}): Mutable<ApiNode> {
  return { kind: "api", name, prefix, tag, endpoints: endpoints.map((e) => ({ ...e, api: name })), docs: {}, loc: loc(), ...extra } as Mutable<ApiNode>;
}

export function serviceMethod(name: string, extra: Partial<ServiceMethodNode> = {}): Mutable<ServiceMethodNode> {
  return {
    kind: "serviceMethod",
    name,
    params: [],
    async: true,
    throws: [],
    transactional: false,
    docs: {},
    loc: loc(),
    ...extra,
  } as Mutable<ServiceMethodNode>;
}

export function service(name: string, methods: readonly ServiceMethodNode[], extra: Partial<ServiceNode> = {}): Mutable<ServiceNode> {
  return { kind: "service", name, methods, dependencies: [], transactional: false, docs: {}, loc: loc(), ...extra } as Mutable<ServiceNode>;
}

/** A config section read from `const <name> = { … } satisfies XConfig`. */
export function section<T>(name: string, value: T): Mutable<ConfigSection<T>> {
  return { kind: "config", name, value: value as Mutable<T>, loc: loc(`spec-src/config/${name}.ts`), locs: {} };
}

/** A whole IR: empty lists unless given. */
export function spec(parts: Partial<SpecIR> = {}): MIR {
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: { kind: "project", name: "Test", language: "en", documents: [], requirements: [] },
    models: [],
    enums: [],
    schemas: [],
    apis: [],
    services: [],
    config: {},
    ...parts,
  } as MIR;
}

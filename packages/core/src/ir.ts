/**
 * The specloom IR: plain, immutable, JSON-serializable nodes tagged by `kind`.
 * The front end is its only producer; every emitter and checker rule reads
 * only this, never the TypeScript AST. Bump IR_FORMAT_VERSION on any
 * incompatible change. Every node has a `kind`, unique across the IR, so one
 * `Record<kind, handler>` dispatch (visit.ts) covers them all.
 */
import type {
  AuthConfig,
  CachingConfig,
  DeploymentConfig,
  ErrorsConfig,
  FormatName,
  HttpMethod,
  IntegrationsConfig,
  JobsConfig,
  LoggingConfig,
  MonitoringConfig,
  PerformanceConfig,
  ReferentialAction,
  SecurityConfig,
  TestingConfig,
} from "./ir-config";

/**
 * 2: every node has a unique `kind`; `type`/`target` no longer mean two things (see IRNodeKind).
 * 3: `PaginationNode.style` says `page` instead of `offset`. 4: `ResponseNode.status` may be a range or `default`,
 * and `HttpMethod` has HEAD, OPTIONS and TRACE.
 */
export const IR_FORMAT_VERSION = 4;

/** 1-based position; `file` is relative to the project root, with `/`. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Docs {
  /** First paragraph of the JSDoc. */
  readonly summary?: string;
  /** Full JSDoc text (summary included). */
  readonly description?: string;
  /** `@example` bodies, parsed as JSON where they are JSON (named ones included). */
  readonly examples?: readonly unknown[];
  /**
   * `@example name - summary` followed by the value: the named ones, in order
   * (OpenAPI `examples` maps on media types and parameters).
   */
  readonly namedExamples?: readonly NamedExampleDoc[];
  /** `@deprecated` reason, or `true`. */
  readonly deprecated?: string | true;
  /** `@implements FR-3` requirement ids. */
  readonly implements?: readonly string[];
  /** `@renamedFrom old_name` on a model or field: the migration planner renames instead of drop + add. */
  readonly renamedFrom?: string;
}

/** A named `@example`: its name, optional summary and value. */
export interface NamedExampleDoc {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
}

// ---------------------------------------------------------------- types

export type PrimitiveName = "string" | "number" | "integer" | "boolean" | "null" | "unknown";

/** Everything a tag can say about a value. */
export interface Constraints {
  readonly format?: FormatName | "decimal";
  /** `CustomFormat<"iban">`: written to OpenAPI as is; validators cannot check it. */
  readonly customFormat?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  /** The value must be greater than this. */
  readonly exclusiveMinimum?: number;
  /** The value must be less than this. */
  readonly exclusiveMaximum?: number;
  /** The value must be a multiple of this (> 0). */
  readonly multipleOf?: number;
  readonly pattern?: string;
  /** Human wording of the pattern, from `Pattern<R, Message>`. */
  readonly patternMessage?: string;
  /** For integers; absent: no declared size (`Integer<"unsized">`, OpenAPI `integer` without a format, `INTEGER` in SQL). */
  readonly size?: "int32" | "int64";
  /** For decimals (format `decimal`). */
  readonly precision?: number;
  readonly scale?: number;
}

export interface PrimitiveType {
  readonly kind: "primitive";
  readonly name: PrimitiveName;
  readonly constraints?: Constraints;
}

export interface LiteralType {
  readonly kind: "literal";
  readonly value: string | number | boolean;
}

export interface ArrayType {
  readonly kind: "array";
  readonly items: TypeNode;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** `UniqueItems`: no two items are equal. */
  readonly uniqueItems?: boolean;
}

/** `Record<string, T>`. */
export interface RecordType {
  readonly kind: "record";
  readonly values: TypeNode;
  /** `MinProperties<N>`: at least this many properties. */
  readonly minProperties?: number;
  /** `MaxProperties<N>`: at most this many properties. */
  readonly maxProperties?: number;
}

export interface ObjectType {
  readonly kind: "object";
  readonly properties: readonly FieldNode[];
  /** Named schemas this one extends (`interface A extends B`, `A & B`): OpenAPI `allOf`. */
  readonly extends?: readonly string[];
  /** `Closed`: undeclared properties are rejected (`additionalProperties`/`unevaluatedProperties: false`). */
  readonly closed?: boolean;
  /** `AdditionalProperties<T>`: undeclared properties must be `T` (`additionalProperties` beside `properties`). */
  readonly additionalProperties?: TypeNode;
  /** `MinProperties<N>`: at least this many properties, declared or not. */
  readonly minProperties?: number;
  /** `MaxProperties<N>`: at most this many properties, declared or not. */
  readonly maxProperties?: number;
}

/** A reference to a model, enum or named schema, by its IR name. */
export interface RefType {
  readonly kind: "ref";
  readonly name: string;
  /** What the name refers to. */
  readonly refKind: "model" | "enum" | "schema";
}

export interface UnionType {
  readonly kind: "union";
  readonly variants: readonly TypeNode[];
  /** `OneOf`: a value matches exactly one variant (OpenAPI `oneOf`); otherwise `anyOf`. */
  readonly oneOf?: boolean;
  /** Set when every variant is an object with a literal-typed common property. */
  readonly discriminator?: {
    readonly property: string;
    /** Discriminator value -> variant index in `variants`. */
    readonly mapping: Readonly<Record<string, number>>;
  };
}

export type TypeNode = PrimitiveType | LiteralType | ArrayType | RecordType | ObjectType | RefType | UnionType;

export type Visibility = "normal" | "readOnly" | "writeOnly" | "sensitive" | "internal";

export interface LiteralDefault {
  readonly kind: "literalDefault";
  readonly value: string | number | boolean | null;
}

export interface SqlDefault {
  readonly kind: "sqlDefault";
  readonly expr: "now()" | "gen_random_uuid()";
}

export type DefaultValue = LiteralDefault | SqlDefault;

/** A property of a model or object type. */
export interface FieldNode {
  readonly kind: "field";
  readonly name: string;
  /** Column name after naming; set on model fields only. */
  readonly column?: string;
  /** The value type, without `null`: see `nullable`. */
  readonly type: TypeNode;
  /** Declared with `?`. */
  readonly optional: boolean;
  /** Declared as `T | null`. */
  readonly nullable: boolean;
  readonly visibility: Visibility;
  readonly primaryKey?: boolean;
  readonly unique?: boolean;
  readonly indexed?: boolean;
  readonly default?: DefaultValue;
  /** `Identity` tag: the database generates the value (`GENERATED BY DEFAULT|ALWAYS AS IDENTITY`). */
  readonly identity?: "byDefault" | "always";
  /** Added by an entity option rather than declared. */
  readonly origin?: "timestamps" | "softDelete";
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

// ---------------------------------------------------------------- models

export interface EnumNode {
  readonly kind: "enum";
  readonly name: string;
  readonly values: readonly (string | number)[];
  /** `union` for `'a' | 'b'`, `enum` for a TS enum, `inline` for an unnamed union on a field. */
  readonly source: "union" | "enum" | "inline";
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

export type RelationKind = "belongsTo" | "hasMany" | "hasOne" | "manyToMany";

export interface RelationNode {
  readonly kind: "relation";
  readonly relationKind: RelationKind;
  /** The declaring field's name. */
  readonly name: string;
  /** The related model's name. */
  readonly targetModel: string;
  /** belongsTo: this model's FK field; hasMany/hasOne: the target's FK field. */
  readonly foreignKey?: string;
  /** belongsTo: the target's referenced field (its primary key by default). */
  readonly references?: string;
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
  /** Navigation name for docs and ER labels. */
  readonly as?: string;
  /** manyToMany: explicit join model name. */
  readonly through?: string;
  /** manyToMany: implicit join table name. */
  readonly joinTable?: string;
  /** manyToMany, implicit join table: the column pointing at this model (`follower_id`). */
  readonly joinColumn?: string;
  /** manyToMany, implicit join table: the column pointing at the target (`followee_id`). */
  readonly inverseJoinColumn?: string;
  /** belongsTo: the FK may be null or absent. */
  readonly optional: boolean;
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

export interface IndexNode {
  readonly kind: "index";
  readonly name?: string;
  readonly columns: readonly { readonly field: string; readonly order: "asc" | "desc" }[];
  readonly unique: boolean;
  readonly where?: string;
  readonly loc: SourceLocation;
}

/** A table-level CHECK constraint the spec writes as SQL (`Entity<{ checks: { name: "expr" } }>`). */
export interface CheckNode {
  readonly kind: "check";
  /** Constraint name, as declared. */
  readonly name: string;
  /** One boolean SQL expression, checked by the front end with `sqlExpressionProblem`. */
  readonly expression: string;
  readonly loc: SourceLocation;
}

export interface ModelNode {
  readonly kind: "model";
  readonly name: string;
  /** Table name after naming. */
  readonly table: string;
  /**
   * `Entity<{ schemaName }>`: the model's name in the API (OpenAPI component, validators.ts, GraphQL type)
   * when it differs from `name`, so an API type can take the model's name. Absent: `name`.
   */
  readonly schemaName?: string;
  /** Columns and computed fields, in declaration order (entity-option fields last). */
  readonly fields: readonly FieldNode[];
  readonly relations: readonly RelationNode[];
  readonly indexes: readonly IndexNode[];
  /** Composite unique groups, by field name. */
  readonly uniques: readonly (readonly string[])[];
  /** Table-level CHECK constraints, in declaration order. */
  readonly checks?: readonly CheckNode[];
  readonly softDelete: boolean;
  readonly timestamps: boolean;
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

/** A named non-model type used by endpoints or services. */
export interface SchemaNode {
  readonly kind: "schema";
  /** Its name in the API and every artifact: the TypeScript name, or the one `SchemaName<"…">` gives it. */
  readonly name: string;
  readonly type: TypeNode;
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

// ---------------------------------------------------------------- API

export interface PublicAuthNode {
  readonly kind: "public";
  /** `auth: "optional"`: anonymous callers are served, and credentials are read when sent (the answer may differ). */
  readonly optional?: boolean;
}

export interface AuthenticatedNode {
  readonly kind: "authenticated";
  /** Empty: any authenticated user. */
  readonly roles: readonly string[];
  readonly ownership?: { readonly param: string; readonly field: string; readonly bypass: readonly string[] };
}

export type AuthNode = PublicAuthNode | AuthenticatedNode;

export interface RateLimitNode {
  readonly kind: "rateLimit";
  readonly limit: number;
  readonly windowSeconds: number;
  readonly per: "ip" | "user";
  /** As written, e.g. `5/min per ip`. */
  readonly raw: string;
}

/** A header a response sets (`Response<T, { headers: { ETag: string } }>`). */
export interface ResponseHeaderNode {
  readonly kind: "responseHeader";
  /** As written, e.g. `ETag`, `RateLimit-Remaining`. */
  readonly name: string;
  readonly type: TypeNode;
  /** False when the header is declared optional (`"Retry-After"?: Int`). */
  readonly required: boolean;
  readonly description?: string;
}

/** A named example of a response body. */
export interface ResponseExampleNode {
  readonly kind: "responseExample";
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
}

/** An OpenAPI status range: any status of one class that no response declares by its code. */
export type StatusRange = "1XX" | "2XX" | "3XX" | "4XX" | "5XX";

/** A response's status: a code (100-599), a range (`4XX`), or `default`, every status nothing else declares. */
export type ResponseStatus = number | StatusRange | "default";

export interface ResponseNode {
  readonly kind: "response";
  readonly status: ResponseStatus;
  /**
   * The body type. Absent for a response without a body and for an error
   * response written as a reason (which uses the project's error model).
   */
  readonly type?: TypeNode;
  /** The description: a `Response` option, the reason of an error, or absent (the status's reason phrase). */
  readonly description?: string;
  /** Declared without a body (`Response<void>`, `NoContent`), at any status. */
  readonly noBody?: true;
  /** Media types of the body; absent means `application/json`. */
  readonly contentTypes?: readonly string[];
  /** Bodies in further media types, each with a type of its own (`content: { "application/xml": OrderXml }`). */
  readonly content?: readonly ResponseContentNode[];
  readonly headers?: readonly ResponseHeaderNode[];
  readonly examples?: readonly ResponseExampleNode[];
}

/** A response body in one media type whose schema differs from the response's main body. */
export interface ResponseContentNode {
  readonly kind: "responseContent";
  readonly mediaType: string;
  readonly type: TypeNode;
}

/** An `errorBody` option: a body type, or `void` for error responses without a body. */
export interface ErrorBodyNode {
  readonly kind: "errorBody";
  /** Absent: error responses have no body. */
  readonly type?: TypeNode;
}

export interface PaginationNode {
  readonly kind: "pagination";
  /** `page`: page and limit parameters; `limitOffset`: limit and offset; `cursor`: an opaque cursor and limit. */
  readonly style: "page" | "limitOffset" | "cursor";
  /** Cursor style: the next page's cursor is in the body (`pagination.next_cursor`) or in a `Link: <…>; rel="next"` header. */
  readonly next?: "body" | "link";
  readonly defaultLimit: number;
  readonly maxLimit: number;
}

/** The service method an endpoint delegates to. */
/**
 * Security alternatives as written (`security: ["apiKey", { oauth: ["read"] }]`):
 * any one requirement suffices; a requirement needs all of its schemes, each with
 * the listed scopes; `{}` lets anonymous callers in.
 */
export type SecurityRequirementList = readonly Readonly<Record<string, readonly string[]>>[];

/** An OpenAPI `externalDocs` object. */
export interface ExternalDocs {
  readonly url: string;
  readonly description?: string;
}

/** An operation's own OpenAPI server (`servers` on an endpoint). */
export interface OperationServer {
  readonly url: string;
  readonly description?: string;
}

export interface HandlerNode {
  readonly kind: "handler";
  readonly service: string;
  readonly method: string;
}

/** The request body's media types and whether it must be sent, as declared (`bodyContentType`, `bodyRequired`, `bodyEncoding`). */
export interface RequestBodyOptions {
  /** Media types, in declared order; absent means `application/json`. */
  readonly bodyContentTypes?: readonly string[];
  /** Declared `bodyRequired`; absent means required unless every field of the body is optional. */
  readonly bodyRequired?: boolean;
  /** Per-part content types of a multipart or form body, by property name. */
  readonly bodyEncoding?: readonly { readonly part: string; readonly contentTypes: readonly string[] }[];
}

/**
 * An HTTP request the API sends rather than receives: a webhook (OpenAPI 3.1 `webhooks`)
 * or an endpoint's callback. `responses` are what the receiver answers.
 */
export interface OutgoingRequest extends RequestBodyOptions {
  readonly name: string;
  readonly method: HttpMethod;
  readonly headers?: readonly FieldNode[];
  readonly body?: TypeNode;
  readonly responses: readonly ResponseNode[];
  /** How the API authenticates to the receiver, as declared; absent: no credentials. */
  readonly security?: SecurityRequirementList;
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

/** A property of a `Webhooks` interface: `orderPaid: Webhook<{ body: OrderPaid; responses: { 200: "Received" } }>`. */
export interface WebhookNode extends OutgoingRequest {
  readonly kind: "webhook";
  /** The declaring `Webhooks` group's name. */
  readonly group: string;
  /** OpenAPI tag; the group's. */
  readonly tag: string;
}

/** `callbacks: { onPaid: Callback<"{$request.body#/callbackUrl}", { … }> }` on an endpoint. */
export interface CallbackNode extends OutgoingRequest {
  readonly kind: "callback";
  /** OpenAPI runtime expression for the URL the API calls. */
  readonly expression: string;
}

export interface EndpointNode extends RequestBodyOptions {
  readonly kind: "endpoint";
  /** Operation name: the property name, unique per project. */
  readonly name: string;
  /** The declaring API group's name. */
  readonly api: string;
  readonly method: HttpMethod;
  /** Full path with prefix, `:param` style. */
  readonly path: string;
  readonly params: readonly FieldNode[];
  readonly query: readonly FieldNode[];
  /** Header parameters (`headers: { "X-Request-Id"?: UUID }`), names as written. */
  readonly headers?: readonly FieldNode[];
  /** Cookie parameters. */
  readonly cookies?: readonly FieldNode[];
  readonly body?: TypeNode;
  readonly responses: readonly ResponseNode[];
  /** The error body of this endpoint's error responses (`errorBody` option); absent: the group's, then the project's. */
  readonly errorBody?: ErrorBodyNode;
  /** `automaticResponses` as declared: `false` means exactly the declared responses; absent: the group's, then the errors config's. */
  readonly automaticResponses?: boolean;
  readonly auth: AuthNode;
  /** Declared on the endpoint; absent: the group's, then the auth config's default. */
  readonly security?: SecurityRequirementList;
  /** Tags in addition to the group's. */
  readonly tags?: readonly string[];
  /** The declared OpenAPI `operationId`; absent: the name. */
  readonly operationId?: string;
  readonly externalDocs?: ExternalDocs;
  /** The operation's own servers, as declared; absent: the document's. */
  readonly servers?: readonly OperationServer[];
  /** OpenAPI `x-` extensions of the operation, as written. */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** Requests the API makes back to the caller, in declaration order. */
  readonly callbacks?: readonly CallbackNode[];
  readonly rateLimit?: RateLimitNode;
  readonly pagination?: PaginationNode;
  readonly handler?: HandlerNode;
  readonly docs: Docs;
  readonly loc: SourceLocation;
  /** Where each option is written (`path`, `responses`, `auth`, …), so a diagnostic points at the faulty option. */
  readonly locs?: Readonly<Record<string, SourceLocation>>;
}

export interface ApiNode {
  readonly kind: "api";
  readonly name: string;
  readonly prefix: string;
  readonly tag: string;
  /** The error body of the group's error responses (`errorBody` option); absent: the project's. */
  readonly errorBody?: ErrorBodyNode;
  /** Security of the group's endpoints that declare none. */
  readonly security?: SecurityRequirementList;
  /** The tag's `externalDocs`. */
  readonly externalDocs?: ExternalDocs;
  /** `automaticResponses` as declared on the group; absent: the errors config's. */
  readonly automaticResponses?: boolean;
  readonly endpoints: readonly EndpointNode[];
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

// ---------------------------------------------------------------- services

export interface ThrowsNode {
  readonly kind: "throws";
  readonly error: string;
  readonly when: string;
}

export interface ServiceMethodNode {
  readonly kind: "serviceMethod";
  readonly name: string;
  readonly params: readonly FieldNode[];
  /** Resolved `Promise<T>` payload; absent for `void`. */
  readonly returns?: TypeNode;
  readonly async: boolean;
  readonly throws: readonly ThrowsNode[];
  readonly transactional: boolean;
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

export interface DependencyNode {
  readonly kind: "dependency";
  readonly name: string;
  /** What the injected name is. */
  readonly dependencyKind: "service" | "model" | "integration" | "job" | "cache" | "unknown";
}

export interface ServiceNode {
  readonly kind: "service";
  readonly name: string;
  readonly methods: readonly ServiceMethodNode[];
  readonly dependencies: readonly DependencyNode[];
  readonly transactional: boolean;
  readonly docs: Docs;
  readonly loc: SourceLocation;
}

// ---------------------------------------------------------------- config

/** A config section read from `const x = { … } satisfies XConfig`. */
export interface ConfigSection<T> {
  readonly kind: "config";
  /** The exported const's name. */
  readonly name: string;
  readonly value: T;
  readonly loc: SourceLocation;
  /** Location of each property, keyed by dotted path (`accessToken.ttl`). */
  readonly locs: Readonly<Record<string, SourceLocation>>;
}

export interface ConfigSections {
  readonly auth?: ConfigSection<AuthConfig>;
  readonly errors?: ConfigSection<ErrorsConfig>;
  readonly integrations?: ConfigSection<IntegrationsConfig>;
  readonly jobs?: ConfigSection<JobsConfig>;
  readonly caching?: ConfigSection<CachingConfig>;
  readonly logging?: ConfigSection<LoggingConfig>;
  readonly monitoring?: ConfigSection<MonitoringConfig>;
  readonly performance?: ConfigSection<PerformanceConfig>;
  readonly security?: ConfigSection<SecurityConfig>;
  readonly testing?: ConfigSection<TestingConfig>;
  readonly deployment?: ConfigSection<DeploymentConfig>;
}

export type ConfigSectionName = keyof ConfigSections;

// ---------------------------------------------------------------- project

/** A requirement from the PRD (`FR-3`). */
export interface RequirementNode {
  readonly kind: "requirement";
  readonly id: string;
  readonly title: string;
  readonly loc: SourceLocation;
}

export interface ProjectNode {
  readonly kind: "project";
  readonly name: string;
  readonly language: string;
  /** Prerequisite documents found (PRD, architecture, tech stack), relative paths. */
  readonly documents: readonly string[];
  readonly requirements: readonly RequirementNode[];
  /** Database named by tech-stack.md, when it names one. */
  readonly database?: string;
}

export interface SpecIR {
  readonly kind: "spec";
  readonly formatVersion: typeof IR_FORMAT_VERSION;
  readonly project: ProjectNode;
  readonly models: readonly ModelNode[];
  readonly enums: readonly EnumNode[];
  readonly schemas: readonly SchemaNode[];
  readonly apis: readonly ApiNode[];
  readonly services: readonly ServiceNode[];
  /** Webhooks, by group in declaration order (OpenAPI 3.1 `webhooks`). */
  readonly webhooks?: readonly WebhookNode[];
  readonly config: ConfigSections;
}

/** Every node of the IR; each `kind` names exactly one node type. */
export type IRNode =
  | SpecIR
  | ProjectNode
  | RequirementNode
  | ModelNode
  | FieldNode
  | LiteralDefault
  | SqlDefault
  | RelationNode
  | IndexNode
  | CheckNode
  | EnumNode
  | SchemaNode
  | ApiNode
  | EndpointNode
  | WebhookNode
  | CallbackNode
  | ResponseNode
  | ResponseHeaderNode
  | ResponseExampleNode
  | ResponseContentNode
  | ErrorBodyNode
  | PublicAuthNode
  | AuthenticatedNode
  | RateLimitNode
  | PaginationNode
  | HandlerNode
  | ServiceNode
  | DependencyNode
  | ServiceMethodNode
  | ThrowsNode
  | ConfigSection<unknown>
  | TypeNode;

export type IRNodeKind = IRNode["kind"];

export { getModel, type Navigation, type Reference, type SemanticModel } from "./semantic-model";
export { irIndex, type IrIndex } from "./ir-index";
export { recordingIndex } from "./recording-map";
export { nodeReuse, setNodeReuse } from "./node-cache";
export { fieldsReachedBy, modelsReachedBy, type FieldVisit, type ReachOptions } from "./reachable";
export {
  belongsToFor,
  findField,
  inverseRelation,
  isNavigation,
  navigationNames,
  navigations,
  primaryKeyFields,
  referencedField,
  storedFields,
} from "./entities";
export { endpointRoute, parseRoute, routeKey, splitPathSuffix, type Route, type RouteSegment } from "./route";
export {
  automaticResponses,
  defaultErrorBody,
  effectiveResponses,
  errorContext,
  isErrorStatus,
  reasonPhrase,
  responseMediaTypes,
  type EffectiveResponse,
  type ErrorBodySource,
  type ErrorContext,
  type ErrorFormat,
  type ResponseOrigin,
} from "./responses";
export { isHidden, requestVisibleFields, responseHiddenFields, responseVisibleFields } from "./visibility";
// The relational table model: what schema.sql creates, shared by SQL, Mermaid, markdown and the checker.
export { buildTableModel, UPDATED_AT_FUNCTION } from "./relational/build-tables";
export type { SqlConfig } from "./relational/context";
export { Dialect, PostgresDialect, postgresDialect, quoteIdent } from "./relational/dialect";
export { columnList, fnv1a, shortenIdentifier } from "./relational/identifiers";
export * from "./relational/model";
export { foreignKeyLines, renderCreateIndex, renderForeignKey, type RenderOptions } from "./relational/statements";
export { buildSourceTables, type SourceColumn, type SourceForeignKey, type SourceTable, type SourceTables } from "./relational/source-tables";
// JSON Schemas per type: what openapi, TypeBox and markdown print.
export { buildJsonSchemas, resolveSchema, type BuildJsonSchemasOptions, type JsonSchemaSet } from "./json-schema/schemas";
export {
  cloneJson,
  COMPONENT_PREFIX,
  ref,
  refTarget,
  schemaRefs,
  VALIDATION_KEYWORDS,
  type JsonSchema,
  type OpenApiVersion,
} from "./json-schema/json-schema";
export { downgradeSchema } from "./json-schema/downgrade";
export { ENVELOPE_PREFIX, hasEnvelope, LINK_HEADER, type ParameterSchema } from "./json-schema/pagination";
export {
  configErrorExamples,
  ERROR_RESPONSE,
  errorCode,
  PROBLEM_DETAILS,
  problemExample,
  reasonErrorExample,
  type ErrorExampleObject,
} from "./json-schema/errors";
export { decimalPattern } from "./json-schema/type-schema";
export type { OutgoingSchemas } from "./json-schema/requests";
// The ER diagram of the table model: er.mmd and the markdown spec's diagram.
export { cardinality, emitErDiagram, tablesForTag, type ErDiagramOptions } from "./diagram/er-diagram";
export { mermaidAttribute, mermaidEntity, mermaidText, mermaidType, tagSlug } from "./diagram/sanitize";
export { modelsByTag, modelsUsedBy } from "./diagram/tag-models";
// The semantic comparison of two OpenAPI documents: the importer's round trip and the breaking-change diff.
export { compareOpenApi, serverBasePath, type OpenApiDifference, type DifferenceKind, type DifferenceContext } from "./openapi-compare";
export {
  allowsAnonymous,
  BEARER_SCHEME,
  declaredSchemes,
  declaredSecurity,
  defaultSecurity,
  effectiveSecurity,
  hasDeclaredSecurity,
  implicitAccessScheme,
  knownSchemes,
  normalizeRequirement,
  flowUrls,
  oauthFlows,
  oauthScopes,
  type OAuthFlow,
  REFRESH_COOKIE_SCHEME,
  SESSION_SCHEME,
} from "./security";

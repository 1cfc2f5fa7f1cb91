/**
 * Names an imported declaration must not take: the DSL's own exports (an
 * imported schema named `Format` or `Response` would collide with the
 * `import type { … } from "specloom"` line), the globals a spec refers to, and
 * the names the targets reserve (core's `reservedTypeNameReason`).
 */
import { reservedTypeNameReason } from "@specloom/core";

/** Every type the `specloom` package exports; tests/import-openapi keeps this list equal to the package's. */
export const SPECLOOM_EXPORTS: readonly string[] = (
  "AdditionalProperties Api ApiKeyScheme OneOf ApiOptions AuthConfig AuthRule BelongsTo BelongsToOptions BigInt64 BigSerial Binary CacheEntryConfig CachingConfig " +
  "Callback Closed Column CustomFormat DateOnly DateTime Decimal Default DeploymentConfig Duration Email Endpoint EndpointOptions Entity " +
  "EntityOptions EnvRef ErrorExample ErrorsConfig ExclusiveMaximum ExclusiveMinimum ExternalDocs Format FormatName HasMany HasOne HasOptions " +
  "HttpBasicScheme HttpBearerScheme HttpMethod Identity IndexColumn IndexOptions Indexed Int Integer IntegrationConfig IntegrationsConfig " +
  "Internal JobConfig JobsConfig Json LogLevel LoggingConfig ManyToMany ManyToManyOptions MaxItems MaxLength MaxProperties Maximum MediaType MinItems " +
  "MinLength MinProperties Minimum MonitoringConfig MultipleOf NoContent NoRetry OAuth2Scheme OAuthFlows OAuthScopes OpenIdConnectScheme OperationServer Ownership " +
  "Paginated Pagination PartEncoding Pattern PerformanceConfig Phone Precision PrimaryKey RateLimit ReadOnly ReferentialAction " +
  "RequestBodyOptions Response ResponseExample ResponseOptions Responses RetryPolicy SchemaName SecurityConfig SecurityRequirement SecurityScheme " +
  "Sensitive Serial Service ServiceOptions SqlDefault TagOf TestingConfig UUID Unique UniqueItems Url Webhook WebhookOptions Webhooks WriteOnly"
).split(" ");

/** Globals and TypeScript's utility types, which a declaration of the same name would shadow. */
const GLOBALS = "Date Map Set Array Object String Number Boolean Promise Record Error Partial Pick Omit Required Readonly Exclude Extract".split(" ");

const RESERVED = new Set([...SPECLOOM_EXPORTS, ...GLOBALS]);

export const isReservedName = (name: string): boolean => RESERVED.has(name) || reservedTypeNameReason(name, true) !== undefined;

/** `name` itself when it is free, else `name` + `suffix`, else the suffix in front (`PaginatedRun` → `SchemaPaginatedRun`). */
export function unreservedName(name: string, suffix: string): string {
  for (const candidate of [name, `${name}${suffix}`, `${suffix}${name}`]) if (!isReservedName(candidate)) return candidate;
  return `${suffix}${name}${suffix}`;
}

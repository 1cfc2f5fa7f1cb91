/**
 * Value types of the IR's config sections (`SpecIR.config.<section>.value`) and
 * the small enums the IR nodes use. They are part of the IR contract: the
 * published IR schema is generated from them, and changing them is an IR
 * change (see DEVELOPING.md, "IR format version"). The authoring package
 * (`specloom`) declares what spec authors write; tests/contract-types.test.ts
 * checks that its types stay consistent with these.
 */

/** Formats understood by every emitter: strings, and `float`/`double`/`int64` on numbers (`int64` also on strings). */
export type FormatName =
  | "uuid"
  | "email"
  | "url"
  | "uri"
  | "date-time"
  | "date"
  | "phone"
  | "password"
  | "binary"
  | "byte"
  | "hostname"
  | "ipv4"
  | "ipv6"
  | "int64"
  | "float"
  | "double";

/** HTTP methods an endpoint may use: every method an OpenAPI 3.1 path item has. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";

/** Foreign-key actions (`ON DELETE` / `ON UPDATE`). */
export type ReferentialAction = "cascade" | "restrict" | "set null" | "set default" | "no action";

/** `"15m"`, `"7d"`, `"30s"`, `"1h"`, `"500ms"`. */
export type Duration = `${number}${"ms" | "s" | "m" | "h" | "d"}`;

/** A secret or setting read from the environment. Never inline the value. */
export interface EnvRef {
  readonly env: string;
  /** What the variable holds, for `.env.example` and the docs. */
  readonly description?: string;
  /** A non-secret example value for `.env.example`. */
  readonly example?: string;
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly backoff?: "fixed" | "exponential";
  readonly delay?: Duration;
}

/** An explicit "no retry", which needs a reason. */
export interface NoRetry {
  readonly none: true;
  readonly reason: string;
}

/** A named security scheme (OpenAPI `components.securitySchemes`); `description` is shown in the docs. */
export type SecurityScheme = HttpBearerScheme | HttpBasicScheme | ApiKeyScheme | OAuth2Scheme | OpenIdConnectScheme;

export interface HttpBearerScheme {
  readonly type: "http";
  readonly scheme: "bearer";
  /** What the token is, e.g. `JWT`. */
  readonly bearerFormat?: string;
  readonly description?: string;
}

export interface HttpBasicScheme {
  readonly type: "http";
  readonly scheme: "basic";
  readonly description?: string;
}

export interface ApiKeyScheme {
  readonly type: "apiKey";
  readonly in: "header" | "query" | "cookie";
  /** Header, query parameter or cookie name. */
  readonly name: string;
  /** Text before the key in a header, e.g. `Token` for `Authorization: Token <jwt>`. */
  readonly prefix?: string;
  readonly description?: string;
}

/** OAuth 2.0 scopes and what each grants. */
export type OAuthScopes = Readonly<Record<string, string>>;

export interface OAuthFlows {
  readonly authorizationCode?: {
    readonly authorizationUrl: string;
    readonly tokenUrl: string;
    readonly refreshUrl?: string;
    readonly scopes: OAuthScopes;
  };
  readonly clientCredentials?: { readonly tokenUrl: string; readonly refreshUrl?: string; readonly scopes: OAuthScopes };
  readonly implicit?: { readonly authorizationUrl: string; readonly refreshUrl?: string; readonly scopes: OAuthScopes };
  readonly password?: { readonly tokenUrl: string; readonly refreshUrl?: string; readonly scopes: OAuthScopes };
}

export interface OAuth2Scheme {
  readonly type: "oauth2";
  readonly flows: OAuthFlows;
  readonly description?: string;
}

export interface OpenIdConnectScheme {
  readonly type: "openIdConnect";
  /** OpenID Connect discovery URL. */
  readonly url: string;
  readonly description?: string;
}

/**
 * One way to authenticate: a scheme name, or an object whose schemes are all
 * required together, each with its scopes (`{ oauth: ["read:pets"], apiKey: [] }`).
 * `{}` lets anonymous callers in.
 */
export type SecurityRequirement = string | Readonly<Record<string, readonly string[]>>;

export interface AuthConfig {
  readonly strategy: "jwt" | "session" | "oauth";
  readonly algorithm?: "HS256" | "HS384" | "HS512" | "RS256" | "ES256";
  readonly secret?: EnvRef;
  readonly accessToken: { readonly ttl: Duration };
  readonly refreshToken?: {
    readonly ttl: Duration;
    /** Cookie that carries the refresh token, when cookies are used. */
    readonly cookie?: string;
  };
  readonly storage?: readonly string[];
  readonly passwordHashing: { readonly algorithm: "bcrypt" | "argon2id" | "scrypt"; readonly rounds?: number };
  /** Roles, least privileged first. */
  readonly roles: readonly string[];
  /** JWT claims and their meaning. */
  readonly jwtPayload?: Readonly<Record<string, { readonly type: string; readonly description?: string }>>;
  readonly socialProviders?: readonly string[];
  /** Named security schemes; none declared means the strategy's own (a JWT bearer token by default). */
  readonly schemes?: Readonly<Record<string, SecurityScheme>>;
  /** Alternatives for every authenticated endpoint that declares no `security` (its Api group's first). */
  readonly defaultSecurity?: readonly SecurityRequirement[];
}

export interface ErrorExample {
  readonly status: number;
  readonly title: string;
  readonly code: string;
  readonly message: string;
  readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
}

export interface ErrorsConfig {
  /** Machine-readable codes by status, e.g. `{ 400: 'VALIDATION_ERROR' }`. */
  readonly codes?: Readonly<Record<number, string>>;
  readonly examples?: readonly ErrorExample[];
  /**
   * The body of every error response: the seed's `{ error: { code, message, … } }` (`"specloom"`, the default)
   * or RFC 7807 `application/problem+json` (`"problem+json"`).
   */
  readonly format?: "specloom" | "problem+json";
  /** The name of a declared type used as the error body instead of a built-in format, e.g. `"ApiError"`. */
  readonly model?: string;
  /**
   * `false`: endpoints answer exactly their declared responses (OpenAPI's reading), with no automatic 401, 403 or
   * 429; a group or endpoint may turn them back on. Default `true`.
   */
  readonly automaticResponses?: boolean;
}

export interface IntegrationConfig {
  readonly name: string;
  readonly purpose: string;
  readonly provider?: string;
  readonly auth?: { readonly method: "api-key" | "bearer" | "basic" | "oauth2"; readonly credentials: EnvRef };
  readonly env?: readonly EnvRef[];
  readonly settings?: Readonly<Record<string, string | number | boolean>>;
  readonly endpointsUsed?: readonly string[];
  readonly rateLimit?: string;
  readonly retry?: RetryPolicy | NoRetry;
  readonly errorHandling?: readonly string[];
  readonly webhooks?: readonly {
    readonly path: string;
    readonly events: readonly string[];
    readonly verifySignature?: boolean;
    readonly secret?: EnvRef;
  }[];
  readonly uses?: readonly string[];
}

export type IntegrationsConfig = Readonly<Record<string, IntegrationConfig>>;

export interface JobConfig {
  readonly name: string;
  readonly purpose?: string;
  readonly trigger: { readonly cron: string; readonly timezone?: string } | { readonly event: string };
  readonly input?: Readonly<Record<string, string>>;
  readonly steps: readonly string[];
  readonly retry: RetryPolicy | NoRetry;
  readonly timeout?: Duration;
  readonly logging?: readonly string[];
  /** Models, integrations or cache keys the job touches. */
  readonly uses?: readonly string[];
}

export type JobsConfig = Readonly<Record<string, JobConfig>>;

export interface CacheEntryConfig {
  readonly name: string;
  /** Key template; `{user_id}` placeholders. */
  readonly key: string;
  readonly ttl: Duration;
  /** Events such as `user.updated`; `<model>.<created|updated|deleted>` refer to models. */
  readonly invalidateOn: readonly string[];
  readonly description?: string;
}

export interface CachingConfig {
  readonly store: "redis" | "memcached" | "in-memory" | "cdn";
  readonly connection?: EnvRef;
  readonly entries: readonly CacheEntryConfig[];
}

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface LoggingConfig {
  readonly format: "json" | "text";
  readonly levels: readonly LogLevel[];
  readonly log: readonly string[];
  /** Excluded in addition to every field tagged `Sensitive`. */
  readonly exclude: readonly string[];
  readonly example?: Readonly<Record<string, string | number | boolean>>;
}

export interface MonitoringConfig {
  readonly health: { readonly path: string; readonly response?: string };
  readonly metrics: readonly string[];
  readonly alerts: readonly { readonly condition: string; readonly for?: Duration }[];
}

export interface PerformanceConfig {
  readonly practices: Readonly<Record<string, string>>;
}

export interface SecurityConfig {
  readonly practices: Readonly<Record<string, string>>;
}

export interface TestingConfig {
  readonly levels: Readonly<Record<string, string>>;
  readonly coverageTarget: number;
}

export interface DeploymentConfig {
  /** Variables not declared by any other section (`NODE_ENV`, `PORT`, `DATABASE_URL`). */
  readonly env: readonly EnvRef[];
  readonly migrations: readonly string[];
}

import type { Int } from "./tags";
import type { SecurityRequirement } from "./config";

/** An OpenAPI `externalDocs` object. */
export interface ExternalDocs {
  readonly url: string;
  readonly description?: string;
}

/** An OpenAPI Server Object of one operation: where it is served when not at the document's servers. */
export interface OperationServer {
  readonly url: string;
  readonly description?: string;
}

/** HTTP methods an endpoint may use: every method an OpenAPI 3.1 path item has. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";

export interface ApiOptions {
  /** Path prefix for every endpoint of the group, e.g. `/api/users`. */
  readonly prefix?: string;
  /** OpenAPI tag and backend-spec.md section title; defaults to the interface name. */
  readonly tag?: string;
  /** The body of the group's error responses (a type, or `void` for none); default: the project's (`errors.format`/`errors.model`). */
  readonly errorBody?: unknown;
  /** Security of the group's endpoints that declare none (alternatives; see `EndpointOptions.security`). */
  readonly security?: readonly SecurityRequirement[];
  /** External documentation of the group's tag. */
  readonly externalDocs?: ExternalDocs;
  /** `false`: the group's endpoints answer exactly the declared responses (no automatic 401/403/429); default: the project's. */
  readonly automaticResponses?: boolean;
}

/** Groups endpoints: `interface UsersApi extends Api<{ prefix: '/api/users'; tag: 'Users' }>`. */
export interface Api<O extends ApiOptions = {}> {
  readonly "specloom.api"?: O;
}

/** Resource ownership: the caller must own the row the path parameter names. */
export interface Ownership {
  /** Path parameter that identifies the resource. */
  readonly param: string;
  /** Field of the resource holding the owner's user id; `id` means the user itself. */
  readonly field?: string;
  /** Roles that may act on any resource, not just their own. */
  readonly bypass?: readonly string[];
}

/**
 * Who may call: `"public"` (no credentials), `"optional"` (anonymous callers
 * served, credentials read when sent), `"authenticated"`, or roles and ownership.
 * Roles are authorization; OAuth scopes belong in `security`.
 */
export type AuthRule = "public" | "optional" | "authenticated" | { readonly roles?: readonly string[]; readonly ownership?: Ownership };

/** `"5/min per ip"`, `"100/hour per user"`. */
export type RateLimit = `${number}/${"s" | "sec" | "min" | "hour" | "day"} per ${"ip" | "user"}`;

export interface Pagination {
  /**
   * `"page"` (default): `page` and `limit` parameters, a `{ data, pagination: { page, limit, total, total_pages } }` body;
   * `"limitOffset"`: `limit` and `offset`; `"cursor"`: an opaque `cursor` and `limit`.
   * `"offset"` is the old name of `"page"` (same output, with a warning).
   */
  readonly style?: "page" | "limitOffset" | "cursor" | "offset";
  /** Cursor style: `"body"` (default) returns `pagination.next_cursor`; `"link"` returns the list as is with a `Link: <…>; rel="next"` header. */
  readonly next?: "body" | "link";
  readonly defaultLimit?: number;
  readonly maxLimit?: number;
}

/** Marks a response without a body (204). Same as `Response<void>`. */
export interface NoContent {
  readonly "specloom.noContent"?: true;
}

/** A named example of a response body; `summary` is a one-line title. */
export interface ResponseExample {
  readonly summary?: string;
  readonly value: unknown;
}

export interface ResponseOptions {
  /** The response's description; defaults to the status's reason phrase (`OK`, `Created`, …). */
  readonly description?: string;
  /** Headers the response sets, by name: `{ ETag: string; "Retry-After"?: Int }` (`?`: not always sent). */
  readonly headers?: object;
  /** Media type(s) of the body; default `application/json`. `"text/csv"`, `["application/json", "application/xml"]`. */
  readonly contentType?: string | readonly string[];
  /**
   * Bodies in further media types whose schema differs from the main body's, by media type:
   * `{ "application/xml": OrderXml; "application/pdf": Binary }`.
   */
  readonly content?: object;
  /** Named examples of the body: `{ minimal: { summary: "Only required fields"; value: { id: "…" } } }`. */
  readonly examples?: { readonly [name: string]: ResponseExample };
}

/**
 * A response at any status: `Response<User, { description: "The user"; headers: { ETag: string } }>`,
 * `Response<void, { headers: { Location: Url } }>` (no body), `Response<ValidationErrors>` on an error status.
 */
export interface Response<Body = void, O extends ResponseOptions = {}> {
  readonly "specloom.response"?: O;
  readonly "specloom.responseBody"?: { readonly body: Body };
}

/**
 * Responses by status code. A status maps to its body type, to `Response<Body, options>`, to `NoContent`, or (an
 * error) to a reason string, which uses the project's error body. As in OpenAPI, a range (`"4XX"`, uppercase X)
 * answers every status of its class that no code names, and `default` every status nothing else names (an error:
 * a reason string there uses the error body too).
 */
export type Responses = {
  readonly [status: number]: unknown;
  readonly default?: unknown;
  readonly "1XX"?: unknown;
  readonly "2XX"?: unknown;
  readonly "3XX"?: unknown;
  readonly "4XX"?: unknown;
  readonly "5XX"?: unknown;
};

/**
 * A request body's media type: JSON (the default), a multipart form (file fields typed `Binary`),
 * a URL-encoded form, or any other `type/subtype`.
 */
export type MediaType = "application/json" | "multipart/form-data" | "application/x-www-form-urlencoded" | (string & {});

/** How one part of a multipart or form body is encoded (OpenAPI `encoding`). */
export interface PartEncoding {
  /** `"image/png"`, or several accepted types. */
  readonly contentType: MediaType | readonly MediaType[];
}

/** The request body and its media types, shared by endpoints, webhooks and callbacks. */
export interface RequestBodyOptions {
  readonly body?: unknown;
  /** `"multipart/form-data"`, `"application/x-www-form-urlencoded"`, any media type, or a list; JSON by default. */
  readonly bodyContentType?: MediaType | readonly MediaType[];
  /** Whether the body must be sent; by default it is required unless every field is optional. */
  readonly bodyRequired?: boolean;
  /** Content type per part of a multipart body: `{ avatar: { contentType: ["image/png", "image/jpeg"] } }`. */
  readonly bodyEncoding?: { readonly [part: string]: PartEncoding };
  /** Header parameters: `{ "Idempotency-Key": UUID; "X-Trace-Id"?: string }`; names are HTTP tokens. */
  readonly headers?: object;
}

/** What a webhook or callback request looks like; its `responses` are what the receiver answers. */
export interface WebhookOptions extends RequestBodyOptions {
  /** `POST` by default. */
  readonly method?: HttpMethod;
  readonly responses: Responses;
  /** How the API authenticates to the receiver: schemes of the auth config, as alternatives. None by default. */
  readonly security?: readonly SecurityRequirement[];
}

/** A request the API sends to its subscribers: a property of a `Webhooks` interface. JSDoc describes it. */
export interface Webhook<O extends WebhookOptions> {
  readonly "specloom.webhook"?: O;
}

/** Groups webhooks (OpenAPI 3.1 `webhooks`): `interface OrderEvents extends Webhooks<{ tag: "Orders" }>`. */
export interface Webhooks<O extends { readonly tag?: string } = {}> {
  readonly "specloom.webhooks"?: O;
}

/**
 * A request the API makes back to the caller of an endpoint (OpenAPI `callbacks`), to the URL
 * named by a runtime expression: `Callback<"{$request.body#/callbackUrl}", { body: Paid; responses: { 200: "Received" } }>`.
 */
export interface Callback<Url extends string, O extends WebhookOptions> {
  readonly "specloom.callback"?: { readonly url: Url; readonly options: O };
}

export interface EndpointOptions extends RequestBodyOptions {
  readonly method: HttpMethod;
  /** Relative to the group's prefix; parameters as `:id`; may end in a `?query` or `#fragment` kept in the OpenAPI path (`"/:arn#tagKeys"`). */
  readonly path: string;
  readonly params?: object;
  readonly query?: object;
  /** Cookie parameters: `{ theme?: "light" | "dark" }`. */
  readonly cookies?: object;
  /** Requests the API makes back to the caller: `{ onPaid: Callback<"{$request.body#/callbackUrl}", { … }> }`. */
  readonly callbacks?: { readonly [name: string]: Callback<string, WebhookOptions> };
  readonly responses: Responses;
  /** The body of this endpoint's error responses (a type, or `void` for none); default: the group's. */
  readonly errorBody?: unknown;
  /**
   * `false`: exactly the declared responses, as in OpenAPI; no automatic 401 (authentication), 403 (roles,
   * ownership) or 429 (rate limit). Default: the group's, then the errors config's, else `true`.
   */
  readonly automaticResponses?: boolean;
  readonly auth: AuthRule;
  /**
   * How callers authenticate, as alternatives: a scheme name of the auth config's
   * `schemes`, or `{ oauth: ["read:pets"], apiKey: [] }` to require schemes together
   * with scopes. `{}` admits anonymous callers (with `auth: "optional"`).
   * Default: the Api group's `security`, then the auth config's `defaultSecurity`.
   */
  readonly security?: readonly SecurityRequirement[];
  /** OpenAPI tags in addition to the group's. */
  readonly tags?: readonly string[];
  /**
   * The OpenAPI `operationId` (SDK generators name methods by it), when it is not the property name:
   * `"chat.spaces.list"`, `"get-user"`. Unique across the project, like the names.
   */
  readonly operationId?: string;
  readonly externalDocs?: ExternalDocs;
  /** The operation's own servers (OpenAPI `servers`), replacing the document's for it: `[{ url: "https://upload.example.com" }]`. */
  readonly servers?: readonly OperationServer[];
  /** OpenAPI `x-` extensions of the operation: `{ "x-codeSamples": [...] }`. */
  readonly extensions?: { readonly [key: `x-${string}`]: unknown };
  readonly rateLimit?: RateLimit;
  readonly pagination?: Pagination | true;
  /** The service method that implements it: `"UserService.createUser"`. */
  readonly handler?: string;
}

/** One HTTP endpoint; a property of an `Api` interface. JSDoc describes it. */
export interface Endpoint<O extends EndpointOptions> {
  readonly "specloom.endpoint"?: O;
}

export interface ServiceOptions {
  /** Services, models, integrations, jobs or cache entries this service uses. */
  readonly dependencies?: readonly unknown[];
  /** Every method runs in one database transaction. */
  readonly transactional?: boolean;
}

/**
 * A business-logic service: an interface of methods. Document errors with
 * `@throws ErrorName when …` and single transactional methods with `@transactional`.
 */
export interface Service<O extends ServiceOptions = {}> {
  readonly "specloom.service"?: O;
}

/** The standard paginated envelope; `Paginated<User>` is named `PaginatedUser`. */
export interface Paginated<T> {
  data: T[];
  pagination: {
    page: Int;
    limit: Int;
    total: Int;
    total_pages: Int;
  };
}

/**
 * Shared error responses (`components/responses`): one per status and error body, referenced by every operation
 * that answers it, the automatic 401/403/429 included. A large API repeats the same few errors hundreds of times;
 * sharing them states each once. OpenAPI 3.1 lets a reference override the description, so an endpoint's own
 * reason ("User not found") stays on its operation; 3.0 ignores siblings of `$ref`, so there each distinct reason
 * is a component of its own (`NotFound2`), shared by the endpoints that give the same reason.
 */
import { compareStatuses, pascalCase, sameJson, type ResponseStatus, type SpecIR } from "@specloom/core";
import type { ExampleObject, MediaTypeObject, ReferenceObject, ResponseObject } from "openapi3-ts/oas31";
import {
  ERROR_RESPONSE,
  errorCode,
  PROBLEM_DETAILS,
  problemExample,
  reasonErrorExample,
  reasonPhrase,
  ref,
  responseMediaTypes,
  type EffectiveResponse,
  type JsonSchema,
  type OpenApiVersion,
} from "@specloom/model";

export const RESPONSE_PREFIX = "#/components/responses/";

/** Conventional names of error statuses, as component names. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "Unauthorized",
  402: "PaymentRequired",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  406: "NotAcceptable",
  408: "RequestTimeout",
  409: "Conflict",
  410: "Gone",
  412: "PreconditionFailed",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  422: "UnprocessableEntity",
  423: "Locked",
  428: "PreconditionRequired",
  429: "TooManyRequests",
  500: "InternalServerError",
  501: "NotImplemented",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
};

/** The component name of an error status: its conventional name, a range's class, or `default`'s. */
function statusName(status: ResponseStatus): string {
  if (status === "default") return "UnexpectedError";
  if (status === "4XX") return "ClientError";
  if (status === "5XX") return "ServerError";
  return (typeof status === "number" ? STATUS_NAMES[status] : undefined) ?? `Error${status}`;
}

const RATE_LIMIT_REFS = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"];

/** One `reference` call of an operation, replayed when the operation is reused. */
export interface SharedCall {
  readonly r: EffectiveResponse;
  readonly body: JsonSchema | undefined;
  readonly description: string;
  readonly rateLimited: boolean;
  readonly result: ReferenceObject;
  /** What the component is built from (SharedErrorResponses.named), computed once. */
  readonly key: string;
}

interface Entry {
  readonly status: ResponseStatus;
  readonly key: string;
  readonly response: ResponseObject;
}

/**
 * What a shared component is built from. Thousands of operations answer the same few errors: the name is
 * remembered by this key, instead of building and comparing the component again each time.
 */
function componentKey(r: EffectiveResponse, body: JsonSchema | undefined, reason: string, rateLimited: boolean): string {
  const variant = r.type?.kind === "ref" ? r.type.name : "";
  return JSON.stringify([r.status, r.noBody ?? false, r.errorFormat ?? "", variant, responseMediaTypes(r), reason, rateLimited, body ?? null]);
}

export class SharedErrorResponses {
  private readonly entries = new Map<string, Entry>();
  private readonly names = new Map<string, string>();
  private calls: SharedCall[] | undefined;

  constructor(
    private readonly ir: SpecIR,
    private readonly version: OpenApiVersion,
    /** components.examples names of configured error examples, by status. */
    private readonly errorExamples: ReadonlyMap<number, readonly string[]>,
  ) {}

  /** The schema of a built-in error format. */
  formatSchema(r: EffectiveResponse): JsonSchema | undefined {
    if (!r.errorFormat) return undefined;
    return ref(r.errorFormat === "problem+json" ? PROBLEM_DETAILS : ERROR_RESPONSE);
  }

  /**
   * A reference to the shared response for this status and body, registering it on first use. A 429 carries the
   * rate-limit headers when the endpoint declares a `rateLimit` (they describe it), and only then.
   */
  reference(r: EffectiveResponse, body: JsonSchema | undefined, description: string, rateLimited: boolean, known?: string): ReferenceObject {
    // 3.0 ignores a reference's siblings: there an endpoint's own reason makes a component of its own.
    const own = this.version === "3.0.3" && description !== reasonPhrase(r.status);
    const reason = own ? description : reasonPhrase(r.status);
    const key = known ?? componentKey(r, body, reason, rateLimited);
    let name = this.names.get(key);
    if (name === undefined) this.names.set(key, (name = this.register(r, this.component(r, body, reason, rateLimited))));
    const out: ReferenceObject = { $ref: RESPONSE_PREFIX + name };
    if (!own && description !== reason) out.description = description;
    this.calls?.push({ r, body, description, rateLimited, result: out, key });
    return out;
  }

  /** Builds an operation, noting the references it takes, so that reusing it can register them again. */
  record<T>(build: () => T): { readonly value: T; readonly calls: readonly SharedCall[] } {
    const outer = this.calls;
    const calls: SharedCall[] = (this.calls = []);
    try {
      return { value: build(), calls };
    } finally {
      this.calls = outer;
    }
  }

  /**
   * Registers a reused operation's references in order; false when one now gets another name. The reference
   * object is a function of the call's inputs (the same) and the component's name, so only the name is compared.
   */
  replay(calls: readonly SharedCall[]): boolean {
    return calls.every((c) => {
      const name = this.names.get(c.key);
      if (name === undefined) return sameJson(this.reference(c.r, c.body, c.description, c.rateLimited, c.key), c.result);
      if (c.result.$ref !== RESPONSE_PREFIX + name) return false;
      this.calls?.push(c);
      return true;
    });
  }

  /** components.responses, by status, then name. */
  components(): Record<string, ResponseObject> {
    const sorted = [...this.entries.entries()].sort(([an, a], [bn, b]) => compareStatuses(a.status, b.status) || (an < bn ? -1 : an > bn ? 1 : 0));
    return Object.fromEntries(sorted.map(([name, e]) => [name, e.response]));
  }

  private component(r: EffectiveResponse, body: JsonSchema | undefined, description: string, rateLimited: boolean): ResponseObject {
    const response: ResponseObject = { description };
    if (r.status === 429 && rateLimited) response.headers = Object.fromEntries(RATE_LIMIT_REFS.map((n) => [n, { $ref: `#/components/headers/${n}` }]));
    const schema = r.noBody ? undefined : (body ?? this.formatSchema(r));
    if (!schema) return response;
    const examples = this.examples(r, description);
    response.content = Object.fromEntries(
      responseMediaTypes(r).map((media) => {
        const content: MediaTypeObject = { schema };
        if (examples) content.examples = examples;
        return [media, content];
      }),
    );
    return response;
  }

  private examples(r: EffectiveResponse, reason: string): Record<string, ExampleObject | ReferenceObject> | undefined {
    if (r.errorFormat === "problem+json") return { [statusName(r.status)]: problemExample(r.status, reason, reason) };
    if (r.errorFormat !== "specloom") return undefined;
    const configured = (typeof r.status === "number" ? this.errorExamples.get(r.status) : undefined) ?? [];
    if (configured.length > 0) return Object.fromEntries(configured.map((name) => [name, { $ref: `#/components/examples/${name}` }]));
    const own = pascalCase(errorCode(this.ir, r.status).toLowerCase()) || "Error";
    return { [own]: reasonErrorExample(this.ir, r.status, reason) };
  }

  private register(r: EffectiveResponse, response: ResponseObject): string {
    const key = JSON.stringify(response);
    const base = statusName(r.status);
    // A status's other bodies are named after them (`UnauthorizedNoBody`, `UnprocessableEntityValidationErrors`).
    const variant = r.noBody ? "NoBody" : r.errorFormat === "problem+json" ? "Problem" : r.type?.kind === "ref" ? r.type.name : "";
    const candidates = variant ? [base, base + variant] : [base];
    for (const name of candidates) {
      const entry = this.entries.get(name);
      if (entry?.key === key) return name;
      if (!entry) {
        this.entries.set(name, { status: r.status, key, response });
        return name;
      }
    }
    for (let i = 2; ; i++) {
      const name = `${base}${i}`;
      const entry = this.entries.get(name);
      if (entry?.key === key) return name;
      if (!entry) {
        this.entries.set(name, { status: r.status, key, response });
        return name;
      }
    }
  }
}

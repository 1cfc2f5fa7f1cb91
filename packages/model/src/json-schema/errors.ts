/** The seed's shared error format: one ErrorResponse component and its examples. */
import { pascalCase, statusClass, type ResponseStatus, type SpecIR } from "@specloom/core";

type ErrorsConfig = NonNullable<SpecIR["config"]["errors"]>["value"];
import type { JsonSchema } from "./json-schema";

export const ERROR_RESPONSE = "ErrorResponse";
/** RFC 7807 / RFC 9457 problem details, for `errors.format: "problem+json"`. */
export const PROBLEM_DETAILS = "ProblemDetails";

/** Placeholder tracking values, as in the seed's examples (deterministic output). */
const EXAMPLE_REQUEST_ID = "req_123abc";
const EXAMPLE_TIMESTAMP = "2025-01-18T10:30:00Z";

const DEFAULT_CODES: Readonly<Record<number, string>> = {
  400: "VALIDATION_ERROR",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  410: "GONE",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE_ENTITY",
  429: "RATE_LIMIT_EXCEEDED",
  500: "INTERNAL_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

function errorsConfig(ir: SpecIR): ErrorsConfig {
  return ir.config.errors?.value ?? {};
}

/** Machine-readable code for a status: the config's, else a conventional one (a range's or `default`'s: its class's). */
export function errorCode(ir: SpecIR, status: ResponseStatus): string {
  const own = typeof status === "number" ? (errorsConfig(ir).codes?.[status] ?? DEFAULT_CODES[status]) : undefined;
  return own ?? (statusClass(status) === 5 ? "INTERNAL_ERROR" : "ERROR");
}

export function errorResponseSchema(ir: SpecIR): JsonSchema {
  const codes = Object.entries(errorsConfig(ir).codes ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  const codeList = codes.length > 0 ? ` Codes: ${codes.map(([s, c]) => `${c} (${s})`).join(", ")}.` : "";
  return {
    type: "object",
    description: "The error format shared by every 4xx and 5xx response.",
    properties: {
      error: {
        type: "object",
        properties: {
          code: { type: "string", description: `Machine-readable error code.${codeList}`, examples: ["VALIDATION_ERROR"] },
          message: { type: "string", description: "Human-readable message." },
          details: { type: "object", additionalProperties: true, description: "Additional context." },
          field_errors: {
            type: "object",
            additionalProperties: { type: "array", items: { type: "string" } },
            description: "Validation errors: messages by field name.",
          },
          request_id: { type: "string", description: "Request id, for tracking.", examples: [EXAMPLE_REQUEST_ID] },
          timestamp: { type: "string", format: "date-time", description: "When the error occurred, ISO 8601.", examples: [EXAMPLE_TIMESTAMP] },
        },
        required: ["code", "message", "request_id", "timestamp"],
      },
    },
    required: ["error"],
  };
}

export function problemDetailsSchema(): JsonSchema {
  return {
    type: "object",
    description: "Problem details (RFC 9457, formerly RFC 7807), served as application/problem+json. Extension members are allowed.",
    properties: {
      type: { type: "string", format: "uri-reference", description: "A URI reference that identifies the problem type.", default: "about:blank" },
      title: { type: "string", description: "A short, human-readable summary of the problem type." },
      status: { type: "integer", format: "int32", minimum: 100, maximum: 599, description: "The HTTP status code of this occurrence." },
      detail: { type: "string", description: "A human-readable explanation specific to this occurrence." },
      instance: { type: "string", format: "uri-reference", description: "A URI reference that identifies this occurrence." },
    },
    additionalProperties: true,
  };
}

/** An example problem details body for a status (a range or `default` names no status in it). */
export function problemExample(status: ResponseStatus, title: string, detail: string): ErrorExampleObject {
  return { summary: detail, value: { type: "about:blank", title, ...(typeof status === "number" ? { status } : {}), detail } };
}

export interface ErrorExampleObject {
  readonly summary: string;
  readonly value: unknown;
}

function exampleValue(code: string, message: string, fieldErrors?: Readonly<Record<string, readonly string[]>>): unknown {
  return {
    error: {
      code,
      message,
      ...(fieldErrors ? { field_errors: fieldErrors } : {}),
      request_id: EXAMPLE_REQUEST_ID,
      timestamp: EXAMPLE_TIMESTAMP,
    },
  };
}

/** The config's error examples as components.examples, keyed by a name made from the code. */
export function configErrorExamples(ir: SpecIR): { name: string; status: number; example: ErrorExampleObject }[] {
  const seen = new Set<string>();
  const out: { name: string; status: number; example: ErrorExampleObject }[] = [];
  for (const ex of errorsConfig(ir).examples ?? []) {
    let name = pascalCase(ex.code.toLowerCase()) || `Error${ex.status}`;
    for (let i = 2; seen.has(name); i++) name = `${pascalCase(ex.code.toLowerCase())}${i}`;
    seen.add(name);
    out.push({ name, status: ex.status, example: { summary: ex.title, value: exampleValue(ex.code, ex.message, ex.fieldErrors) } });
  }
  return out;
}

/** An example for an error response without a configured one: the endpoint's own reason. */
export function reasonErrorExample(ir: SpecIR, status: ResponseStatus, reason: string): ErrorExampleObject {
  return { summary: reason, value: exampleValue(errorCode(ir, status), reason) };
}

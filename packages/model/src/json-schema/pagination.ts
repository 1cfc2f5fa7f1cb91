/** Pagination query parameters and the response envelope (seed: page size 20 by default, at most 100). */
import type { EndpointNode, NamedExampleDoc } from "@specloom/core";
import type { JsonSchema } from "./json-schema";

export type PaginationSpec = NonNullable<EndpointNode["pagination"]>;

export interface ParameterSchema {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: JsonSchema;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly examples?: readonly unknown[];
  /** The named ones among `examples` (`@example name - summary`). */
  readonly namedExamples?: readonly NamedExampleDoc[];
}

export function paginationParameters(p: PaginationSpec): ParameterSchema[] {
  const limit: ParameterSchema = {
    name: "limit",
    in: "query",
    required: false,
    schema: { type: "integer", format: "int32", minimum: 1, maximum: p.maxLimit, default: p.defaultLimit },
    description: `Items per page (default ${p.defaultLimit}, at most ${p.maxLimit}).`,
  };
  if (p.style === "cursor") {
    return [
      {
        name: "cursor",
        in: "query",
        required: false,
        schema: { type: "string" },
        description: "Opaque cursor from the previous page's `pagination.next_cursor`; omit for the first page.",
      },
      limit,
    ];
  }
  return [
    {
      name: "page",
      in: "query",
      required: false,
      schema: { type: "integer", format: "int32", minimum: 1, default: 1 },
      description: "1-based page number.",
    },
    limit,
  ];
}

const int32: JsonSchema = { type: "integer", format: "int32", minimum: 0 };

/** The envelope for a list response declared as a bare array: `{ data, pagination }`. */
export function paginationEnvelope(p: PaginationSpec, items: JsonSchema): JsonSchema {
  const meta: JsonSchema =
    p.style === "cursor"
      ? {
          type: "object",
          properties: {
            next_cursor: { type: ["string", "null"], description: "Cursor of the next page; null on the last page." },
            limit: { ...int32, minimum: 1 },
          },
          required: ["next_cursor", "limit"],
        }
      : {
          type: "object",
          properties: { page: { ...int32, minimum: 1 }, limit: { ...int32, minimum: 1 }, total: int32, total_pages: int32 },
          required: ["page", "limit", "total", "total_pages"],
        };
  return {
    type: "object",
    description: p.style === "cursor" ? "One page of results, with the cursor of the next page." : "One page of results, with paging metadata.",
    properties: { data: { type: "array", items }, pagination: meta },
    required: ["data", "pagination"],
  };
}

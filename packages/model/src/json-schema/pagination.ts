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
    const from = p.next === "link" ? 'the `Link` header\'s `rel="next"` URL' : "the previous page's `pagination.next_cursor`";
    return [
      { name: "cursor", in: "query", required: false, schema: { type: "string" }, description: `Opaque cursor from ${from}; omit for the first page.` },
      limit,
    ];
  }
  if (p.style === "limitOffset") {
    const offset: ParameterSchema = {
      name: "offset",
      in: "query",
      required: false,
      schema: { type: "integer", format: "int32", minimum: 0, default: 0 },
      description: "Items to skip before the first one returned.",
    };
    return [{ ...limit, description: `Items to return (default ${p.defaultLimit}, at most ${p.maxLimit}).` }, offset];
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

/** Envelope schema names by style: `Paginated<Item>`, `OffsetPage<Item>`, `CursorPage<Item>`. */
export const ENVELOPE_PREFIX: Readonly<Record<PaginationSpec["style"], string>> = { page: "Paginated", limitOffset: "OffsetPage", cursor: "CursorPage" };

/** Whether a list response gets an envelope: a cursor sent in the `Link` header leaves the list as declared. */
export function hasEnvelope(p: PaginationSpec): boolean {
  return !(p.style === "cursor" && p.next === "link");
}

/** The `Link` response header of cursor pagination with `next: "link"`. */
export const LINK_HEADER = {
  name: "Link",
  description: 'RFC 8288 links; `<…?cursor=…>; rel="next"` when there is a next page.',
  schema: { type: "string" } as JsonSchema,
} as const;

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
      : p.style === "limitOffset"
        ? {
            type: "object",
            properties: { limit: { ...int32, minimum: 1 }, offset: int32, total: int32 },
            required: ["limit", "offset", "total"],
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

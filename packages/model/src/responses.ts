/**
 * Effective responses: what an endpoint answers, declared or implied. Auth
 * implies 401 (and 403 with roles or ownership), a rate limit implies 429.
 * OpenAPI documents these, and the checker only asks for what neither the
 * author nor this automatic set covers, so the two cannot disagree.
 */
import type { EndpointNode, ResponseNode } from "@specloom/core";

export type ResponseOrigin = "declared" | "auth" | "rateLimit";

export interface EffectiveResponse extends ResponseNode {
  readonly origin: ResponseOrigin;
}

const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No content",
  400: "Bad request",
  401: "Unauthorized (missing or invalid token)",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  422: "Unprocessable entity",
  429: "Too many requests",
  500: "Internal server error",
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status < 300 ? "Success" : status < 500 ? "Client error" : "Server error");
}

/** The endpoint's declared responses plus the automatic ones not declared, sorted by status. */
export function effectiveResponses(endpoint: EndpointNode): EffectiveResponse[] {
  const out: EffectiveResponse[] = endpoint.responses.map((r) => ({ ...r, origin: "declared" }));
  const has = (s: number) => out.some((r) => r.status === s);
  const auth = endpoint.auth;
  if (auth.kind === "authenticated") {
    if (!has(401)) out.push({ kind: "response", status: 401, description: "Unauthorized (missing or invalid token)", origin: "auth" });
    if (!has(403) && (auth.roles.length > 0 || auth.ownership)) {
      const description = auth.ownership ? "Forbidden (not the owner, and no bypass role)" : "Forbidden (missing role)";
      out.push({ kind: "response", status: 403, description, origin: "auth" });
    }
  }
  if (endpoint.rateLimit && !has(429)) {
    out.push({ kind: "response", status: 429, description: `Too many requests (limit: ${endpoint.rateLimit.raw})`, origin: "rateLimit" });
  }
  return out.sort((a, b) => a.status - b.status);
}

/** The HTTP methods an endpoint or webhook may use, and the diagnostic for one it may not. */
import { didYouMean, type HttpMethod } from "@specloom/core";
import type ts from "typescript";
import type { FrontendContext } from "./context";

/** Every method an OpenAPI 3.1 path item has. */
const METHOD_LIST: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

export function isHttpMethod(method: string): method is HttpMethod {
  return (METHOD_LIST as readonly string[]).includes(method);
}

/** SL3280 with a did-you-mean (`HAED` → `HEAD`, `options` → `OPTIONS`), at the `method` option. */
export function reportMethod(ctx: FrontendContext, what: "Endpoint" | "Webhook", name: string, method: string, node: ts.Node): void {
  const upper = method.toUpperCase();
  const hint = isHttpMethod(upper) ? ` Did you mean '${upper}'?` : didYouMean(upper, METHOD_LIST);
  ctx.report("invalid-method", { what, name, method, methods: METHOD_LIST.join(", "), hint }, node);
}

/** The `client` emitter (not in the default `emit` list): client.ts, a typed fetch client for the OpenAPI document. */
import { createDiagnostic, definePlugin, type Emitter } from "@specloom/core";
import { endpointRoute } from "@specloom/model";
import { buildOpenApi } from "../document";
import { generateClient } from "./generate";

export const CLIENT_FILE = "client.ts";

export const clientEmitter: Emitter = {
  name: "client",
  artifact: "client",
  emit(ctx) {
    const content = generateClient(buildOpenApi(ctx.ir, ctx.config) as unknown as Record<string, unknown>);
    const diagnostics = ctx.ir.apis.flatMap((api) =>
      api.endpoints
        .filter((e) => e.method === "TRACE")
        .map((e) => createDiagnostic("client-trace-skipped", { operation: e.operationId ?? e.name, path: endpointRoute(e).openApiPath }, e.loc)),
    );
    return { files: [{ path: CLIENT_FILE, content }], ...(diagnostics.length > 0 ? { diagnostics } : {}) };
  },
};

export const clientPlugin = definePlugin({ name: "client", emitters: [clientEmitter] });

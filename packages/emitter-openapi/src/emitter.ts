import { createDiagnostic, type Emitter } from "@specloom/core";
import { buildOpenApi } from "./document";
import { serializeJson, serializeYaml } from "./serialize";

export const openapiEmitter: Emitter = {
  name: "openapi",
  artifact: "openapi",
  emit(ctx) {
    try {
      const doc = buildOpenApi(ctx.ir, ctx.config);
      return {
        files: [
          { path: "openapi.json", content: serializeJson(doc) },
          { path: "openapi.yaml", content: serializeYaml(doc) },
        ],
      };
    } catch (e) {
      return { files: [], diagnostics: [createDiagnostic("emitter-failed", { emitter: "openapi", detail: (e as Error).message })] };
    }
  },
};

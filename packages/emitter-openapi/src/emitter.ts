import type { Emitter } from "@specloom/core";
import { neutralizeDescriptions } from "./descriptions";
import { buildOpenApi } from "./document";
import { serializeJson, serializeYaml } from "./serialize";

// A throw here is reported by the CLI's one plugin guard (SL5001 naming the plugin).
export const openapiEmitter: Emitter = {
  name: "openapi",
  artifact: "openapi",
  emit(ctx) {
    const doc = neutralizeDescriptions(buildOpenApi(ctx.ir, ctx.config));
    return {
      files: [
        { path: "openapi.json", content: serializeJson(doc) },
        { path: "openapi.yaml", content: serializeYaml(doc) },
      ],
    };
  },
};

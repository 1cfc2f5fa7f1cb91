/** The `client` emitter (not in the default `emit` list): client.ts, a typed fetch client for the OpenAPI document. */
import { definePlugin, type Emitter } from "@specloom/core";
import { buildOpenApi } from "../document";
import { generateClient } from "./generate";

export const CLIENT_FILE = "client.ts";

export const clientEmitter: Emitter = {
  name: "client",
  artifact: "client",
  emit(ctx) {
    return { files: [{ path: CLIENT_FILE, content: generateClient(buildOpenApi(ctx.ir, ctx.config) as unknown as Record<string, unknown>) }] };
  },
};

export const clientPlugin = definePlugin({ name: "client", emitters: [clientEmitter] });

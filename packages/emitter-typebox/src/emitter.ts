import type { Emitter } from "@specloom/core";
import { emitValidators } from "./validators";

// A throw here is reported by the CLI's one plugin guard (SL5001 naming the plugin).
export const typeboxEmitter: Emitter = {
  name: "typebox",
  artifact: "typebox",
  emit: (ctx) => ({ files: [{ path: "validators.ts", content: emitValidators(ctx.ir, ctx.config) }] }),
};

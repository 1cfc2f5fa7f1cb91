import { createDiagnostic, type Emitter } from "@specloom/core";
import { emitValidators } from "./validators";

export const typeboxEmitter: Emitter = {
  name: "typebox",
  artifact: "typebox",
  emit(ctx) {
    try {
      return { files: [{ path: "validators.ts", content: emitValidators(ctx.ir, ctx.config) }] };
    } catch (e) {
      return { files: [], diagnostics: [createDiagnostic("emitter-failed", { emitter: "typebox", detail: (e as Error).message })] };
    }
  },
};

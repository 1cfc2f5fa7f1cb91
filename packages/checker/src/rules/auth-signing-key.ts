import { defineRule } from "../rule";
import { isEnvRef, locAt } from "../util/config";

export default defineRule({
  id: "auth-signing-key",
  code: "SL4034",
  severity: "warning",
  message: "The {strategy} auth strategy has no signing key from the environment; add `secret: { env: 'JWT_SECRET' }`.",
  docs: "A JWT strategy names the environment variable holding its signing secret or private key (`secret: { env }`), so deployment knows what to provision and no key is inlined.",
  checklist: ["auth"],
  check(ctx) {
    const auth = ctx.ir.config.auth;
    if (!auth || auth.value.strategy !== "jwt") return;
    if (!isEnvRef(auth.value.secret)) ctx.report({ strategy: "jwt" }, locAt(auth, ["secret"]));
  },
});

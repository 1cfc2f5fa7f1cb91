import { parseDuration } from "@specloom/core";
import { defineRule } from "../rule";
import { locAt } from "../util/config";

const MAX_ACCESS_SECONDS = 3600;

export default defineRule({
  id: "token-ttl",
  code: "SL4018",
  severity: "warning",
  message: "{token} lifetime {ttl} {problem}.",
  docs: "Access tokens live at most an hour (a leaked token stays valid that long); refresh tokens must outlive access tokens or refresh is pointless.",
  checklist: ["auth"],
  check(ctx) {
    const auth = ctx.ir.config.auth;
    if (!auth) return;
    const accessTtl = auth.value.accessToken?.ttl;
    const access = accessTtl ? parseDuration(accessTtl) : undefined; // unparsable: duration-invalid
    if (access && access.seconds > MAX_ACCESS_SECONDS) {
      ctx.report({ token: "Access token", ttl: accessTtl, problem: "is longer than 1h" }, locAt(auth, ["accessToken", "ttl"]));
    }
    const refreshTtl = auth.value.refreshToken?.ttl;
    const refresh = refreshTtl ? parseDuration(refreshTtl) : undefined;
    if (access && refresh && refresh.seconds < access.seconds) {
      ctx.report(
        { token: "Refresh token", ttl: refreshTtl!, problem: `is shorter than the access token's ${accessTtl}` },
        locAt(auth, ["refreshToken", "ttl"]),
      );
    }
  },
});

/** 13. Security Best Practices: configured practices plus password storage and secrets. */
import type { SectionContext } from "../context";
import { Md } from "../render/md";
import { collectEnvRefs } from "../env";
import { practiceBullets } from "./12-performance";

export function renderSecurity(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  md.heading(2, t.sections.security);
  const items = practiceBullets(ctx.ir.config.security?.value.practices);
  const hashing = ctx.ir.config.auth?.value.passwordHashing;
  const configured = new Set(Object.keys(ctx.ir.config.security?.value.practices ?? {}));
  if (hashing && !configured.has(t.auth.passwordHashing)) {
    const text = hashing.rounds ? `${hashing.algorithm}, ${t.auth.rounds(hashing.rounds)}` : hashing.algorithm;
    items.push(`**${t.auth.passwordHashing}**: ${text}`);
  }
  if (collectEnvRefs(ctx.ir).length > 0 && !configured.has(t.security.secrets)) items.push(`**${t.security.secrets}**: ${t.security.secretsText}`);
  md.bullets(items.length ? items : [t.common.notConfigured("security")]);
}

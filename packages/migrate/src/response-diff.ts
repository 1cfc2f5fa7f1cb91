/**
 * What a client reads from one response beyond its body type: headers and media types. A client that relied on a
 * header or asked for a media type breaks when it goes; a header that became optional may be absent now.
 */
import type { ResponseNode, SpecIR } from "@specloom/core";
import type { ApiChangeId } from "./api-change";
import { compareTypes } from "./type-diff";

type Emit = (id: ApiChangeId, breaking: boolean, at: string, message: string) => void;

const JSON_ONLY = ["application/json"];

export function compareResponseExtras(base: SpecIR, head: SpecIR, a: ResponseNode, b: ResponseNode, emit: Emit): void {
  const at = `response ${a.status}`;
  const after = new Map((b.headers ?? []).map((h) => [h.name.toLowerCase(), h]));
  const before = new Set((a.headers ?? []).map((h) => h.name.toLowerCase()));
  for (const h of a.headers ?? []) {
    const g = after.get(h.name.toLowerCase());
    const where = `${at} header ${h.name}`;
    if (!g) emit("response-header-removed", h.required, where, "the header is no longer sent");
    else {
      if (h.required && !g.required) emit("response-header-became-optional", true, where, "the header may now be absent");
      compareTypes({ ir: base }, { ir: head }, h.type, g.type, where, "response", emit);
    }
  }
  for (const g of b.headers ?? []) if (!before.has(g.name.toLowerCase())) emit("response-header-added", false, `${at} header ${g.name}`, "new header");
  if (a.noBody || b.noBody) return;
  const mediaAfter = b.contentTypes ?? JSON_ONLY;
  for (const m of a.contentTypes ?? JSON_ONLY) if (!mediaAfter.includes(m)) emit("media-type-removed", true, at, `${m} is no longer served`);
  for (const m of mediaAfter) if (!(a.contentTypes ?? JSON_ONLY).includes(m)) emit("media-type-added", false, at, `${m} may now be served`);
}

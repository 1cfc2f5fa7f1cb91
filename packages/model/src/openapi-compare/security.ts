/** Effective security of one operation: a set of alternatives, each a set of schemes with their scopes; `{}` is anonymous access. */
import { isObject, type Located } from "./document";
import type { DifferenceSink } from "./differences";
import { canonicalJson } from "./normalize-schema";

function alternatives(security: Located): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(security.value)) return out;
  for (const req of security.value) {
    if (!isObject(req)) continue;
    const canonical = Object.fromEntries(
      Object.keys(req)
        .sort()
        .map((name) => [name, Array.isArray(req[name]) ? [...new Set((req[name] as unknown[]).map(String))].sort() : []]),
    );
    const key = canonicalJson(canonical);
    const shown =
      Object.keys(canonical).length === 0
        ? "anonymous"
        : Object.entries(canonical)
            .map(([n, s]) => (s.length > 0 ? `${n}[${s.join(" ")}]` : n))
            .join(" + ");
    out.set(key, shown);
  }
  // No requirement at all and one empty requirement both mean "no credentials needed".
  if (out.size === 0) out.set("{}", "anonymous");
  return out;
}

export function compareSecurity(sink: DifferenceSink, label: string, a: Located, b: Located): void {
  const altA = alternatives(a);
  const altB = alternatives(b);
  for (const [key, shown] of altA)
    if (!altB.has(key))
      sink.add({
        kind: "removed",
        context: "security",
        pointer: a.pointer,
        otherPointer: b.pointer,
        message: `${label}: security alternative ${shown} removed`,
      });
  for (const [key, shown] of altB)
    if (!altA.has(key))
      sink.add({
        kind: "added",
        context: "security",
        pointer: a.pointer,
        otherPointer: b.pointer,
        message: `${label}: security alternative ${shown} added`,
      });
}

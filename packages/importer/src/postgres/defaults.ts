/** Column defaults as PostgreSQL prints them (`pg_get_expr`), read back into `Default<…>` values. */
export type DefaultValue =
  { readonly kind: "value"; readonly value: string | number | boolean | null } | { readonly kind: "sql"; readonly expr: "now()" | "gen_random_uuid()" };

export type ParsedDefault = { readonly ok: true; readonly value: DefaultValue; readonly note?: string } | { readonly ok: false; readonly reason: string };

export function parseDefault(expr: string): ParsedDefault {
  const s = expr.trim();
  if (s === "now()") return { ok: true, value: { kind: "sql", expr: "now()" } };
  if (s === "CURRENT_TIMESTAMP" || s === "transaction_timestamp()") {
    return { ok: true, value: { kind: "sql", expr: "now()" }, note: `default ${s} is written as now()` };
  }
  if (s === "gen_random_uuid()") return { ok: true, value: { kind: "sql", expr: "gen_random_uuid()" } };
  if (/^nextval\(/.test(s)) return { ok: false, reason: `a sequence default (${s}) on a column that is no integer; only integer columns can be Identity` };
  if (s === "true" || s === "false") return { ok: true, value: { kind: "value", value: s === "true" } };
  if (/^NULL(::[\w ."]+)?$/.test(s)) return { ok: true, value: { kind: "value", value: null } };
  const num = /^\(?'?(-?\d+(?:\.\d+)?)'?\)?(?:::[\w ]+)?$/.exec(s);
  if (num) return { ok: true, value: { kind: "value", value: Number(num[1]) } };
  const str = /^'((?:[^']|'')*)'(?:::[\w ."]+(?:\(\d+\))?)?$/s.exec(s);
  if (str) return { ok: true, value: { kind: "value", value: str[1]!.replace(/''/g, "'") } };
  return { ok: false, reason: `the default expression ${s} is not a literal, now() or gen_random_uuid()` };
}

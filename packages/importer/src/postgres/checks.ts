/**
 * CHECK constraints as PostgreSQL prints them (`pg_get_constraintdef`), read
 * back into the column facts the DSL has tags for: length, bounds, pattern and
 * literal sets. Anything else is returned unrecognized, for a diagnostic.
 */
export type ColumnFact =
  | { readonly kind: "minLength"; readonly value: number }
  | { readonly kind: "minimum" | "maximum"; readonly value: number }
  | { readonly kind: "pattern"; readonly regex: string }
  | { readonly kind: "values"; readonly values: readonly (string | number)[] };

export interface ParsedCheck {
  readonly column: string;
  readonly facts: readonly ColumnFact[];
}

const IDENT = String.raw`(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)`;
/** `name`, `"name"`, `(name)::text`, `((name)::text)`. */
const COLUMN = String.raw`\(*(${IDENT})\)*(?:::[a-z ]+(?:\(\d+\))?)?\)*`;
/** `5`, `'-5'::integer`, `('-1.5'::numeric)::double precision`. */
const NUMBER = String.raw`\(*'?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)'?(?:::[a-z ]+|\))*`;
const STRING = String.raw`'((?:[^']|'')*)'(?:::[a-z ]+(?:\(\d+\))?)?`;

const unquoteIdent = (s: string): string => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
const unquoteString = (s: string): string => s.replace(/''/g, "'");

/** Removes parentheses that wrap the whole expression. */
function stripOuter(expr: string): string {
  let s = expr.trim();
  while (s.startsWith("(") && s.endsWith(")")) {
    let depth = 0;
    let wraps = true;
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "'") {
        i = s.indexOf("'", i + 1);
        while (s[i + 1] === "'") i = s.indexOf("'", i + 2);
        continue;
      }
      if (s[i] === "(") depth++;
      if (s[i] === ")") depth--;
      if (depth === 0 && i < s.length - 1) {
        wraps = false;
        break;
      }
    }
    if (!wraps) break;
    s = s.slice(1, -1).trim();
  }
  return s;
}

/** Splits on top-level ` AND ` (outside parentheses and string literals). */
function conjuncts(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === "'") {
      i = expr.indexOf("'", i + 1);
      while (i >= 0 && expr[i + 1] === "'") i = expr.indexOf("'", i + 2);
      if (i < 0) break;
      continue;
    }
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && expr.startsWith(" AND ", i)) {
      parts.push(expr.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(expr.slice(start));
  return parts.map(stripOuter);
}

function parseConjunct(expr: string): { column: string; fact: ColumnFact } | undefined {
  let m = new RegExp(String.raw`^char_length\(${COLUMN}\) >= ${NUMBER}$`).exec(expr);
  if (m) return { column: unquoteIdent(m[1]!), fact: { kind: "minLength", value: Number(m[2]) } };
  m = new RegExp(String.raw`^${COLUMN} (>=|<=) ${NUMBER}$`).exec(expr);
  if (m) return { column: unquoteIdent(m[1]!), fact: { kind: m[2] === ">=" ? "minimum" : "maximum", value: Number(m[3]) } };
  m = new RegExp(String.raw`^${COLUMN} ~ ${STRING}$`).exec(expr);
  if (m) return { column: unquoteIdent(m[1]!), fact: { kind: "pattern", regex: unquoteString(m[2]!) } };
  m = new RegExp(String.raw`^${COLUMN} = ${STRING}$`).exec(expr);
  if (m) return { column: unquoteIdent(m[1]!), fact: { kind: "values", values: [unquoteString(m[2]!)] } };
  m = new RegExp(String.raw`^${COLUMN} = ANY \(\(?ARRAY\[(.*)\]\)?(?:::[a-z ]+\[\])?\)$`).exec(expr);
  if (m) {
    const strings = [...m[2]!.matchAll(new RegExp(STRING, "g"))].map((x) => unquoteString(x[1]!));
    const numbers = /^-?\d+(?:\.\d+)?(?:, -?\d+(?:\.\d+)?)*$/.test(m[2]!) ? m[2]!.split(", ").map(Number) : [];
    const values = strings.length > 0 ? strings : numbers;
    if (values.length > 0) return { column: unquoteIdent(m[1]!), fact: { kind: "values", values } };
  }
  return undefined;
}

/** Parses `CHECK (…)` into facts about one column, or undefined when it is not a column check the DSL has. */
export function parseCheck(definition: string): ParsedCheck | undefined {
  const body = /^CHECK \((.*)\)( NOT VALID)?$/s.exec(definition.trim());
  if (!body || body[2]) return undefined;
  const parts = conjuncts(stripOuter(body[1]!));
  const parsed = parts.map(parseConjunct);
  if (parsed.some((p) => p === undefined)) return undefined;
  const columns = new Set(parsed.map((p) => p!.column));
  if (columns.size !== 1) return undefined;
  return { column: parsed[0]!.column, facts: parsed.map((p) => p!.fact) };
}

/** The expression of `CHECK (…)`, outer parentheses removed, for `Entity<{ checks }>`; undefined for NOT VALID or another shape. */
export function tableCheckExpression(definition: string): string | undefined {
  const body = /^CHECK \((.*)\)$/s.exec(definition.trim());
  return body ? stripOuter(body[1]!) : undefined;
}

/**
 * SQL (PostgreSQL) contexts. NUL never reaches these: the front end rejects
 * it (PostgreSQL text cannot hold it), and these throw as a last guard.
 */

function assertNoNul(text: string, where: string): void {
  if (text.includes("\0")) throw new Error(`NUL character in ${where}; the front end must reject it`);
}

/** `"name"` with embedded double quotes doubled: valid for any name PostgreSQL can store. */
export function sqlQuotedIdentifier(name: string): string {
  assertNoNul(name, "an SQL identifier");
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * `'text'` with quotes doubled. Standard-conforming strings (PostgreSQL's
 * default since 9.1) read backslashes literally; a text with a backslash uses
 * the `E'…'` form so it reads the same whatever that setting is.
 */
export function sqlStringLiteral(value: string): string {
  assertNoNul(value, "an SQL string literal");
  const quoted = value.replace(/'/g, "''");
  return value.includes("\\") ? `E'${quoted.replace(/\\/g, "\\\\")}'` : `'${quoted}'`;
}

/** Text for one `-- …` line: a line break would end the comment and start a statement. */
export function sqlLineComment(text: string): string {
  return `-- ${text.replace(/\0/g, "").replace(/\r\n|[\r\n]/g, " ")}`;
}

/**
 * A dollar-quote tag that does not occur in `body`: `$$` when possible, else
 * `$sl$`, `$sl1$`, … Deterministic, and the body can never close the quote early.
 */
export function dollarQuoteTag(body: string): string {
  if (!body.includes("$$")) return "$$";
  for (let n = 0; ; n++) {
    const tag = `$sl${n === 0 ? "" : n}$`;
    if (!body.includes(tag)) return tag;
  }
}

/**
 * Why `expr` is not one self-contained SQL expression, or undefined when it is.
 * Predicates the spec writes as SQL (partial-index `where`) cannot be escaped,
 * so they are checked instead: no statement separator, comment, dollar quote
 * or NUL outside string literals, no backslash at all, quotes closed,
 * parentheses balanced. A
 * predicate that passes cannot end its statement or hide the rest of a line.
 */
export function sqlExpressionProblem(expr: string): string | undefined {
  // A backslash may escape a quote (E'…' strings, standard_conforming_strings off): where literals end would depend on settings.
  if (expr.includes("\\")) return "backslashes are not allowed";
  let depth = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]!;
    const next = expr[i + 1];
    if (ch === "'" || ch === '"') {
      const close = expr.indexOf(ch, i + 1);
      if (close < 0) return `unclosed ${ch === "'" ? "string literal" : "quoted identifier"}`;
      // A doubled quote continues the literal: skip both and keep scanning for the real end.
      i = close;
      while (expr[i + 1] === ch) {
        const again = expr.indexOf(ch, i + 2);
        if (again < 0) return "unclosed quote";
        i = again;
      }
      continue;
    }
    if (ch === ";") return "';' would end the statement";
    if (ch === "\0") return "NUL character";
    if (ch === "-" && next === "-") return "'--' starts a comment";
    if (ch === "/" && next === "*") return "'/*' starts a comment";
    if (ch === "$" && !/[A-Za-z0-9_]/.test(expr[i - 1] ?? "") && (next === "$" || /[A-Za-z_]/.test(next ?? ""))) return "dollar quoting is not allowed";
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return "unbalanced ')'";
  }
  return depth === 0 ? undefined : "unbalanced '('";
}

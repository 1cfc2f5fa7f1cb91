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

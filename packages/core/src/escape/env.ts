/** `.env` file contexts: one `NAME=value` line per variable, whatever the value holds. */

/** Values every dotenv reader takes as written, without quotes. */
const BARE_VALUE = /^[A-Za-z0-9_./:@,+%=-]*$/;

/**
 * A value on one line: bare when that is unambiguous, else double-quoted with
 * backslash, quote, `$` and line breaks escaped (dotenv's double-quoted form).
 */
export function envValue(value: string): string {
  if (BARE_VALUE.test(value)) return value;
  const escaped = value
    .replace(/\0/g, "")
    .replace(/[\\"$]/g, "\\$&")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n");
  return `"${escaped}"`;
}

/** A `# …` comment line: a line break would start a variable line. */
export function envComment(text: string): string {
  return `# ${text.replace(/\0/g, "").replace(/\r\n|[\r\n]/g, " ")}`.trimEnd();
}

/** Names a shell and every dotenv reader accept. */
export function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

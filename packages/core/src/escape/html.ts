/** HTML contexts (the html reference page). */

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text in an element or a quoted attribute value. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * A JSON value as a JavaScript expression inside `<script>`: `<`, `>` and `&` are escaped so no `</script>` or
 * `<!--` can appear, and U+2028/U+2029 so older parsers keep it on one line.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Trusted script source (a library bundle) inlined in `<script>`: `</script` would end the element, and `<\/`
 * means the same as `</` in every JavaScript string, template and regular expression (with or without `u`).
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1");
}

/**
 * Markdown contexts of backend-spec.md: inline prose, block starts, table
 * cells and code spans. User text never opens a block, a tag, or a link to a
 * script URL.
 */

/** Inline code that survives backticks in the value: the fence is one backtick longer than any run inside. */
export function mdCode(text: string | number): string {
  const s = String(text).replace(/\r\n|[\r\n]/g, " ");
  if (!s.includes("`")) return `\`${s}\``;
  const fence = "`".repeat(Math.max(...[...s.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return `${fence} ${s} ${fence}`;
}

/** One logical line of prose: user text with newlines would break lists and tables. */
export function mdInline(text: string): string {
  return mdProse(text.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, " ").trim());
}

/** User text at the start of a block must not open a heading, list, quote, fence or link definition. */
export function mdLineStart(text: string): string {
  return /^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|>|\d+[.)](?:\s|$)|={3,}|-{3,}|`{3,}|~{3,}|\[[^\]]*\]:)/.test(text) ? `\\${text}` : text;
}

/** A GFM table cell: one line, pipes escaped. */
export function mdTableCell(text: string): string {
  return mdInline(text).replace(/\|/g, "\\|");
}

/** Schemes that run code or embed content when a reader clicks a link. */
const UNSAFE_SCHEME = /(?:javascript|vbscript|data):/i;

/** The text as a browser would see it in a link destination: entities decoded, escapes and controls dropped. */
function linkView(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
    .replace(/&colon;/gi, ":")
    .replace(/&[a-z]+;/gi, "")
    .replace(/[\\\0-\x20\x7f]/g, "");
}

/** True when user text could make a link to a `javascript:`, `vbscript:` or `data:` URL. */
export function mdHasUnsafeUrl(text: string): boolean {
  // A scheme needs a colon, written as is or as a character reference: most text has neither (fast path).
  if (!text.includes(":") && !text.includes("&")) return false;
  return UNSAFE_SCHEME.test(linkView(text));
}

/**
 * CommonMark text that is otherwise kept as written (OpenAPI descriptions):
 * when it names a script URL, brackets and `<` become character references, so
 * no link, image, autolink or link definition can form. Other text is unchanged.
 */
export function mdNeutralizeLinks(text: string): string {
  return mdHasUnsafeUrl(text) ? bracketsAsEntities(text).replace(/</g, "&lt;") : text;
}

/**
 * Prose with `<` that could open an HTML tag escaped (outside code spans). Text
 * that names a script URL has every bracket as a character reference, so it
 * cannot form a link, an image or a link definition and shows as written.
 */
export function mdProse(text: string): string {
  if (mdHasUnsafeUrl(text)) return bracketsAsEntities(escapeTags(text));
  // Only `<` is ever escaped here (fast path for text without one).
  if (!text.includes("<")) return text;
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/(`+)[\s\S]*?[^`]\1(?!`)/g)) {
    out += escapeTags(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapeTags(text.slice(last));
}

/**
 * `[`/`]` as character references: they render as brackets but never as link
 * syntax (CommonMark does not read references as structure), and escaping
 * twice changes nothing.
 */
function bracketsAsEntities(text: string): string {
  return text.replace(/\[/g, "&#91;").replace(/\]/g, "&#93;");
}

function escapeTags(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, "&lt;");
}

/** TypeScript contexts of generated code (validators.ts). */

/**
 * A double-quoted string literal. JSON.stringify escapes quotes, backslashes,
 * control characters and lone surrogates; U+2028/U+2029 are escaped too, so
 * the literal stays on one line for every tool that splits lines.
 */
export function tsStringLiteral(value: string, quote: '"' | "'" = '"'): string {
  const body = JSON.stringify(value)
    .slice(1, -1)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return quote === '"' ? `"${body}"` : `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Everything ECMAScript treats as a line terminator. */
const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

/** Text inside `/** … *\/`: one line, and `*\/` cannot close the comment. */
export function tsBlockCommentText(text: string): string {
  return text.replace(LINE_TERMINATORS, " ").replace(/\*\//g, "*\\/").trim();
}

/**
 * A whole JSDoc block for a declaration in generated spec source, keeping the
 * text's lines: `*\/` cannot close it early, and an `@` that would start a tag
 * gets TSDoc's `\@` escape (the front end reads both escapes back).
 */
export function tsDocComment(text: string, indent = "", tags: readonly { readonly name: string; readonly text: string }[] = []): string {
  const lines = text
    .replace(/\*\//g, "*\\/")
    .replace(/(^|\s)@/g, "$1\\@")
    .split(LINE_TERMINATORS);
  // A block tag's text may hold `@` (JSON examples) but never the comment's end or a line break.
  for (const tag of tags)
    lines.push(`@${tag.name.replace(/[^A-Za-z]/g, "")} ${tag.text.replace(/\*\//g, "*\\/").replace(LINE_TERMINATORS, " ")}`.trimEnd());
  if (lines[0] === "" && tags.length > 0 && text === "") lines.shift();
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

/** Text after `//`: a line terminator would end the comment and start code. */
export function tsLineCommentText(text: string): string {
  return text.replace(LINE_TERMINATORS, " ");
}

/**
 * Names that cannot be a `const` and a `type` of a strict-mode module:
 * reserved words, strict-mode restrictions (`eval`, `arguments`) and the
 * predefined type names a type alias may not take.
 */
const TS_UNUSABLE_NAMES = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await eval arguments " +
    "any unknown never string number boolean symbol bigint object undefined"
  ).split(" "),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A valid top-level TS identifier for `wanted`, chosen deterministically:
 * other characters become `_`, a leading digit gets `_`, unusable names get `_`
 * appended. Callers keep identifiers unique (collisions get a number).
 */
export function tsIdentifier(wanted: string): string {
  let base = wanted.replace(/[^A-Za-z0-9_$]/g, "_");
  if (base === "" || /^[0-9]/.test(base)) base = `_${base}`;
  return TS_UNUSABLE_NAMES.has(base) ? `${base}_` : base;
}

/** An object-literal key: bare when it is an identifier, else a string literal. `__proto__` is always computed. */
export function tsPropertyKey(name: string): string {
  // `__proto__: x` and `"__proto__": x` both set the prototype of an object literal; a computed key does not.
  if (name === "__proto__") return `[${tsStringLiteral(name)}]`;
  return IDENTIFIER.test(name) ? name : tsStringLiteral(name);
}

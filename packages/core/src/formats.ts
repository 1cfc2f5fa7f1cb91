/** The built-in formats as a value, for did-you-mean hints and exhaustiveness checks. */
import type { FormatName } from "./ir-config";

/** Every `FormatName`; the mapped type below fails to compile when one is missing. */
const FORMATS: { readonly [F in FormatName]: "string" | "number" } = {
  uuid: "string",
  email: "string",
  url: "string",
  uri: "string",
  "date-time": "string",
  date: "string",
  phone: "string",
  password: "string",
  binary: "string",
  byte: "string",
  hostname: "string",
  ipv4: "string",
  ipv6: "string",
  int64: "number",
  float: "number",
  double: "number",
};

export const FORMAT_NAMES: readonly FormatName[] = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

/** Whether a format describes strings or numbers (`int64`, `float`, `double`; `int64` may also be a string, see apply-tags). */
export function formatValueKind(name: FormatName): "string" | "number" {
  return FORMATS[name];
}

/** Built-in formats the DSL names differently from OpenAPI: `Url` (`Format<"url">`) is the standard `uri`. */
const OPENAPI_SPELLING: { readonly [F in FormatName]?: string } = { url: "uri" };

/** The `format` OpenAPI writes for a built-in format. */
export function openApiFormat(name: FormatName): string {
  return OPENAPI_SPELLING[name] ?? name;
}

/**
 * Whether `CustomFormat<name>` would only repeat a built-in format. `url` is not: `Format<"url">` writes `uri`, so a
 * document that says `url` (APIs.guru has 30) keeps its word as a format of its own.
 */
export function isBuiltinFormatSpelling(name: string): boolean {
  return isFormatName(name) && openApiFormat(name) === name;
}

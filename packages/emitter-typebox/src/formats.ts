import { tsPropertyKey } from "@specloom/core";

/**
 * Small regexes for the string formats specloom emits, so `Value.Check` works
 * without the caller registering anything (TypeBox rejects unknown formats).
 */
const H = "[0-9A-Fa-f]{1,4}";
const V4 = "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
/** RFC 4291 text forms: eight groups, `::` compression, and an embedded IPv4 tail. */
const IPV6 = `^(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?:(?::${H}){1,7}|:)|(?:${H}:){6}${V4}|::(?:ffff(?::0{1,4})?:)?${V4}|(?:${H}:){1,4}:${V4})$`;

const FORMAT_PATTERNS: Readonly<Record<string, string>> = {
  email: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
  uuid: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
  "date-time": "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$",
  date: "^\\d{4}-\\d{2}-\\d{2}$",
  uri: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$",
  phone: "^\\+?[0-9][0-9 ().-]{5,19}$",
  decimal: "^-?\\d+(\\.\\d+)?$",
  // Annotations only: any string is a valid password or binary payload.
  password: "^[\\s\\S]*$",
  binary: "^[\\s\\S]*$",
  // Base64 (RFC 4648 §4), padded.
  byte: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
  // RFC 1123 host name: dot-separated labels of 1–63 letters, digits and inner hyphens, 253 characters at most.
  hostname: "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
  ipv4: "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$",
  ipv6: IPV6,
  // A 64-bit whole number written as a string (JSON numbers lose precision above 2^53); 19 digits at most.
  int64: "^-?(?:0|[1-9]\\d{0,18})$",
};

/** String formats used anywhere in the schemas. */
export function collectFormats(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) collectFormats(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const type = o.type;
    const isString = type === "string" || (Array.isArray(type) && type.includes("string"));
    if (isString && typeof o.format === "string") out.add(o.format);
    for (const v of Object.values(o)) collectFormats(v, out);
  }
  return out;
}

/** The registration block for `validators.ts`; custom formats accept any string (the checker warns, SL4160). */
export function formatRegistration(formats: ReadonlySet<string>): string {
  const names = [...formats].sort();
  if (names.length === 0) return "";
  const entries = names.map((n) =>
    FORMAT_PATTERNS[n] !== undefined
      ? `  ${tsPropertyKey(n)}: /${FORMAT_PATTERNS[n]}/,`
      : `  // A custom format: specloom cannot check it; replace the pattern with your own check.\n  ${tsPropertyKey(n)}: /^[\\s\\S]*$/,`,
  );
  return [
    "// TypeBox rejects strings with an unregistered format: register the ones used here.",
    "const FORMATS: Record<string, RegExp> = {",
    ...entries,
    "};",
    "for (const [name, regex] of Object.entries(FORMATS)) {",
    "  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, (value) => regex.test(value));",
    "}",
    "",
  ].join("\n");
}

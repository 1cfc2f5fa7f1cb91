/**
 * Small regexes for the string formats specloom emits, so `Value.Check` works
 * without the caller registering anything (TypeBox rejects unknown formats).
 */
const FORMAT_PATTERNS: Readonly<Record<string, string>> = {
  email: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
  uuid: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
  "date-time": "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$",
  date: "^\\d{4}-\\d{2}-\\d{2}$",
  uri: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$",
  url: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$",
  phone: "^\\+?[0-9][0-9 ().-]{5,19}$",
  decimal: "^-?\\d+(\\.\\d+)?$",
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

/** The registration block for `validators.ts`; unknown formats accept any string. */
export function formatRegistration(formats: ReadonlySet<string>): string {
  const names = [...formats].sort();
  if (names.length === 0) return "";
  const entries = names.map((n) => `  ${JSON.stringify(n)}: ${FORMAT_PATTERNS[n] !== undefined ? `/${FORMAT_PATTERNS[n]}/` : "/^[\\s\\S]*$/"},`);
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

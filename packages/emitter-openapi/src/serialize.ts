/**
 * Serialization. Key order is the order buildOpenApi inserts keys in, which
 * is fixed; no sorting here, so `openapi` and `info` stay on top.
 */
import { Document, visit } from "yaml";

export function serializeJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + "\n";
}

/** Plain scalars a YAML 1.2 parser reads as numbers but 1.1 does not (so 1.1 quoting misses them). */
const YAML12_ONLY_NUMBER = /^0o[0-7]+$/;

export function serializeYaml(doc: unknown): string {
  // Quoting as YAML 1.1 keeps strings such as `2025-01-18T10:30:00Z`, `yes` or `12:30`
  // strings for the many SDK generators that still parse YAML 1.1 (timestamps, booleans).
  const yaml = new Document(doc, { version: "1.1", aliasDuplicateObjects: false });
  visit(yaml, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && YAML12_ONLY_NUMBER.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  // No line folding: long descriptions stay on one line, for stable diffs.
  return yaml.toString({ lineWidth: 0, minContentWidth: 0 });
}

/**
 * Serialization. Key order is the order buildOpenApi inserts keys in, which
 * is fixed; no sorting here, so `openapi` and `info` stay on top.
 */
import { stringify } from "yaml";

export function serializeJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + "\n";
}

export function serializeYaml(doc: unknown): string {
  // No anchors/aliases (shared sub-objects are printed in full) and no line folding: stable diffs.
  return stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0, minContentWidth: 0 });
}

/**
 * API changes against an OpenAPI document (`specloom diff --base openapi.json`):
 * the model's semantic comparison (compareOpenApi) finds every difference at a
 * JSON pointer; this file judges each one with the same rules and change ids as
 * the IR diff (type-diff.ts): requests break when they accept less, responses
 * when they promise less.
 */
import { unescapePointerSegment } from "@specloom/core";
import { compareOpenApi, type OpenApiDifference } from "@specloom/model";
import type { ApiChange, ApiChangeId } from "./api-change";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The value at a JSON pointer (`/components/schemas/Pet/required`), or undefined. */
function at(doc: unknown, pointer: string): Json | undefined {
  let node = doc as Json | undefined;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = unescapePointerSegment(raw);
    node = Array.isArray(node) ? node[Number(seg)] : isObject(node) ? node[seg] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

const parent = (pointer: string) => pointer.slice(0, pointer.lastIndexOf("/"));
const asStrings = (v: Json | undefined): string[] => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)) : v === undefined ? [] : [JSON.stringify(v)]);

/** Keywords whose new presence (or larger/smaller value) lets fewer values through. */
const LOWER_BOUNDS = new Set(["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"]);
const UPPER_BOUNDS = new Set(["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"]);
const RESTRICTIONS = new Set([...LOWER_BOUNDS, ...UPPER_BOUNDS, "pattern", "multipleOf", "uniqueItems", "const", "enum", "format"]);

interface Judged {
  readonly id: ApiChangeId;
  readonly breaking: boolean;
}

type Direction = "request" | "response";

/** A property added to or removed from an object schema. */
function propertyChange(d: OpenApiDifference, dir: Direction, name: string, head: unknown): Judged {
  if (d.kind === "removed")
    return dir === "response" ? { id: "response-property-removed", breaking: true } : { id: "request-property-removed", breaking: false };
  // `otherPointer` is …/<schema>/properties~1<name>: one segment below the object schema.
  const required = asStrings(at(head, `${parent(d.otherPointer)}/required`)).includes(JSON.stringify(name));
  return dir === "response" ? { id: "response-property-added", breaking: false } : { id: "request-property-added", breaking: required };
}

/** A keyword present on one side only: a new restriction narrows, a dropped one widens. */
function keywordPresence(d: OpenApiDifference, dir: Direction, keyword: string): Judged | undefined {
  if (keyword === "required") return d.kind === "added" ? requiredChange(dir, true) : requiredChange(dir, false);
  if (!RESTRICTIONS.has(keyword)) return keyword === "type" || keyword === "$ref" ? { id: "type-changed", breaking: true } : undefined;
  const narrowed = d.kind === "added";
  if (keyword === "format") return { id: "format-changed", breaking: dir === "response" || narrowed };
  if (keyword === "enum" || keyword === "const")
    return narrowed ? { id: "enum-value-removed", breaking: true } : { id: "enum-value-added", breaking: false };
  return narrowed ? { id: "constraint-narrowed", breaking: dir === "request" } : { id: "constraint-widened", breaking: dir === "response" };
}

function requiredChange(dir: Direction, more: boolean): Judged {
  if (dir === "request")
    return more ? { id: "request-property-became-required", breaking: true } : { id: "request-property-became-optional", breaking: false };
  return more ? { id: "response-property-became-required", breaking: false } : { id: "response-property-became-optional", breaking: true };
}

/** A keyword whose value differs on both sides. */
function keywordChange(dir: Direction, keyword: string, a: Json | undefined, b: Json | undefined): Judged | undefined {
  if (keyword === "type") {
    const widenedNumber = asStrings(a).includes('"integer"') && asStrings(b).includes('"number"');
    const gainsNull = asStrings(b).includes('"null"') && !asStrings(a).includes('"null"');
    const losesNull = asStrings(a).includes('"null"') && !asStrings(b).includes('"null"');
    if (gainsNull || losesNull) return { id: "type-changed", breaking: dir === "request" ? losesNull : gainsNull };
    return { id: "type-changed", breaking: dir === "response" || !widenedNumber };
  }
  if (keyword === "format") return { id: "format-changed", breaking: dir === "response" || b !== undefined };
  if (keyword === "enum" || keyword === "const") {
    const removed = asStrings(a).some((x) => !asStrings(b).includes(x));
    return removed ? { id: "enum-value-removed", breaking: true } : { id: "enum-value-added", breaking: false };
  }
  if (typeof a === "number" && typeof b === "number" && (LOWER_BOUNDS.has(keyword) || UPPER_BOUNDS.has(keyword))) {
    const narrowed = LOWER_BOUNDS.has(keyword) ? b > a : b < a;
    return narrowed ? { id: "constraint-narrowed", breaking: dir === "request" } : { id: "constraint-widened", breaking: dir === "response" };
  }
  // Another pattern, step or item rule: it may reject values the old one accepted.
  if (RESTRICTIONS.has(keyword)) return { id: "constraint-narrowed", breaking: dir === "request" };
  return { id: "type-changed", breaking: true };
}

/**
 * A different `required` list. Only properties on both sides count: an added or
 * removed property is already reported as such, with its own judgement.
 */
function requiredListChange(dir: Direction, a: Json | undefined, b: Json | undefined): Judged | undefined {
  const props = (s: Json | undefined) => new Set(isObject(s) && isObject(s.properties) ? Object.keys(s.properties) : []);
  const req = (s: Json | undefined) => new Set(isObject(s) && Array.isArray(s.required) ? s.required.map(String) : []);
  const [ra, rb, shared] = [req(a), req(b), [...props(a)].filter((p) => props(b).has(p))];
  const more = shared.some((p) => rb.has(p) && !ra.has(p));
  const fewer = shared.some((p) => ra.has(p) && !rb.has(p));
  if (!more && !fewer) return undefined;
  const [m, f] = [requiredChange(dir, true), requiredChange(dir, false)];
  return more && (m.breaking || !fewer) ? m : f;
}

/** The parameter object a `…/parameters/<in:name>` pointer names in its document (path-level or operation-level). */
function parameterObject(doc: unknown, pointer: string): Json | undefined {
  const [operation, key] = [pointer.slice(0, pointer.lastIndexOf("/parameters/")), pointer.slice(pointer.lastIndexOf("/") + 1)];
  const [where, name] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  const lists = [at(doc, `${operation}/parameters`), at(doc, `${parent(operation)}/parameters`)];
  for (const list of lists)
    for (const p of Array.isArray(list) ? list : []) {
      const resolved = isObject(p) && typeof p.$ref === "string" ? at(doc, p.$ref.slice(1)) : p;
      if (isObject(resolved) && resolved.in === where && typeof resolved.name === "string" && resolved.name.toLowerCase() === name.toLowerCase())
        return resolved;
    }
  return undefined;
}

const segments = (pointer: string) => pointer.split("/").map(unescapePointerSegment);

/** Classifies one difference by where it is (the pointer's last segments) and which side of the exchange it affects. */
function judge(d: OpenApiDifference, base: unknown, head: unknown): Judged | undefined {
  const dir: Direction = d.context === "response" ? "response" : "request";
  if (d.context === "operation") return d.kind === "removed" ? { id: "endpoint-removed", breaking: true } : { id: "endpoint-added", breaking: false };
  if (d.context === "security") return { id: "auth-changed", breaking: d.kind !== "added" };
  if (d.context === "document") return d.kind === "added" ? { id: "endpoint-added", breaking: false } : { id: "endpoint-removed", breaking: true };
  // An added thing is named by the other document's pointer, a removed or changed one by the base's.
  const path = segments(d.kind === "added" ? d.otherPointer : d.pointer);
  const key = path.at(-1) ?? "";
  const owner = path.at(-2) ?? "";
  const flag = /: required (true|false) ≠ (true|false)$/.exec(d.message);
  if (flag) {
    const now = flag[2] === "true";
    if (dir === "response") return requiredChange("response", now);
    if (owner === "parameters" || / parameter /.test(d.message))
      return { id: now ? "parameter-became-required" : "parameter-became-optional", breaking: now };
    return now ? { id: "request-body-added", breaking: true } : { id: "request-body-removed", breaking: false };
  }
  if (owner === "parameters" && d.kind !== "changed") {
    if (d.kind === "removed") return { id: "parameter-removed", breaking: true };
    const p = parameterObject(head, d.otherPointer);
    return { id: "parameter-added", breaking: isObject(p) && p.required === true };
  }
  if (owner === "responses" && d.kind !== "changed") {
    // A new 401/403 refuses requests that succeeded before: the operation's access was narrowed.
    if (d.kind === "added") return /^40[13]$/.test(key) ? { id: "auth-changed", breaking: true } : { id: "status-added", breaking: false };
    return /^2/.test(key) ? { id: "success-status-removed", breaking: true } : { id: "status-removed", breaking: false };
  }
  if (owner === "content" && d.kind !== "changed") {
    // A media type no longer served breaks clients that ask for it; one no longer accepted breaks those that send it.
    return d.kind === "removed" ? { id: "media-type-removed", breaking: true } : { id: "media-type-added", breaking: false };
  }
  if (owner === "headers" && d.kind !== "changed" && dir === "response") {
    if (d.kind === "added") return { id: "response-header-added", breaking: false };
    const header = at(base, d.pointer);
    return { id: "response-header-removed", breaking: isObject(header) && header.required === true };
  }
  if (owner === "headers" && d.kind !== "changed") return { id: "type-changed", breaking: d.kind === "removed" };
  const property = /^(?:properties|patternProperties)\/(.+)$/s.exec(key);
  if (property) return propertyChange(d, dir, property[1]!, head);
  if (key === "required") {
    // The schemas: an added keyword's base pointer is its schema; a removed one's other pointer is.
    const a = at(base, d.kind === "added" ? d.pointer : parent(d.pointer));
    const b = at(head, d.kind === "removed" ? d.otherPointer : parent(d.otherPointer));
    return requiredListChange(dir, a, b);
  }
  if (d.kind !== "changed") return keywordPresence(d, dir, key) ?? { id: "type-changed", breaking: false };
  if (/ ≠ /.test(d.message)) return keywordChange(dir, key, at(base, d.pointer), at(head, d.otherPointer));
  // allOf/anyOf/oneOf members without an equal: a different shape.
  return { id: "type-changed", breaking: true };
}

/** Path parameters are positional: one renamed in the path (`{id}` → `{userId}`) is the same parameter to a client. */
function withoutRenamedPathParameters(list: readonly OpenApiDifference[]): OpenApiDifference[] {
  const isPath = (d: OpenApiDifference, kind: "added" | "removed") =>
    d.kind === kind && /\/parameters\/path:[^/]+$/.test(kind === "added" ? d.otherPointer : d.pointer);
  const operationOf = (d: OpenApiDifference) => d.message.slice(0, d.message.indexOf(": "));
  const drop = new Set<OpenApiDifference>();
  for (const removed of list.filter((d) => isPath(d, "removed"))) {
    const added = list.find((d) => isPath(d, "added") && !drop.has(d) && operationOf(d) === operationOf(removed));
    if (added) drop.add(removed).add(added);
  }
  return list.filter((d) => !drop.has(d));
}

/** Every API change from an older OpenAPI document to the current one, breaking ones first. */
export function diffOpenApiDocuments(base: unknown, head: unknown): ApiChange[] {
  const out = withoutRenamedPathParameters(compareOpenApi(base, head)).flatMap((d): ApiChange[] => {
    const judged = judge(d, base, head);
    if (!judged) return [];
    const { id, breaking } = judged;
    const split = d.message.indexOf(": ");
    const operation = split < 0 ? d.message : d.message.slice(0, split);
    const rest = split < 0 ? "" : d.message.slice(split + 2);
    return [{ id, breaking, operation, message: rest || d.message }];
  });
  return out.sort((x, y) => Number(y.breaking) - Number(x.breaking));
}

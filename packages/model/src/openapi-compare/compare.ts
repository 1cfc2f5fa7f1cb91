/**
 * compareOpenApi: the semantic comparison of two OpenAPI 3.0/3.1 documents.
 * Equal means: the same operations (method and full path), parameters (in,
 * name, required, schema), request bodies (required, media types, schemas),
 * status codes, response media types, schemas and headers, effective security
 * (alternatives, scheme definitions, scopes, anonymous access) and webhooks.
 * Schemas are compared after dereferencing, ignoring key order, annotations,
 * 3.0 vs 3.1 spellings and single-member allOf. Used by the importer's round
 * trip and by the breaking-change diff.
 */
import { isObject, OpenApiDocument, pointerJoin, type Json, type JsonObject, type Located } from "./document";
import { compareSchemas, type SchemaWalk } from "./compare-schemas";
import { DifferenceSink, type DifferenceContext, type OpenApiDifference } from "./differences";
import { canonicalJson } from "./normalize-schema";
import { operationsOf, type OperationView } from "./operations";
import { compareSecurity } from "./security";

export type { OpenApiDifference, DifferenceKind, DifferenceContext } from "./differences";

interface Pair {
  readonly a: OpenApiDocument;
  readonly b: OpenApiDocument;
  readonly sink: DifferenceSink;
  readonly seen: Set<string>;
}

function walkFor(pair: Pair, context: DifferenceContext, label: string): SchemaWalk {
  return { a: pair.a, b: pair.b, context, label, seen: pair.seen, report: (d) => pair.sink.add(d) };
}

/** Compares two maps keyed by name: missing keys are reported, common ones handed to `both`. */
function compareKeyed(
  pair: Pair,
  context: DifferenceContext,
  what: string,
  a: Located,
  b: Located,
  keysA: Map<string, string>,
  keysB: Map<string, string>,
  both: (keyA: string, keyB: string) => void,
): void {
  for (const [norm, key] of keysA) {
    const other = keysB.get(norm);
    if (other === undefined)
      pair.sink.add({ kind: "removed", context, pointer: pointerJoin(a.pointer, key), otherPointer: b.pointer, message: `${what} '${key}' removed` });
    else both(key, other);
  }
  for (const [norm, key] of keysB)
    if (!keysA.has(norm))
      pair.sink.add({ kind: "added", context, pointer: a.pointer, otherPointer: pointerJoin(b.pointer, key), message: `${what} '${key}' added` });
}

const keysOf = (v: Json | undefined, normalize: (k: string) => string = (k) => k): Map<string, string> =>
  new Map(isObject(v) ? Object.keys(v).map((k) => [normalize(k), k]) : []);
const mediaKey = (k: string) => k.toLowerCase().replace(/\s+/g, "");

/** `content` maps: the same media types, each with an equal schema. */
function compareContent(
  pair: Pair,
  context: DifferenceContext,
  label: string,
  a: Located | undefined,
  b: Located | undefined,
  owner: [Located, Located],
): void {
  const ca = a ?? { value: {}, pointer: pointerJoin(owner[0].pointer, "content") };
  const cb = b ?? { value: {}, pointer: pointerJoin(owner[1].pointer, "content") };
  compareKeyed(pair, context, `${label}: media type`, ca, cb, keysOf(ca.value, mediaKey), keysOf(cb.value, mediaKey), (ka, kb) => {
    const ma = pair.a.child(ca, ka)!;
    const mb = pair.b.child(cb, kb)!;
    const sa = pair.a.child(ma, "schema") ?? { value: {}, pointer: pointerJoin(ma.pointer, "schema") };
    const sb = pair.b.child(mb, "schema") ?? { value: {}, pointer: pointerJoin(mb.pointer, "schema") };
    compareSchemas(walkFor(pair, context, `${label} ${ka}`), sa, sb, "");
  });
}

function compareFlag(pair: Pair, context: DifferenceContext, label: string, key: string, a: Located, b: Located, fallback: boolean): void {
  const va = isObject(a.value) && typeof a.value[key] === "boolean" ? a.value[key] : fallback;
  const vb = isObject(b.value) && typeof b.value[key] === "boolean" ? b.value[key] : fallback;
  if (va !== vb)
    pair.sink.add({
      kind: "changed",
      context,
      pointer: pointerJoin(a.pointer, key),
      otherPointer: pointerJoin(b.pointer, key),
      message: `${label}: ${key} ${va} ≠ ${vb}`,
    });
}

/** A parameter or header: required, and its schema (or its `content`). */
function compareParameterLike(pair: Pair, context: DifferenceContext, label: string, a: Located, b: Located, requiredDefault: boolean): void {
  compareFlag(pair, context, label, "required", a, b, requiredDefault);
  const sa = pair.a.child(a, "schema");
  const sb = pair.b.child(b, "schema");
  if (sa || sb) {
    compareSchemas(
      walkFor(pair, context, label),
      sa ?? { value: {}, pointer: pointerJoin(a.pointer, "schema") },
      sb ?? { value: {}, pointer: pointerJoin(b.pointer, "schema") },
      "",
    );
  }
  const ca = pair.a.child(a, "content");
  const cb = pair.b.child(b, "content");
  if (ca || cb) compareContent(pair, context, label, ca, cb, [a, b]);
}

function compareOperation(pair: Pair, a: OperationView, b: OperationView): void {
  const label = a.label;
  const params = (v: OperationView) => new Map([...v.parameters.keys()].map((k) => [k, k]));
  const paramsA: Located = { value: null, pointer: pointerJoin(a.operation.pointer, "parameters") };
  const paramsB: Located = { value: null, pointer: pointerJoin(b.operation.pointer, "parameters") };
  compareKeyed(pair, "request", `${label}: parameter`, paramsA, paramsB, params(a), params(b), (k) => {
    const pa = a.parameters.get(k)!;
    compareParameterLike(pair, "request", `${label}: parameter ${k}`, pa, b.parameters.get(k)!, pa.value.in === "path");
  });

  const bodyA = pair.a.child(a.operation, "requestBody");
  const bodyB = pair.b.child(b.operation, "requestBody");
  if (bodyA || bodyB) {
    const ra = bodyA ? pair.a.deref(bodyA) : { value: {}, pointer: pointerJoin(a.operation.pointer, "requestBody") };
    const rb = bodyB ? pair.b.deref(bodyB) : { value: {}, pointer: pointerJoin(b.operation.pointer, "requestBody") };
    compareFlag(pair, "request", `${label}: request body`, "required", ra, rb, false);
    compareContent(pair, "request", `${label}: request body`, pair.a.child(ra, "content"), pair.b.child(rb, "content"), [ra, rb]);
  }

  const responsesA = pair.a.child(a.operation, "responses") ?? { value: {}, pointer: pointerJoin(a.operation.pointer, "responses") };
  const responsesB = pair.b.child(b.operation, "responses") ?? { value: {}, pointer: pointerJoin(b.operation.pointer, "responses") };
  const statusKey = (k: string) => k.toUpperCase();
  compareKeyed(
    pair,
    "response",
    `${label}: response`,
    responsesA,
    responsesB,
    keysOf(responsesA.value, statusKey),
    keysOf(responsesB.value, statusKey),
    (ka, kb) => {
      const ra = pair.a.deref(pair.a.child(responsesA, ka)!);
      const rb = pair.b.deref(pair.b.child(responsesB, kb)!);
      const where = `${label}: response ${ka}`;
      compareContent(pair, "response", where, pair.a.child(ra, "content"), pair.b.child(rb, "content"), [ra, rb]);
      const ha = pair.a.child(ra, "headers") ?? { value: {}, pointer: pointerJoin(ra.pointer, "headers") };
      const hb = pair.b.child(rb, "headers") ?? { value: {}, pointer: pointerJoin(rb.pointer, "headers") };
      const headerKey = (k: string) => k.toLowerCase();
      const withoutContentType = (m: Map<string, string>) => (m.delete("content-type"), m);
      compareKeyed(
        pair,
        "response",
        `${where}: header`,
        ha,
        hb,
        withoutContentType(keysOf(ha.value, headerKey)),
        withoutContentType(keysOf(hb.value, headerKey)),
        (x, y) =>
          compareParameterLike(pair, "response", `${where}: header ${x}`, pair.a.deref(pair.a.child(ha, x)!), pair.b.deref(pair.b.child(hb, y)!), false),
      );
    },
  );

  compareSecurity(pair.sink, label, a.security, b.security);
}

/** Every difference between two OpenAPI documents, in the first document's operation order. `base` is the first (older, or original) document. */
export function compareOpenApi(base: unknown, other: unknown): OpenApiDifference[] {
  const pair: Pair = { a: new OpenApiDocument(base), b: new OpenApiDocument(other), sink: new DifferenceSink(), seen: new Set() };
  const opsA = operationsOf(pair.a);
  const opsB = operationsOf(pair.b);
  for (const [key, a] of opsA) {
    const b = opsB.get(key);
    if (b) compareOperation(pair, a, b);
    else
      pair.sink.add({
        kind: "removed",
        context: "operation",
        pointer: a.operation.pointer,
        otherPointer: "/paths",
        message: `${a.label}: operation removed`,
      });
  }
  for (const [key, b] of opsB)
    if (!opsA.has(key))
      pair.sink.add({ kind: "added", context: "operation", pointer: "/paths", otherPointer: b.operation.pointer, message: `${b.label}: operation added` });
  compareSchemesUsed(pair, opsA, opsB);
  return pair.sink.list;
}

/** The definitions of the security schemes the operations use (descriptions and scope wording aside). */
function compareSchemesUsed(pair: Pair, opsA: Map<string, OperationView>, opsB: Map<string, OperationView>): void {
  const used = new Set<string>();
  for (const ops of [opsA, opsB])
    for (const op of ops.values())
      if (Array.isArray(op.security.value)) for (const req of op.security.value) if (isObject(req)) Object.keys(req).forEach((n) => used.add(n));
  const definition = (doc: OpenApiDocument, name: string): Located | undefined => {
    const found = doc.at(pointerJoin("#/components/securitySchemes", name));
    return found === undefined ? undefined : doc.deref({ value: found, pointer: pointerJoin("/components/securitySchemes", name) });
  };
  for (const name of [...used].sort()) {
    const a = definition(pair.a, name);
    const b = definition(pair.b, name);
    const text = (l: Located | undefined) => (l ? canonicalJson(schemeEssentials(l.value)) : "undefined");
    if (text(a) !== text(b)) {
      const pointer = pointerJoin("/components/securitySchemes", name);
      pair.sink.add({
        kind: a ? (b ? "changed" : "removed") : "added",
        context: "security",
        pointer,
        otherPointer: pointer,
        message: `security scheme '${name}': ${text(a)} ≠ ${text(b)}`,
      });
    }
  }
}

/** A scheme's definition without its wording: descriptions out, oauth2 scopes as a list of names. */
function schemeEssentials(value: Json): Json {
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "description" || k.startsWith("x-")) continue;
    if (k === "flows" && isObject(v)) {
      const flows: JsonObject = {};
      for (const [flow, f] of Object.entries(v)) {
        if (!isObject(f)) continue;
        const { scopes, description: _d, ...rest } = f;
        flows[flow] = { ...rest, scopes: isObject(scopes) ? Object.keys(scopes).sort() : [] };
      }
      out[k] = flows;
    } else if (k === "scheme" && typeof v === "string") out[k] = v.toLowerCase();
    else out[k] = v;
  }
  return out;
}

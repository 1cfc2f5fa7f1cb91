/**
 * `components/responses` that several operations reference become one named declaration each
 * (`export type NotFound = Response<Problem, { description: "Not found" }>` in `spec/responses.ts`), which the
 * endpoints name, as the source states them once; a response used once stays inline, where it is read.
 */
import { unescapePointerSegment, BODILESS_STATUSES, statusClass, tsPropertyKey, type ResponseStatus } from "@specloom/core";
import { isObject, type Json, type OpenApiImport } from "./context";
import type { OperationInput } from "./operation";

interface SharedResponse {
  readonly name: string;
  readonly text: string;
}

interface Registry {
  /** How many operations reference each `#/components/responses/…`. */
  readonly uses: Map<string, number>;
  readonly byRef: Map<string, SharedResponse>;
}

const registries = new WeakMap<OpenApiImport, Registry>();

/** Every `$ref` string under `value`, counted. */
function countRefs(value: Json | undefined, into: Map<string, number>): void {
  if (Array.isArray(value)) for (const v of value) countRefs(v, into);
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") into.set(v, (into.get(v) ?? 0) + 1);
      else countRefs(v, into);
    }
}

function registry(ctx: OpenApiImport): Registry {
  let r = registries.get(ctx);
  if (!r) {
    const uses = new Map<string, number>();
    countRefs(ctx.root.paths, uses);
    countRefs(ctx.root.webhooks, uses);
    r = { uses, byRef: new Map() };
    registries.set(ctx, r);
  }
  return r;
}

/**
 * The line of a response that references a shared component (`404: NotFound;`), declaring it on first use with
 * `render(name)`; undefined when the response stays inline (not a reference, used once, or a status that takes
 * another form: 204 and 304 have no body).
 */
export function sharedResponseLine(input: OperationInput, status: ResponseStatus, raw: Json, render: (name: string) => string): string | undefined {
  const { ctx } = input;
  const code = typeof status === "number" ? status : NaN;
  if (!isObject(raw) || typeof raw.$ref !== "string" || !raw.$ref.startsWith("#/components/responses/")) return undefined;
  if (BODILESS_STATUSES.has(code) || code === 204) return undefined;
  const reg = registry(ctx);
  if ((reg.uses.get(raw.$ref) ?? 0) < 2) return undefined;
  let shared = reg.byRef.get(raw.$ref);
  if (!shared) {
    const key = unescapePointerSegment(raw.$ref.slice("#/components/responses/".length));
    const wanted = key.charAt(0).toUpperCase() + key.slice(1);
    const name = ctx.uniqueName(ctx.isTaken(wanted) ? `${wanted}Response` : wanted);
    shared = { name, text: render(name) };
    reg.byRef.set(raw.$ref, shared);
  } else {
    const target = ctx.at(raw.$ref);
    if (code === 429 && !(isObject(target) && isObject(target.headers) && Object.keys(target.headers).length > 0))
      ctx.report("import-oa-response-headers", raw.$ref.slice(1), "response 429", "approximate", "specloom documents the rate-limit headers on every 429");
  }
  // What the long form decided for the first status is decided again for this one.
  const cls = statusClass(status);
  if (shared.text.startsWith("Response<void") && (cls === 2 || cls === 3)) ctx.relaxedRules.add("response-schema-missing");
  return `${typeof status === "number" ? status : tsPropertyKey(status)}: ${shared.name};\n`;
}

/** The shared responses in order of first use: `export type Name = Response<…>;`. */
export function sharedResponseDeclarations(ctx: OpenApiImport): { name: string; text: string }[] {
  return [...registry(ctx).byRef.values()].map((s) => ({ name: s.name, text: `export type ${s.name} = ${s.text};\n` }));
}

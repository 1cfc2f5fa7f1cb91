/**
 * State of one OpenAPI import: the loaded document, `$ref` resolution, the TS
 * names chosen for component schemas, and the diagnostics. Every construct the
 * DSL cannot express is reported here with its JSON pointer and source position.
 */
import { pointerJoin, unescapePointerSegment, createDiagnostic, isMediaType, tsIdentifier, type Diagnostic, type DiagnosticId } from "@specloom/core";
import type { LoadedDocument } from "./load";
import { unreservedName } from "../reserved-names";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

export { pointerJoin };

/** The OpenAPI importer's diagnostic ids (SL7011–SL7024), one per kind of source construct. */
export type GapId = Extract<DiagnosticId, `import-oa-${string}`>;

/** `dropped`: not in the output; `approximate`: in the output in a nearby form. */
export type Verdict = "dropped" | "approximate";

const VERDICT_TEXT: Record<Verdict, string> = {
  dropped: "cannot be expressed in the specloom DSL and is not imported",
  approximate: "is imported approximately",
};

export class OpenApiImport {
  readonly diagnostics: Diagnostic[] = [];
  /** `/components/schemas/Pet` → `Pet`. */
  readonly schemaNames = new Map<string, string>();
  private readonly taken = new Set<string>();
  /** Checker rules the imported API breaks by design (e.g. a 200 without a body), set to warnings in its config. */
  readonly relaxedRules = new Set<string>();

  constructor(readonly loaded: LoadedDocument) {}

  get root(): JsonObject {
    return this.loaded.doc as JsonObject;
  }

  report(id: GapId, pointer: string, what: string, verdict: Verdict, detail: string): void {
    this.diagnostics.push(
      createDiagnostic(id, { what, pointer: `#${pointer}`, verdict: VERDICT_TEXT[verdict], detail }, this.loaded.locate(`#${pointer}`)),
    );
  }

  /** The value at a local `$ref` (`#/components/schemas/Pet`). */
  at(ref: string): Json | undefined {
    let node: Json | undefined = this.root;
    for (const raw of ref.replace(/^#/, "").split("/").slice(1)) {
      const seg = unescapePointerSegment(raw);
      if (Array.isArray(node)) node = node[Number(seg)];
      else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, seg)) node = node[seg];
      else return undefined;
    }
    return node;
  }

  /** Follows Reference Objects to the value, with the pointer where it lives. */
  deref(value: Json, pointer: string): { value: Json; pointer: string } {
    const seen = new Set<string>();
    while (isObject(value) && typeof value.$ref === "string" && !seen.has(value.$ref)) {
      seen.add(value.$ref);
      const target = this.at(value.$ref);
      if (target === undefined) break;
      pointer = value.$ref.slice(1);
      value = target;
    }
    return { value, pointer };
  }

  /** Whether a declaration already took `name` (to prefer a readable alternative over a numbered one). */
  isTaken(name: string): boolean {
    return this.taken.has(name);
  }

  /** A unique PascalCase-ish TS name for a declaration, deterministic in call order. */
  uniqueName(wanted: string): string {
    const cleaned = tsIdentifier(wanted.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : "")));
    const base = unreservedName(cleaned, "Schema");
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}${i}`;
    this.taken.add(name);
    return name;
  }
}

/** The keys of a `content` map that are media types; any other key (`JSON`, `data`) is reported and skipped. */
export function mediaTypeKeys(ctx: OpenApiImport, content: Json | undefined, pointer: string): string[] {
  if (!isObject(content)) return [];
  return Object.keys(content).filter((key) => {
    if (isMediaType(key)) return true;
    ctx.report("import-oa-media-type", pointerJoin(pointer, key), `'${key}'`, "dropped", "it is not a media type (type/subtype, e.g. application/json)");
    return false;
  });
}

/** A parsed OpenAPI document with its `$ref` resolution, shared by the comparison's walkers. */
import { pointerJoin, unescapePointerSegment } from "@specloom/core";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

export { pointerJoin };

function unescapeSegment(s: string): string {
  let decoded = s;
  try {
    decoded = decodeURIComponent(s);
  } catch {
    // a literal `%` that is not an escape stays as written
  }
  return unescapePointerSegment(decoded);
}

export interface Located<T = Json> {
  readonly value: T;
  /** JSON pointer of the value in its document (after following `$ref`s): `/components/schemas/Pet`. */
  readonly pointer: string;
  /** The `$ref` targets followed to get here (cycle detection). */
  readonly via?: string;
}

export class OpenApiDocument {
  readonly root: JsonObject;
  readonly version: "3.0" | "3.1";

  constructor(root: unknown) {
    this.root = isObject(root) ? root : {};
    this.version = typeof this.root.openapi === "string" && this.root.openapi.startsWith("3.0") ? "3.0" : "3.1";
  }

  /** The value at a local pointer (`#/components/schemas/Pet`), or undefined. */
  at(ref: string): Json | undefined {
    if (!ref.startsWith("#")) return undefined;
    let node: Json | undefined = this.root;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const seg = unescapeSegment(raw);
      if (Array.isArray(node)) node = node[Number(seg)];
      else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, seg)) node = node[seg];
      else return undefined;
    }
    return node;
  }

  /** Follows a chain of `$ref`s (a Reference Object or a schema that is only a `$ref`) to its value. */
  deref(node: Located): Located {
    let current = node;
    const seen = new Set<string>();
    while (isObject(current.value) && typeof current.value.$ref === "string") {
      const ref = current.value.$ref;
      if (seen.has(ref)) break;
      seen.add(ref);
      const target = this.at(ref);
      if (target === undefined) break;
      current = { value: target, pointer: ref.slice(1), via: ref };
    }
    return current;
  }

  child(parent: Located, ...segments: (string | number)[]): Located | undefined {
    let value: Json | undefined = parent.value;
    for (const s of segments) {
      if (Array.isArray(value) && typeof s === "number") value = value[s];
      else if (isObject(value) && Object.prototype.hasOwnProperty.call(value, String(s))) value = value[String(s)];
      else return undefined;
    }
    return value === undefined ? undefined : { value, pointer: pointerJoin(parent.pointer, ...segments) };
  }
}

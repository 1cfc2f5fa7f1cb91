/**
 * Spellings of `allOf` that say no more than a simpler schema: a member that
 * only documents (AWS writes every described property as
 * `allOf: [{ $ref }, { description }]`) is the property's documentation, not a
 * schema to compose.
 */
import { isObject, type Json, type JsonObject } from "./context";

/** Keywords a member may hold and still only document its neighbour. */
const NOTE_KEYWORDS = new Set(["description", "title", "example", "examples", "deprecated", "$comment", "externalDocs", "xml"]);

const isNote = (member: Json): boolean =>
  isObject(member) && typeof member.$ref !== "string" && Object.keys(member).every((k) => NOTE_KEYWORDS.has(k) || k.startsWith("x-"));

export interface ComposedMember {
  readonly schema: Json;
  /** Its index in the source's `allOf`, for pointers. */
  readonly index: number;
}

/**
 * `s` without its documenting `allOf` members, their documentation moved onto `s`
 * where `s` has none of its own; the remaining members with their source index.
 */
export function withoutNoteMembers(s: JsonObject): { schema: JsonObject; members: ComposedMember[] } {
  const list = Array.isArray(s.allOf) ? s.allOf : [];
  const members = list.flatMap((schema, index) => (isNote(schema) ? [] : [{ schema, index }]));
  if (members.length === list.length || members.length === 0) return { schema: s, members: list.map((schema, index) => ({ schema, index })) };
  const schema: JsonObject = { ...s, allOf: members.map((m) => m.schema) };
  for (const note of list.filter(isNote) as JsonObject[])
    for (const [k, v] of Object.entries(note)) if (!(k in schema) && NOTE_KEYWORDS.has(k)) schema[k] = v;
  return { schema, members };
}

/** Keys beside `allOf` that are constraints (not documentation, not `x-`). */
export function constraintSiblings(s: JsonObject, documenting: ReadonlySet<string>): string[] {
  return Object.keys(s).filter((k) => k !== "allOf" && !documenting.has(k) && !k.startsWith("x-"));
}

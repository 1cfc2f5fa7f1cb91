/**
 * Type names the targets cannot carry, defined once: the front end reports a
 * declaration that takes one (SL3024), the importers choose other names.
 */
const OBJECT_MEMBERS = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);
const STRICT_MODE_RESTRICTED = new Set(["eval", "arguments"]);

/** A JavaScript object member: operation and schema maps are plain objects in every emitter and in user code. */
export const isObjectMemberName = (name: string): boolean => OBJECT_MEMBERS.has(name);

/**
 * Why a type (model, schema, enum) cannot take `name`, or undefined. `declaredByUser` is false for the names
 * specloom generates itself (the error format, the page envelopes), which may take the generated names.
 */
export function reservedTypeNameReason(name: string, declaredByUser: boolean): string | undefined {
  if (OBJECT_MEMBERS.has(name)) return "it is a member of every JavaScript object";
  if (STRICT_MODE_RESTRICTED.has(name)) return "validators.ts would declare a constant of that name, which strict-mode JavaScript forbids";
  if (!declaredByUser) return undefined;
  if (name === "ErrorResponse") return "the shared error format is generated under that name and would merge with it";
  if (/^(Paginated|OffsetPage|CursorPage)[A-Z0-9_]/.test(name))
    return "paginated responses generate envelopes named Paginated<Item>/OffsetPage<Item>/CursorPage<Item>, which would merge with it";
  return undefined;
}

/**
 * components/schemas → named declarations: an object schema becomes an
 * interface, `allOf` of object schemas an interface that extends them, every
 * other schema a type alias. Inline `allOf`s are hoisted into named interfaces.
 */
import { isObject, pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";
import { docParts, jsDoc } from "./docs";
import { constraintSiblings, withoutNoteMembers } from "./compose";
import { DOC_KEYWORDS, isUntypedEmpty, SchemaWriter } from "./schema-type";

/**
 * Keys an `allOf` schema may hold and still be an interface that extends its members: the documenting keywords
 * (but `nullable`, which an interface cannot carry) and the object's own structure.
 */
const EXTENDS_KEYS: ReadonlySet<string> = new Set([
  ...[...DOC_KEYWORDS].filter((k) => k !== "nullable"),
  "allOf",
  "type",
  "properties",
  "required",
  "minProperties",
  "maxProperties",
]);

export interface Declaration {
  readonly name: string;
  readonly text: string;
}

const isObjectSchema = (s: Json | undefined): s is JsonObject =>
  isObject(s) &&
  typeof s.$ref !== "string" &&
  (s.type === "object" || (s.type === undefined && isObject(s.properties))) &&
  isObject(s.properties) &&
  !s.allOf &&
  !s.oneOf &&
  !s.anyOf &&
  s.nullable !== true &&
  !isUntypedEmpty(s) &&
  (s.additionalProperties === undefined || s.additionalProperties === true || isObject(s.additionalProperties));

/**
 * Keys of an inline `allOf` member whose own members (and properties) can stand in its place: Azure nests
 * `allOf: [{ allOf: [Resource], properties: {} }]`. The keywords of one schema are a conjunction, so the
 * nested members and an object of its properties say the same in the outer allOf.
 */
const NESTED_KEYS = new Set(["allOf", "type", "properties", "required", "description", "title", "example", "examples", "deprecated", "xml"]);

/** A whole schema's `readOnly`/`writeOnly` (Azure marks resources): reported, and the schema keeps its form. */
const VISIBILITY_KEYS: ReadonlySet<string> = new Set(["readOnly", "writeOnly"]);

type Member = { schema: Json; at: (string | number)[] };

/** The members with every inline `allOf` member replaced by its members and its own properties, each with its path. */
function flattenedMembers(members: readonly Member[], depth = 0): Member[] {
  return members.flatMap((m) => {
    const s = m.schema;
    const nested =
      depth < 10 &&
      isObject(s) &&
      Array.isArray(s.allOf) &&
      (s.type === undefined || s.type === "object") &&
      (s.required === undefined || isObject(s.properties)) &&
      Object.keys(s).every((k) => NESTED_KEYS.has(k) || k.startsWith("x-"));
    if (!nested) return [m];
    const inner = flattenedMembers(
      (s.allOf as Json[]).map((schema, i) => ({ schema, at: [...m.at, "allOf", i] })),
      depth + 1,
    );
    const properties = s.properties;
    if (!isObject(properties) || Object.keys(properties).length === 0) return inner;
    return [...inner, { schema: { type: "object", properties, required: s.required ?? [] }, at: m.at }];
  });
}

export class SchemaDeclarations {
  readonly declarations: Declaration[] = [];
  readonly writer: SchemaWriter;

  constructor(private readonly ctx: OpenApiImport) {
    this.writer = new SchemaWriter(ctx, (hint, schema, pointer) => {
      const name = ctx.uniqueName(hint.charAt(0).toUpperCase() + hint.slice(1));
      this.declare(name, schema, pointer);
      return name;
    });
  }

  /** Chooses every component schema's TS name first, so references resolve in any order. */
  nameComponents(): string[] {
    const schemas = this.ctx.root.components;
    const entries = isObject(schemas) && isObject(schemas.schemas) ? Object.keys(schemas.schemas) : [];
    for (const key of entries) this.ctx.schemaNames.set(pointerJoin("/components/schemas", key), this.ctx.uniqueName(key));
    return entries;
  }

  declareComponents(): void {
    const schemas = this.ctx.root.components;
    for (const key of isObject(schemas) && isObject(schemas.schemas) ? Object.keys(schemas.schemas) : []) {
      const pointer = pointerJoin("/components/schemas", key);
      this.declare(this.ctx.schemaNames.get(pointer)!, this.ctx.at(`#${pointer}`) ?? {}, pointer);
    }
    this.unionsWithUnknownMembers();
  }

  /**
   * `(A | B) & OneOf` where a member was declared `unknown` (a schema the DSL cannot express): TypeScript reduces the
   * union to `unknown`, which `OneOf` cannot mark; written as the plain union, reported.
   */
  private unionsWithUnknownMembers(): void {
    const unknown = new Set(this.declarations.filter((d) => d.text.endsWith(`export type ${d.name} = unknown;\n`)).map((d) => d.name));
    for (const oneOf of this.writer.oneOfs) {
      if (!oneOf.members.some((m) => unknown.has(m))) continue;
      const at = this.declarations.findIndex((d) => d.text.includes(oneOf.written));
      const declaration = this.declarations[at];
      if (!declaration) continue;
      this.declarations[at] = { ...declaration, text: declaration.text.replace(oneOf.written, oneOf.union) };
      this.ctx.report("import-oa-composition", oneOf.pointer, "'oneOf'", "approximate", "a member has no form (unknown), so the union is any value");
    }
  }

  /** A component's own object schema (following a `$ref` alias), when it can be an interface base. */
  private baseName(member: Json): string | undefined {
    if (!isObject(member) || typeof member.$ref !== "string") return undefined;
    const name = this.ctx.schemaNames.get(member.$ref.slice(1));
    const target = this.ctx.at(member.$ref);
    const extendable = isObjectSchema(target) || (isObject(target) && Array.isArray(target.allOf) && this.extendsForm(target) !== undefined);
    return name && extendable ? name : undefined;
  }

  /**
   * `allOf` of component object schemas, inline object schemas and properties
   * beside the `allOf` (`{ allOf: [A], properties }`): `interface X extends A, B { own }`.
   */
  private extendsForm(s: JsonObject): { bases: string[]; own: { schema: JsonObject; at: (string | number)[] }[]; overrides: boolean } | undefined {
    const { schema, members } = withoutNoteMembers(s);
    const others = Object.keys(schema).filter((k) => !EXTENDS_KEYS.has(k) && !VISIBILITY_KEYS.has(k) && !k.startsWith("x-"));
    if (!Array.isArray(schema.allOf) || others.length > 0 || (schema.type !== undefined && schema.type !== "object")) return undefined;
    const own: { schema: JsonObject; at: (string | number)[] }[] = [];
    if (isObject(schema.properties)) own.push({ schema: { type: "object", properties: schema.properties, required: schema.required ?? [] }, at: [] });
    else if (schema.required !== undefined) return undefined; // requires the bases' properties: no interface form
    const bases: string[] = [];
    const inherited = new Set<string>();
    for (const { schema: member, at } of flattenedMembers(members.map(({ schema, index }) => ({ schema, at: ["allOf", index] })))) {
      const base = this.baseName(member);
      if (base) {
        bases.push(base);
        this.propertyNames(member, inherited);
      } else if (isObjectSchema(member) && !isObject(member.additionalProperties)) own.push({ schema: member, at });
      else return undefined;
    }
    // Inline members become one body and parts: only when each requires its own properties and no name repeats.
    const names = own.flatMap((o) => Object.keys(o.schema.properties as JsonObject));
    const selfRequired = own.every(
      (o) => !Array.isArray(o.schema.required) || o.schema.required.every((r) => typeof r === "string" && r in (o.schema.properties as JsonObject)),
    );
    if (new Set(names).size !== names.length || !selfRequired) return undefined;
    return { bases, own, overrides: names.some((n) => inherited.has(n)) };
  }

  /** The property names a schema declares, through `$ref`s and `allOf`s. */
  private propertyNames(schema: Json, into: Set<string>, depth = 0): void {
    const s = this.ctx.deref(schema, "").value;
    if (!isObject(s) || depth > 20) return;
    if (isObject(s.properties)) for (const n of Object.keys(s.properties)) into.add(n);
    if (Array.isArray(s.allOf)) for (const m of s.allOf) this.propertyNames(m, into, depth + 1);
  }

  declare(name: string, schema: Json, pointer: string): void {
    const doc = jsDoc(docParts(isObject(schema) ? withoutNoteMembers(schema).schema : schema));
    const w = this.writer;
    if (isObjectSchema(schema)) {
      const heritage = [w.additional(schema, pointer, name), ...w.counts(schema, pointer)].filter((h) => h !== "");
      this.declarations.push({
        name,
        text: `${doc}export interface ${name}${heritage.length > 0 ? ` extends ${heritage.join(", ")}` : ""} {\n${w.members(schema, pointer, name)}}\n`,
      });
      return;
    }
    // A closed `type: object` without properties is an interface with none.
    const closed =
      isObject(schema) && schema.additionalProperties === false
        ? { ...(schema as JsonObject), additionalProperties: true, ...(schema.type === "object" && !schema.properties ? { properties: {} } : {}) }
        : undefined;
    if (closed && isObjectSchema(closed)) {
      // `additionalProperties: false`: the marker closes it (and no other schema can extend it, SL3194).
      w.uses.add("Closed");
      const heritage = ["Closed", ...w.counts(closed, pointer)].join(", ");
      this.declarations.push({ name, text: `${doc}export interface ${name} extends ${heritage} {\n${w.members(closed, pointer, name)}}\n` });
      return;
    }
    if (isObject(schema) && Array.isArray(schema.allOf) && !(schema.allOf.length === 1 && Object.keys(schema).length === 1)) {
      const form = this.extendsForm(schema);
      if (form) {
        for (const key of VISIBILITY_KEYS)
          if (schema[key] === true)
            this.ctx.report(
              "import-oa-keyword",
              pointerJoin(pointer, key),
              `'${key}' of a whole schema`,
              "dropped",
              "ReadOnly and WriteOnly mark properties; mark the properties that use the schema",
            );
        form.bases.forEach((b) => w.refs.add(b));
        // One part is the body; every further inline member becomes a named part, so the built allOf has the source's members.
        const [body, ...parts] = form.own;
        const partNames = parts.map((part, i) => {
          const partName = this.ctx.uniqueName(`${name}Part${i + 2}`);
          this.declare(partName, part.schema, pointerJoin(pointer, ...part.at));
          return partName;
        });
        const members = body ? w.members(body.schema, pointerJoin(pointer, ...body.at), name) : "";
        // Property counts beside the allOf bound the whole value: markers next to the bases.
        const counts = w.counts(schema, pointer);
        const bases = [...form.bases, ...partNames, ...counts];
        // An own property that redeclares a base's (another default, optional where the base requires it) is legal in
        // allOf but not in `interface … extends`; an intersection says the same allOf and lets TypeScript accept it.
        // So do counts: an interface cannot extend a marker that a base already carries with another number.
        if (form.overrides || counts.length > 0) {
          this.declarations.push({ name, text: `${doc}export type ${name} = ${[...bases, `{\n${members}}`].join(" & ")};\n` });
          return;
        }
        const heritage = bases.length > 0 ? ` extends ${bases.join(", ")}` : "";
        this.declarations.push({ name, text: `${doc}export interface ${name}${heritage} {\n${members}}\n` });
        return;
      }
      const single = withoutNoteMembers(schema);
      if (single.members.length === 1 && constraintSiblings(single.schema, DOC_KEYWORDS).length === 0) {
        // One member that is not an object schema (a described `$ref` to a string): an alias of it.
        this.declarations.push({ name, text: `${doc}export type ${name} = ${w.type(single.schema, pointer, name)};\n` });
        return;
      }
      this.ctx.report(
        "import-oa-composition",
        pointerJoin(pointer, "allOf"),
        "'allOf'",
        "dropped",
        "only an allOf of object schemas (an interface that extends them) has a form yet",
      );
      this.declarations.push({ name, text: `${doc}export type ${name} = unknown;\n` });
      return;
    }
    this.declarations.push({ name, text: `${doc}export type ${name} = ${w.type(schema, pointer, name)};\n` });
  }
}

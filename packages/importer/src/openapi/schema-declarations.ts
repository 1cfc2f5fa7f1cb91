/**
 * components/schemas → named declarations: an object schema becomes an
 * interface, `allOf` of object schemas an interface that extends them, every
 * other schema a type alias. Inline `allOf`s are hoisted into named interfaces.
 */
import { isObject, pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";
import { docParts, jsDoc } from "./docs";
import { SchemaWriter } from "./schema-type";

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
  (s.additionalProperties === undefined || s.additionalProperties === true);

export class SchemaDeclarations {
  readonly declarations: Declaration[] = [];
  readonly writer: SchemaWriter;
  /** Component name → its pointer, once all are named. */
  private pointerOf?: Map<string, string>;

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
  }

  /** A component's own object schema (following a `$ref` alias), when it can be an interface base. */
  private baseName(member: Json): string | undefined {
    if (!isObject(member) || typeof member.$ref !== "string") return undefined;
    const name = this.ctx.schemaNames.get(member.$ref.slice(1));
    const target = this.ctx.at(member.$ref);
    const extendable = isObjectSchema(target) || (isObject(target) && Array.isArray(target.allOf) && this.extendsForm(target) !== undefined);
    return name && extendable ? name : undefined;
  }

  /** `allOf` of component object schemas and at most one inline object schema: `interface X extends A, B { own }`. */
  private extendsForm(s: JsonObject): { bases: string[]; own?: JsonObject; ownIndex?: number } | undefined {
    const others = Object.keys(s).filter((k) => !["allOf", "description", "title", "example", "examples", "deprecated", "type"].includes(k));
    if (!Array.isArray(s.allOf) || others.length > 0 || (s.type !== undefined && s.type !== "object")) return undefined;
    const bases: string[] = [];
    let own: JsonObject | undefined;
    let ownIndex: number | undefined;
    for (const [i, member] of s.allOf.entries()) {
      const base = this.baseName(member);
      if (base) bases.push(base);
      else if (!own && isObjectSchema(member)) [own, ownIndex] = [member, i];
      else return undefined;
    }
    return { bases, ...(own ? { own, ownIndex } : {}) };
  }

  /** The property names an interface base has, its own bases' included. */
  private propertyNames(base: string, seen: Set<string>): string[] {
    if (seen.has(base)) return [];
    seen.add(base);
    this.pointerOf ??= new Map([...this.ctx.schemaNames].map(([at, n]) => [n, at]));
    const pointer = this.pointerOf.get(base);
    const schema = pointer === undefined ? undefined : this.ctx.at(`#${pointer}`);
    if (!isObject(schema)) return [];
    if (isObject(schema.properties)) return Object.keys(schema.properties);
    const form = this.extendsForm(schema);
    if (!form) return [];
    return [
      ...form.bases.flatMap((b) => this.propertyNames(b, seen)),
      ...(form.own && isObject(form.own.properties) ? Object.keys(form.own.properties) : []),
    ];
  }

  declare(name: string, schema: Json, pointer: string): void {
    const doc = jsDoc(docParts(schema));
    const w = this.writer;
    if (isObjectSchema(schema)) {
      this.declarations.push({ name, text: `${doc}export interface ${name} {\n${w.members(schema, pointer, name)}}\n` });
      return;
    }
    if (isObject(schema) && Array.isArray(schema.allOf) && !(schema.allOf.length === 1 && Object.keys(schema).length === 1)) {
      const form = this.extendsForm(schema);
      if (form) {
        form.bases.forEach((b) => w.refs.add(b));
        const members = form.own ? w.members(form.own, pointerJoin(pointer, "allOf", form.ownIndex!), name) : "";
        // An own property that redeclares a base's (another default, optional where the base requires it) is legal in
        // allOf but not in `interface … extends`; an intersection says the same allOf and lets TypeScript accept it.
        const inherited = new Set(form.bases.flatMap((b) => this.propertyNames(b, new Set())));
        if (form.own && isObject(form.own.properties) && Object.keys(form.own.properties).some((k) => inherited.has(k))) {
          this.declarations.push({ name, text: `${doc}export type ${name} = ${[...form.bases, `{\n${members}}`].join(" & ")};\n` });
          return;
        }
        const heritage = form.bases.length > 0 ? ` extends ${form.bases.join(", ")}` : "";
        this.declarations.push({ name, text: `${doc}export interface ${name}${heritage} {\n${members}}\n` });
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

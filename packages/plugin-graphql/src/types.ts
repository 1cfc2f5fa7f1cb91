/**
 * IR types → GraphQL types. Models and named object schemas become object
 * types (and `…Input` input types when a request sends them), enums become
 * enums, discriminated unions of objects become unions, `extends` becomes an
 * interface. What GraphQL cannot express (a union in an input, a union of
 * scalars) becomes the JSON scalar with a warning; maps and `unknown` are JSON.
 */
import type { Diagnostic, FieldNode, ObjectType, SourceLocation, SpecIR, TypeNode, UnionType } from "@specloom/core/plugin";
import type { Direction, SpecFacts } from "./adapter";
import { graphqlDiagnostics } from "./diagnostics";
import { NameScope } from "./names";
import { description, printBlock, type SdlField } from "./sdl";
import { scalarFor, type ScalarName } from "./scalars";

export interface MapperOptions {
  readonly uuidAsId: boolean;
}

const pascal = (s: string) => s.replace(/(^|[^A-Za-z0-9])([a-z])/g, (_m, _sep, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");

export class TypeMapper {
  readonly diagnostics: Diagnostic[] = [];
  readonly scalars = new Set<ScalarName>();
  /** Printed definitions by GraphQL name, in the order they were first needed. */
  private readonly definitions = new Map<string, string>();
  private readonly pending = new Set<string>();
  readonly names: NameScope;

  constructor(
    private readonly facts: SpecFacts,
    private readonly options: MapperOptions,
    reserved: readonly string[],
  ) {
    this.names = new NameScope(reserved);
  }

  /** All type definitions, enums first, then in first-use order. */
  printDefinitions(): string[] {
    return [...this.definitions.values()];
  }

  /**
   * Claims the names the author declared (models, named object and union schemas, enums) before any
   * derived name (`DraftInput`, `BookingPaymentSource`), so a derived name gives way to a declared one.
   */
  reserveDeclared(ir: Pick<SpecIR, "models" | "schemas" | "enums">): void {
    for (const m of ir.models) this.typeName(m.schemaName ?? m.name, "Type", m.loc);
    for (const s of ir.schemas) {
      if (s.type.kind === "object") this.typeName(s.name, "Type", s.loc);
      else if (s.type.kind === "union") this.typeName(s.name, "Union", s.loc);
    }
    for (const e of ir.enums) if (e.source !== "inline") this.typeName(e.name, "Enum", e.loc);
  }

  /** A GraphQL name for an IR name of kind `what`, reporting a change once. Kinds never share a name. */
  typeName(raw: string, what: string, loc?: SourceLocation): string {
    const { name, fresh } = this.names.claimFor(`${what}:${raw}`, raw);
    if (fresh && name !== raw) this.report("graphql/name-changed", { what, name: raw, graphqlName: name }, loc);
    return name;
  }

  report(id: "graphql/name-changed", args: { what: string; name: string; graphqlName: string }, loc?: SourceLocation): void;
  report(id: "graphql/type-not-representable", args: { where: string; detail: string }, loc?: SourceLocation): void;
  report(id: "graphql/type-empty", args: { name: string; direction: string }, loc?: SourceLocation): void;
  report(id: keyof typeof graphqlDiagnostics.defs, args: Record<string, string>, loc?: SourceLocation): void {
    this.diagnostics.push((graphqlDiagnostics.create as (i: string, a: object, l?: SourceLocation) => Diagnostic)(id, args, loc));
  }

  private json(where: string, detail: string | undefined, loc?: SourceLocation): string {
    if (detail) this.report("graphql/type-not-representable", { where, detail }, loc);
    this.scalars.add("JSON");
    return "JSON";
  }

  /** The GraphQL type of a field, `!` when it is always present. */
  fieldType(field: FieldNode, direction: Direction, hint: string, where: string): string {
    const base = this.typeRef(field.type, direction, hint, where, field.loc);
    const required = !field.optional && !field.nullable && (direction === "output" || field.default === undefined);
    return required ? `${base}!` : base;
  }

  /** The GraphQL type (without the outer `!`) of an IR type. */
  typeRef(type: TypeNode, direction: Direction, hint: string, where: string, loc?: SourceLocation): string {
    switch (type.kind) {
      case "primitive": {
        const scalar = scalarFor(type, this.options.uuidAsId);
        if (scalar.custom) this.scalars.add(scalar.name as ScalarName);
        return scalar.name;
      }
      case "literal":
        return typeof type.value === "string" ? "String" : typeof type.value === "boolean" ? "Boolean" : Number.isInteger(type.value) ? "Int" : "Float";
      case "array":
        return `[${this.typeRef(type.items, direction, hint, where, loc)}!]`;
      case "record":
        return this.json(where, undefined);
      case "object":
        return this.objectType(hint, type, direction, undefined, loc);
      case "union":
        return this.unionType(hint, type, direction, where, loc);
      case "ref":
        return this.namedRef(type.name, type.refKind, direction, where, loc);
    }
  }

  private namedRef(name: string, target: "model" | "enum" | "schema", direction: Direction, where: string, loc?: SourceLocation): string {
    if (target === "enum") return this.enumType(name);
    if (target === "model") {
      const model = this.facts.model(name);
      if (!model) return this.json(where, `unknown model '${name}'`, loc);
      const fields = this.facts.modelFields(model, direction);
      // The model's API name (`Entity<{ schemaName }>`), as in openapi.json: its TypeScript name may be an API type's.
      const apiName = model.schemaName ?? name;
      return this.declareObject(apiName, direction, model.docs.description, model.loc, () => this.fields(fields, direction, apiName), []);
    }
    const schema = this.facts.schema(name);
    if (!schema) return this.json(where, `unknown schema '${name}'`, loc);
    if (schema.type.kind === "object") return this.objectType(name, schema.type, direction, schema.docs.description, schema.loc);
    if (schema.type.kind === "union") return this.unionType(name, schema.type, direction, `Schema '${name}'`, schema.loc);
    return this.typeRef(schema.type, direction, name, `Schema '${name}'`, schema.loc);
  }

  private enumType(name: string): string {
    const node = this.facts.enum(name);
    const key = `enum:${name}`;
    const gqlName = this.typeName(name, "Enum", node?.loc);
    if (this.pending.has(key) || !node) return node ? gqlName : this.json(`Enum '${name}'`, "it is not declared");
    this.pending.add(key);
    const values = new NameScope();
    const lines = node.values.map((v) => {
      const value = values.claim(String(v), "enumValue");
      if (value !== String(v)) this.report("graphql/name-changed", { what: `Value of enum '${name}'`, name: String(v), graphqlName: value }, node.loc);
      return `  ${value}\n`;
    });
    this.definitions.set(gqlName, `${description(node.docs.description)}enum ${gqlName} {\n${lines.join("")}}\n`);
    return gqlName;
  }

  /**
   * The schema that declares a field: an inherited field's inline type is named after its base
   * (`BookingPaymentSource`), so the interface and every type implementing it agree on the field's type.
   */
  private readonly declaredIn = new WeakMap<FieldNode, string>();

  /** Own fields plus those of every schema it extends (GraphQL has no inheritance). */
  private objectFields(name: string, type: ObjectType, direction: Direction, seen: Set<string> = new Set()): FieldNode[] {
    const inherited = (type.extends ?? []).flatMap((base) => {
      const schema = this.facts.schema(base);
      if (!schema || schema.type.kind !== "object" || seen.has(base)) return [];
      seen.add(base);
      return this.objectFields(base, schema.type, direction, seen);
    });
    const own = type.properties.filter((f) => this.facts.visible(f, direction));
    for (const f of own) if (!this.declaredIn.has(f)) this.declaredIn.set(f, name);
    return [...inherited.filter((f) => !own.some((o) => o.name === f.name)), ...own];
  }

  /** Every schema an object type extends, transitively (GraphQL wants them all listed). */
  private ancestors(type: ObjectType, seen: Set<string> = new Set()): string[] {
    for (const base of type.extends ?? []) {
      if (seen.has(base)) continue;
      seen.add(base);
      const schema = this.facts.schema(base);
      if (schema?.type.kind === "object") this.ancestors(schema.type, seen);
    }
    return [...seen];
  }

  private objectType(name: string, type: ObjectType, direction: Direction, doc: string | undefined, loc?: SourceLocation): string {
    const bases = [...this.ancestors(type), ...(this.facts.isExtended(name) ? [name] : [])];
    const interfaces = direction === "output" ? bases.map((base) => this.interfaceType(base)) : [];
    return this.declareObject(name, direction, doc, loc, () => this.fields(this.objectFields(name, type, direction), direction, name), interfaces);
  }

  /** `interface <Base>Interface`, which the base schema and everything extending it implement. */
  private interfaceType(base: string): string {
    const schema = this.facts.schema(base)!;
    const gqlName = this.typeName(`${base}Interface`, "Interface", schema.loc);
    const key = `interface:${base}`;
    if (this.pending.has(key)) return gqlName;
    this.pending.add(key);
    const type = schema.type as ObjectType;
    const parents = this.ancestors(type).map((b) => this.interfaceType(b));
    const fields = this.fields(this.objectFields(base, type, "output"), "output", base);
    const implementsClause = parents.length > 0 ? ` implements ${parents.join(" & ")}` : "";
    this.definitions.set(
      gqlName,
      printBlock(`interface ${gqlName}${implementsClause}`, this.nonEmpty(fields, gqlName, "output", schema.loc), schema.docs.description),
    );
    // The base schema is a concrete type too, implementing its own interface.
    this.namedRef(base, "schema", "output", `Schema '${base}'`, schema.loc);
    return gqlName;
  }

  private declareObject(
    raw: string,
    direction: Direction,
    doc: string | undefined,
    loc: SourceLocation | undefined,
    fields: () => SdlField[],
    interfaces: readonly string[],
  ): string {
    // `CategoryInput` stays itself as an input type rather than becoming `CategoryInputInput`.
    const inputName = raw.endsWith("Input") ? raw : `${raw}Input`;
    const gqlName = this.typeName(direction === "input" ? inputName : raw, direction === "input" ? "Input type" : "Type", loc);
    const key = `${direction}:${raw}`;
    if (this.pending.has(key)) return gqlName;
    this.pending.add(key);
    // Reserve the position first: recursive types refer back to this one while its fields are mapped.
    this.definitions.set(gqlName, "");
    const keyword = direction === "input" ? "input" : "type";
    const implementsClause = interfaces.length > 0 ? ` implements ${interfaces.join(" & ")}` : "";
    this.definitions.set(gqlName, printBlock(`${keyword} ${gqlName}${implementsClause}`, this.nonEmpty(fields(), gqlName, direction, loc), doc));
    return gqlName;
  }

  private nonEmpty(fields: SdlField[], name: string, direction: Direction, loc?: SourceLocation): SdlField[] {
    if (fields.length > 0) return fields;
    this.report("graphql/type-empty", { name, direction }, loc);
    return [{ name: "_", type: "Boolean", description: "Placeholder: GraphQL types need a field, and this one has none a client can see." }];
  }

  fields(fields: readonly FieldNode[], direction: Direction, owner: string): SdlField[] {
    const scope = new NameScope();
    return fields.map((f) => {
      const name = scope.claim(f.name);
      if (name !== f.name) this.report("graphql/name-changed", { what: `Field of '${owner}'`, name: f.name, graphqlName: name }, f.loc);
      const where = `Field '${owner}.${f.name}'`;
      return {
        name,
        type: this.fieldType(f, direction, `${this.declaredIn.get(f) ?? owner}${pascal(f.name)}`, where),
        description: f.docs.description,
        deprecated: f.docs.deprecated,
      };
    });
  }

  private unionType(name: string, type: UnionType, direction: Direction, where: string, loc?: SourceLocation): string {
    if (direction === "input") return this.json(where, "GraphQL input types have no unions", loc);
    const variants: string[] = [];
    for (const [i, variant] of type.variants.entries()) {
      const tag = type.discriminator ? Object.entries(type.discriminator.mapping).find(([, index]) => index === i)?.[0] : undefined;
      if (variant.kind === "object") variants.push(this.objectType(`${name}${pascal(tag ?? String(i + 1))}`, variant, "output", undefined, loc));
      else if (variant.kind === "ref" && variant.refKind !== "enum" && this.isObjectLike(variant.name, variant.refKind))
        variants.push(this.namedRef(variant.name, variant.refKind, "output", where, loc));
      else return this.json(where, "a union whose variants are not all objects", loc);
    }
    const gqlName = this.typeName(name, "Union", loc);
    const key = `union:${name}`;
    if (!this.pending.has(key)) {
      this.pending.add(key);
      this.definitions.set(gqlName, `union ${gqlName} = ${[...new Set(variants)].join(" | ")}\n`);
    }
    return gqlName;
  }

  private isObjectLike(name: string, target: "model" | "schema"): boolean {
    return target === "model" ? this.facts.model(name) !== undefined : this.facts.schema(name)?.type.kind === "object";
  }
}

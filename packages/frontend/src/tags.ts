/** Splits a type into its base and its specloom tags (`string & Format<'email'>`). */
import ts from "typescript";
import { isConstraintTag } from "./apply-tags";
import { nonNullableTypeOf } from "./type-values";

const TAG_PROPERTY = "specloom.tag";

export interface Tagged {
  /** The type without tag carriers (`string`), or undefined when only tags remain. */
  readonly base: ts.Type | undefined;
  /** Tag name → the tag's value type (`format` → `"email"`). */
  readonly tags: ReadonlyMap<string, ts.Type>;
}

/**
 * The checker interns instantiations (every `MaxLength<255>` is one type), so a tag member's carrier and its
 * tags are read once per type, not once per field. Types belong to one checker: keying on them is safe.
 */
const carriers = new WeakMap<ts.Type, ts.Type | null>();
const carrierTags = new WeakMap<ts.Type, readonly (readonly [string, ts.Type])[]>();

function tagCarrierValue(member: ts.Type, checker: ts.TypeChecker): ts.Type | undefined {
  if (!(member.flags & ts.TypeFlags.Object)) return undefined;
  let carrier = carriers.get(member);
  if (carrier === undefined) {
    const prop = checker.getPropertyOfType(member, TAG_PROPERTY);
    carrier = prop ? nonNullableTypeOf(prop, checker) : null;
    carriers.set(member, carrier);
  }
  return carrier ?? undefined;
}

function collectTags(carrier: ts.Type, checker: ts.TypeChecker, into: Map<string, ts.Type>): void {
  let tags = carrierTags.get(carrier);
  if (!tags) {
    tags = checker.getPropertiesOfType(carrier).map((p) => [p.getName(), checker.getTypeOfSymbol(p)] as const);
    carrierTags.set(carrier, tags);
  }
  for (const [name, type] of tags) into.set(name, type);
}

/** Reads tags from one non-union type. */
export function splitTags(type: ts.Type, checker: ts.TypeChecker): Tagged {
  const tags = new Map<string, ts.Type>();
  if (!type.isIntersection()) {
    const carrier = tagCarrierValue(type, checker);
    if (!carrier) return { base: type, tags };
    collectTags(carrier, checker, tags);
    return { base: undefined, tags };
  }
  const rest: ts.Type[] = [];
  for (const member of type.types) {
    const carrier = tagCarrierValue(member, checker);
    if (carrier) collectTags(carrier, checker, tags);
    else rest.push(member);
  }
  if (rest.length === type.types.length) return { base: type, tags };
  // Several non-tag members (`A & B & Tag`): the intersection itself is the base;
  // object conversion skips the tag property.
  return { base: rest.length === 1 ? rest[0] : rest.length === 0 ? undefined : type, tags };
}

/**
 * Reads tags from a possibly-union type. TS distributes `Role & Default<'x'>`
 * over the union, so each variant carries the same tags: they are merged and
 * the variants' bases returned.
 */
export function splitUnionTags(
  variants: readonly ts.Type[],
  checker: ts.TypeChecker,
): { bases: ts.Type[]; tags: Map<string, ts.Type>; baseTags: ReadonlyMap<string, ts.Type>[] } {
  const tags = new Map<string, ts.Type>();
  const bases: ts.Type[] = [];
  const baseTags: ReadonlyMap<string, ts.Type>[] = [];
  for (const v of variants) {
    const t = splitTags(v, checker);
    for (const [k, val] of t.tags) if (!tags.has(k)) tags.set(k, val);
    if (t.base) {
      bases.push(t.base);
      baseTags.push(t.tags);
    }
  }
  return { bases, tags, baseTags };
}

const isLiteral = (t: ts.Type): boolean => t.isStringLiteral() || t.isNumberLiteral() || (t.flags & ts.TypeFlags.BooleanLiteral) !== 0;

/**
 * A union of other than literals constrains each variant by its own tags (`UUIDv4 | (number & Minimum<1>)`, and
 * `(A[] | B[]) & MinItems<1>`, which TypeScript distributes over the variants): they stay with their variant, while
 * field facts (`Default`, `ReadOnly`) and `OneOf` are the union's. A literal union is an enum: its tags are the enum's.
 */
export function variantConstraints(
  bases: readonly ts.Type[],
  tags: Map<string, ts.Type>,
  baseTags: readonly ReadonlyMap<string, ts.Type>[],
): { tags: ReadonlyMap<string, ts.Type>; own?: readonly ReadonlyMap<string, ts.Type>[] } {
  if (bases.length < 2 || bases.every(isLiteral)) return { tags };
  const own = baseTags.map((m) => new Map([...m].filter(([name]) => isConstraintTag(name))));
  if (own.every((m) => m.size === 0)) return { tags };
  return { tags: new Map([...tags].filter(([name]) => !isConstraintTag(name))), own };
}

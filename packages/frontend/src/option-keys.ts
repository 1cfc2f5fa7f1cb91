/**
 * Excess-property check for option type arguments (`Entity<{ timestamp: true }>`).
 * TypeScript checks a type argument only against its constraint, which lets
 * unknown keys through; specloom would then drop the feature without a word.
 * The known keys come from the authoring package's declared option types
 * through the checker, so a new option can never be forgotten here.
 */
import ts from "typescript";
import { closestName, didYouMean } from "@specloom/core";
import type { FrontendContext } from "./context";
import { declOf } from "./locate";
import { nonNullable } from "./type-values";

/**
 * By checker, then declaration of the marker or tag property: every instantiation (each `Endpoint<{…}>`) shares
 * it. Watch mode keeps unchanged source files (the authoring package's too) in the next program, whose checker differs.
 */
const declaredOptions = new WeakMap<ts.TypeChecker, WeakMap<ts.Node, ts.Type | null>>();

/**
 * The declared options type of a marker or tag property (`"specloom.entity"?: O`
 * with `O extends EntityOptions` → EntityOptions), read from its declaration.
 */
export function declaredOptionsType(prop: ts.Symbol, checker: ts.TypeChecker): ts.Type | undefined {
  const decl = declOf(prop);
  if (!decl || !ts.isPropertySignature(decl) || !decl.type) return undefined;
  let byDecl = declaredOptions.get(checker);
  if (!byDecl) declaredOptions.set(checker, (byDecl = new WeakMap()));
  let known = byDecl.get(decl);
  if (known === undefined) {
    const declared = checker.getTypeAtLocation(decl.type);
    known = (declared.flags & ts.TypeFlags.TypeParameter ? checker.getBaseConstraintOfType(declared) : declared) ?? null;
    byDecl.set(decl, known);
  }
  return known ?? undefined;
}

/** Reports every key of `prop`'s instantiated type that its declared options type does not have. */
export function checkOptionKeys(prop: ts.Symbol | undefined, ctx: FrontendContext, fallback: ts.Node): void {
  if (!prop) return;
  const expected = declaredOptionsType(prop, ctx.checker);
  if (expected) checkValue(ctx.checker.getTypeOfSymbol(prop), expected, ctx, fallback, 0);
}

function isListType(t: ts.Type, checker: ts.TypeChecker): boolean {
  return checker.isArrayType(t) || checker.isTupleType(t);
}

/** What an expected (declared) options type allows: the same for every value checked against it. */
interface Expected {
  /** The element type when the expected type is a list. */
  readonly element: ts.Type | undefined;
  /** The object shapes' keys (first shape's declaration wins), empty when no shape has named keys. */
  readonly known: ReadonlyMap<string, ts.Symbol>;
  /** The options type's name in messages. */
  readonly what: string;
}

/**
 * Declared option types belong to the authoring package and are checked against thousands of values: what they
 * allow is read once per type (types belong to one checker, so keying on them is safe).
 */
const expectations = new WeakMap<ts.Type, Expected>();

function expectationOf(expectedType: ts.Type, checker: ts.TypeChecker): Expected {
  let found = expectations.get(expectedType);
  if (found) return found;
  // `Callback<Url, O extends WebhookOptions>` declares `options: O`: check against O's constraint.
  const declared = expectedType.flags & ts.TypeFlags.TypeParameter ? (checker.getBaseConstraintOfType(expectedType) ?? expectedType) : expectedType;
  const expected = nonNullable(declared, checker);
  const members = expected.isUnion() ? expected.types : [expected];
  const lists = members.filter((m) => checker.isArrayType(m));
  // Members of the expected type that are option objects (named keys, no index signature).
  const shapes = members.filter(
    (m) =>
      m.flags & ts.TypeFlags.Object && !isListType(m, checker) && checker.getIndexInfosOfType(m).length === 0 && checker.getPropertiesOfType(m).length > 0,
  );
  const known = new Map<string, ts.Symbol>();
  for (const shape of shapes) for (const p of checker.getPropertiesOfType(shape)) if (!known.has(p.getName())) known.set(p.getName(), p);
  found = {
    element: lists[0] && checker.getTypeArguments(lists[0] as ts.TypeReference)[0],
    known,
    what: shapes.map((s) => s.aliasSymbol?.getName() ?? s.getSymbol()?.getName()).find((n) => n && n !== "__type") ?? "options",
  };
  expectations.set(expectedType, found);
  return found;
}

function checkValue(actualType: ts.Type, expectedType: ts.Type, ctx: FrontendContext, fallback: ts.Node, depth: number): void {
  const { checker } = ctx;
  if (depth > 8) return;
  const actual = nonNullable(actualType, checker);
  const expected = expectationOf(expectedType, checker);
  if (isListType(actual, checker)) {
    const element = expected.element;
    if (!element) return;
    for (const item of checker.getTypeArguments(actual as ts.TypeReference)) checkValue(item, element, ctx, fallback, depth + 1);
    return;
  }
  if (!(actual.flags & ts.TypeFlags.Object) || expected.known.size === 0 || actual.getCallSignatures().length) return;
  const { known, what } = expected;
  for (const p of checker.getPropertiesOfType(actual)) {
    const key = p.getName();
    const declaredProp = known.get(key);
    if (!declaredProp) {
      const suggestion = closestName(key, known.keys());
      const hint = suggestion !== undefined ? didYouMean(key, [suggestion]) : ` Known keys: ${[...known.keys()].join(", ")}.`;
      // Point at the key itself: it is the mistake, and a quick fix replaces exactly it.
      const decl = declOf(p);
      const at = decl && (ts.isPropertySignature(decl) || ts.isPropertyAssignment(decl)) ? decl.name : (decl ?? fallback);
      ctx.report("unknown-option-key", { key, what, hint }, at, suggestion !== undefined ? { suggestion } : undefined);
      continue;
    }
    checkValue(checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(declaredProp), ctx, declOf(p) ?? fallback, depth + 1);
  }
}

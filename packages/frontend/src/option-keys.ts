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

/**
 * The declared options type of a marker or tag property (`"specloom.entity"?: O`
 * with `O extends EntityOptions` → EntityOptions), read from its declaration.
 */
export function declaredOptionsType(prop: ts.Symbol, checker: ts.TypeChecker): ts.Type | undefined {
  const decl = declOf(prop);
  if (!decl || !ts.isPropertySignature(decl) || !decl.type) return undefined;
  const declared = checker.getTypeAtLocation(decl.type);
  if (declared.flags & ts.TypeFlags.TypeParameter) return checker.getBaseConstraintOfType(declared);
  return declared;
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

/** Members of the expected type that are option objects (named keys, no index signature). */
function objectShapes(expected: ts.Type, checker: ts.TypeChecker): ts.Type[] {
  const members = expected.isUnion() ? expected.types : [expected];
  return members.filter(
    (m) =>
      m.flags & ts.TypeFlags.Object && !isListType(m, checker) && checker.getIndexInfosOfType(m).length === 0 && checker.getPropertiesOfType(m).length > 0,
  );
}

function checkValue(actualType: ts.Type, expectedType: ts.Type, ctx: FrontendContext, fallback: ts.Node, depth: number): void {
  const { checker } = ctx;
  if (depth > 8) return;
  const actual = checker.getNonNullableType(actualType);
  // `Callback<Url, O extends WebhookOptions>` declares `options: O`: check against O's constraint.
  const declared = expectedType.flags & ts.TypeFlags.TypeParameter ? (checker.getBaseConstraintOfType(expectedType) ?? expectedType) : expectedType;
  const expected = checker.getNonNullableType(declared);
  if (isListType(actual, checker)) {
    const lists = (expected.isUnion() ? expected.types : [expected]).filter((m) => checker.isArrayType(m));
    const element = lists[0] && checker.getTypeArguments(lists[0] as ts.TypeReference)[0];
    if (!element) return;
    for (const item of checker.getTypeArguments(actual as ts.TypeReference)) checkValue(item, element, ctx, fallback, depth + 1);
    return;
  }
  if (!(actual.flags & ts.TypeFlags.Object) || actual.getCallSignatures().length) return;
  const shapes = objectShapes(expected, checker);
  if (shapes.length === 0) return;
  const known = new Map<string, ts.Symbol>();
  for (const shape of shapes) for (const p of checker.getPropertiesOfType(shape)) if (!known.has(p.getName())) known.set(p.getName(), p);
  const what = shapes.map((s) => s.aliasSymbol?.getName() ?? s.getSymbol()?.getName()).find((n) => n && n !== "__type") ?? "options";
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

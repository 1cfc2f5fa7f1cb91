/** Tag values TS accepts (any number, any string) that no artifact could honour, and bounds no value can meet. */
import type { Constraints } from "@specloom/core";
import type { FrontendContext } from "./context";
import type { Site } from "./types";

export interface ItemConstraints {
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** Problems reported as SL3006, as before this file existed. */
function optionProblems(c: Constraints): string[] {
  const problems: string[] = [];
  const count = (n: number | undefined, tag: string) => {
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) problems.push(`${tag}<${n}> needs a whole number of at least 0`);
  };
  count(c.minLength, "MinLength");
  count(c.maxLength, "MaxLength");
  for (const [tag, n] of [
    ["Minimum", c.minimum],
    ["Maximum", c.maximum],
    ["ExclusiveMinimum", c.exclusiveMinimum],
    ["ExclusiveMaximum", c.exclusiveMaximum],
  ] as const) {
    // 1e400 is Infinity: 'Infinity' in SQL, null in OpenAPI.
    if (n !== undefined && !Number.isFinite(n)) problems.push(`${tag}<${n}> is not a finite number`);
  }
  if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength)
    problems.push(`MinLength<${c.minLength}> exceeds MaxLength<${c.maxLength}>`);
  if (c.minimum !== undefined && c.maximum !== undefined && c.minimum > c.maximum) problems.push(`Minimum<${c.minimum}> exceeds Maximum<${c.maximum}>`);
  if (c.precision !== undefined && !(Number.isInteger(c.precision) && c.precision >= 1 && c.precision <= 1000))
    problems.push(`Decimal precision ${c.precision} must be a whole number from 1 to 1000`);
  if (c.scale !== undefined && !(Number.isInteger(c.scale) && c.scale >= 0 && c.scale <= (c.precision ?? 1000)))
    problems.push(`Decimal scale ${c.scale} must be a whole number from 0 to the precision`);
  return problems;
}

/** Lower and upper bounds that exclude every value, or say one thing twice. */
function contradictions(c: Constraints): { tags: string; detail: string }[] {
  const out: { tags: string; detail: string }[] = [];
  if (c.minimum !== undefined && c.exclusiveMinimum !== undefined)
    out.push({ tags: `Minimum<${c.minimum}> and ExclusiveMinimum<${c.exclusiveMinimum}>`, detail: "a value has one lower bound; keep one of them" });
  if (c.maximum !== undefined && c.exclusiveMaximum !== undefined)
    out.push({ tags: `Maximum<${c.maximum}> and ExclusiveMaximum<${c.exclusiveMaximum}>`, detail: "a value has one upper bound; keep one of them" });
  const low = c.exclusiveMinimum ?? c.minimum;
  const high = c.exclusiveMaximum ?? c.maximum;
  const exclusive = c.exclusiveMinimum !== undefined || c.exclusiveMaximum !== undefined;
  if (exclusive && low !== undefined && high !== undefined && low >= high) {
    const lowTag = c.exclusiveMinimum !== undefined ? `ExclusiveMinimum<${low}>` : `Minimum<${low}>`;
    const highTag = c.exclusiveMaximum !== undefined ? `ExclusiveMaximum<${high}>` : `Maximum<${high}>`;
    out.push({ tags: `${lowTag} and ${highTag}`, detail: "the lower bound is not below the upper bound" });
  }
  return out;
}

function itemProblems(items: ItemConstraints): { tag: string; detail: string }[] {
  const out: { tag: string; detail: string }[] = [];
  for (const [tag, n] of [
    ["MinItems", items.minItems],
    ["MaxItems", items.maxItems],
  ] as const) {
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) out.push({ tag: `${tag}<${n}>`, detail: "needs a whole number of at least 0" });
  }
  return out;
}

export function reportConstraintProblems(c: Constraints, items: ItemConstraints, ctx: FrontendContext, site: Site): void {
  const where = `${site.owner}.${site.field}`;
  for (const problem of optionProblems(c)) ctx.report("invalid-option", { what: "annotation", detail: problem }, site.node);
  for (const { tags, detail } of contradictions(c)) ctx.report("constraint-contradiction", { tags, where, detail }, site.node);
  if (c.multipleOf !== undefined && !(Number.isFinite(c.multipleOf) && c.multipleOf > 0))
    ctx.report("invalid-constraint", { tag: `MultipleOf<${c.multipleOf}>`, where, detail: "needs a finite number greater than 0" }, site.node);
  for (const { tag, detail } of itemProblems(items)) ctx.report("invalid-constraint", { tag, where, detail }, site.node);
  if (items.minItems !== undefined && items.maxItems !== undefined && items.minItems > items.maxItems)
    ctx.report(
      "constraint-contradiction",
      { tags: `MinItems<${items.minItems}> and MaxItems<${items.maxItems}>`, where, detail: "the minimum count exceeds the maximum" },
      site.node,
    );
}

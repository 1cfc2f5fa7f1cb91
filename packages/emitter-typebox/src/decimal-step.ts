/**
 * TypeBox checks `multipleOf` with a floating-point remainder, so `9.99 % 0.01`
 * (0.0099…) fails although 9.99 is a multiple of 0.01 as the schema means it.
 * A fractional step is checked by a small registered kind instead, on the
 * quotient with a relative tolerance; whole-number steps keep TypeBox's exact check.
 */
export const DECIMAL_STEP_KIND = "SpecloomDecimalStep";

export function isFractionalStep(step: unknown): step is number {
  return typeof step === "number" && !Number.isInteger(step);
}

/** Whether any schema in a JSON value has a fractional `multipleOf`. */
export function usesFractionalStep(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesFractionalStep);
  if (!value || typeof value !== "object") return false;
  const o = value as Record<string, unknown>;
  if ((o.type === "number" || o.type === "integer") && isFractionalStep(o.multipleOf)) return true;
  return Object.values(o).some(usesFractionalStep);
}

/** The registration block for `validators.ts`. */
export function decimalStepRegistration(): string {
  return [
    "// TypeBox's multipleOf is a floating-point remainder (9.99 % 0.01 !== 0): fractional steps are checked on the quotient.",
    `if (!TypeRegistry.Has(${JSON.stringify(DECIMAL_STEP_KIND)})) {`,
    `  TypeRegistry.Set<{ multipleOf: number }>(${JSON.stringify(DECIMAL_STEP_KIND)}, (schema, value) => {`,
    '    if (typeof value !== "number") return false;',
    "    const quotient = value / schema.multipleOf;",
    "    return Number.isFinite(quotient) && Math.abs(quotient - Math.round(quotient)) <= 1e-9 * Math.max(1, Math.abs(quotient));",
    "  });",
    "}",
    "",
  ].join("\n");
}

/**
 * Deep equality of plain JSON-like data, key order included (it decides the serialized output), for caches
 * that reuse what an earlier build made from equal inputs. Numbers compare with Object.is, so -0 and 0 differ:
 * a false "different" only costs a cache miss, a false "same" could change output.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  // Plain records only (with or without a prototype); anything else is equal only to itself.
  const proto: unknown = Object.getPrototypeOf(a);
  if (Array.isArray(b) || proto !== Object.getPrototypeOf(b) || (proto !== Object.prototype && proto !== null)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

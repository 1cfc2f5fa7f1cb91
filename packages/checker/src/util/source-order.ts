/** Source order (file, line, column): "the second declaration is the duplicate", whatever the output order. */
import type { SourceLocation } from "@specloom/core";

export function inSourceOrder<T>(items: readonly T[], locOf: (item: T) => SourceLocation | undefined): T[] {
  const key = (x: T) => {
    const l = locOf(x);
    return l ? ([l.file, l.line, l.column] as const) : (["\uffff", 0, 0] as const);
  };
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0] < kb[0] ? -1 : ka[0] > kb[0] ? 1 : ka[1] - kb[1] || ka[2] - kb[2];
  });
}

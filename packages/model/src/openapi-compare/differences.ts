/** What the comparison reports: one positioned difference per place the two documents disagree. */

export type DifferenceKind = "added" | "removed" | "changed";

/** Which side of the exchange a difference affects (what a breaking-change rule needs to judge it). */
export type DifferenceContext = "document" | "operation" | "request" | "response" | "security";

export interface OpenApiDifference {
  /** `removed`: only in the first (base) document; `added`: only in the second; `changed`: in both, different. */
  readonly kind: DifferenceKind;
  readonly context: DifferenceContext;
  /** JSON pointer in the first document (the parent's, for `added`), after following `$ref`s. */
  readonly pointer: string;
  /** JSON pointer in the second document (the parent's, for `removed`). */
  readonly otherPointer: string;
  /** What differs, in words, naming the operation: `GET /pets/{}: response 200 application/json: type string ≠ integer`. */
  readonly message: string;
}

export class DifferenceSink {
  private readonly seen = new Set<string>();
  readonly list: OpenApiDifference[] = [];

  add(d: OpenApiDifference): void {
    // Shared components reached from many operations differ once.
    const key = `${d.kind}|${d.pointer}|${d.otherPointer}|${d.message.replace(/^[^:]*: /, "")}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(d);
  }
}

/** `npm run corpus` reports failure classes: a difference or warning loses where it happened and keeps what went wrong. */
import * as path from "node:path";
import { REPO_ROOT } from "@specloom/test-support";

interface Classify {
  differenceClass(d: { kind: string; context: string; message: string }): string;
  diagnosticClass(d: { code: string; message: string }): string;
  countClasses<T>(items: readonly T[], classOf: (item: T) => string): Record<string, number>;
  rankClasses(
    perDocument: readonly Record<string, number>[],
    limit: number,
  ): { distinct: number; top: { class: string; documents: number; occurrences: number; onlyClass: number }[] };
}
const classify = require(path.join(REPO_ROOT, "scripts/corpus/classify.cjs")) as Classify;

test("differences of different operations, properties, statuses and values fall into one class that keeps the keyword", () => {
  const a = { kind: "removed", context: "response", message: `GET /pets/{id}: response 200 application/json.items.[].weight: 'format: "float"' removed` };
  const b = { kind: "removed", context: "response", message: `POST /stores: response 201 application/json.size: 'format: "float"' removed` };
  const other = { kind: "removed", context: "response", message: `POST /stores: response 201 application/json.size: 'format: "double"' removed` };
  expect(classify.differenceClass(a)).toBe(`removed response: response NNN MEDIA.…: 'format: "float"' removed`);
  expect(classify.differenceClass(b)).toBe(classify.differenceClass(a));
  expect(classify.differenceClass(other)).not.toBe(classify.differenceClass(a));
  const enums = { kind: "changed", context: "response", message: `GET /a: response 400 application/json.error: enum ["x","y"] ≠ ["x"]` };
  expect(classify.differenceClass(enums)).toBe("changed response: response NNN MEDIA.…: enum […] ≠ […]");
  expect(classify.differenceClass({ kind: "added", context: "request", message: "GET /a: parameter query:limit: 'schema' added" })).toBe(
    "added request: parameter query:…: '…' added",
  );
});

test("warnings lose their pointer and names but keep the schema keyword; classes rank by documents with their sole-class count", () => {
  const gap = (what: string) => ({ code: "SL7019", message: `'${what}' at #/components/schemas/Pet/${what} cannot be expressed: no form` });
  expect(classify.diagnosticClass(gap("not"))).toBe("SL7019 'not' cannot be expressed: no form");
  expect(classify.diagnosticClass({ code: "SL7012", message: "query parameter 'token' at #/paths/~1a/get cannot be expressed: x" })).toBe(
    "SL7012 query parameter '…' cannot be expressed: x",
  );
  const docs = [classify.countClasses(["a", "a", "b"], (x) => x), classify.countClasses(["a"], (x) => x), {}];
  expect(classify.rankClasses(docs, 1)).toEqual({ distinct: 2, top: [{ class: "a", documents: 2, occurrences: 3, onlyClass: 1 }] });
});

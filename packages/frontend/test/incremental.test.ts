/** Which declarations watch mode converts again after an edit (see src/incremental/statements.ts). */
import ts from "typescript";
import { DependencyIndex } from "../src/incremental/statements";

const file = (name: string, text: string) => ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);

/** Names of the declarations (or import bindings) the edit affects. */
function affectedBy(before: Record<string, string>, after: Record<string, string>): string[] {
  const index = new DependencyIndex();
  const files = new Map(Object.entries(before).map(([n, t]) => [n, file(n, t)]));
  index.update([...files.values()]);
  const next = Object.entries(after).map(([n, t]) => (files.get(n)?.text === t ? files.get(n)! : file(n, t)));
  return [...index.update(next)].map((s) => s.declared.join(",") || ts.SyntaxKind[s.node.kind]).sort();
}

const A = `export interface Parent { id: string }\nexport interface Other { x: number }\n`;
const B = `import type { Parent, Other } from "./a";\nexport interface Child { parent: Parent }\nexport interface Unrelated { y: Other }\nexport interface Leaf { c: Child }\n`;

test("an edit affects its declaration and, by name and transitively, what mentions it; not the rest", () => {
  const edited = { "a.ts": A.replace("id: string", "id: number"), "b.ts": B };
  expect(affectedBy({ "a.ts": A, "b.ts": B }, edited)).toEqual(["Child", "Leaf", "Parent", "Parent"]);
});

test("nothing is affected when nothing changed, and a moved declaration counts as changed", () => {
  expect(affectedBy({ "a.ts": A, "b.ts": B }, { "a.ts": A, "b.ts": B })).toEqual([]);
  expect(affectedBy({ "a.ts": A, "b.ts": B }, { "a.ts": `\n${A}`, "b.ts": B })).toEqual([
    "Child",
    "Leaf",
    "Other",
    "Other",
    "Parent",
    "Parent",
    "Unrelated",
  ]);
});

test("a deleted file affects what mentioned its names; a default export is found through 'default'", () => {
  expect(affectedBy({ "a.ts": A, "b.ts": B }, { "b.ts": B })).toEqual(["Child", "Leaf", "Other", "Parent", "Unrelated"]);
  const withDefault = { "d.ts": `export default interface D { a: string }\n`, "e.ts": `import D from "./d";\nexport interface E { d: D }\n` };
  expect(affectedBy(withDefault, { ...withDefault, "d.ts": `export default interface D { a: number }\n` })).toEqual(["D", "E", "default,D"]);
});

test("dependencies without a name: an import type follows any change, a global augmentation affects everything", () => {
  const base = { "a.ts": A, "c.ts": `export type M = typeof import("./a");\nexport interface Far { z: string }\n` };
  expect(affectedBy(base, { ...base, "a.ts": A.replace("x: number", "x: string") })).toEqual(["M", "Other"]);
  const global = { ...base, "g.ts": `declare global { interface Window { v: string } }\nexport {};\n` };
  const everything = affectedBy(global, { ...global, "g.ts": global["g.ts"].replace("v: string", "v: number") });
  expect(everything).toEqual(["\0*", "Far", "M", "Other", "Parent"]);
});

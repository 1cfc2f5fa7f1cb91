import { neutralizeDescriptions } from "../src/descriptions";

test("a script URL in a nested description is neutralized in a copy; the input and untouched subtrees are shared, not changed", () => {
  const safe = { type: "string", description: "plain: text" };
  const doc = JSON.parse('{"__proto__": {"x": 1}, "paths": {"/a": {"description": "[x](javascript:alert(1))"}}}') as Record<string, unknown>;
  doc.components = { schemas: { Safe: safe } };
  const out = neutralizeDescriptions(doc);
  expect(out).not.toBe(doc);
  expect((out.paths as Record<string, { description: string }>)["/a"]?.description).toBe("&#91;x&#93;(javascript:alert(1))");
  expect((doc.paths as Record<string, { description: string }>)["/a"]?.description).toBe("[x](javascript:alert(1))");
  expect((out.components as { schemas: { Safe: unknown } }).schemas.Safe).toBe(safe);
  expect(Object.prototype.hasOwnProperty.call(out, "__proto__")).toBe(true);
  expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
});

test("a document without a script URL is returned as is, and data keys are never touched", () => {
  const doc = { info: { description: "See <b>docs</b>" }, example: { description: "javascript:x" }, list: [{ description: "ok" }] };
  expect(neutralizeDescriptions(doc)).toBe(doc);
});

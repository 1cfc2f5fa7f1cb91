/** Per-library diagnostics and plugin options: typed templates, no shared registry, nothing silently dropped. */
import { createDiagnostic, createDiagnostics, defineOptions, formatTemplate, validatePluginOptions } from "@specloom/core";

test("a library's creator fills its own templates; code defaults to the id", () => {
  const lib = createDiagnostics("acme", {
    "acme/too-long": { severity: "warning", message: "Name '{name}' has {length} characters." },
    "acme/coded": { code: "ACME1", severity: "error", usage: true, message: "Always." },
  });
  expect(lib.create("acme/too-long", { name: "x", length: 3 }, { file: "a.ts", line: 1, column: 2 })).toEqual({
    id: "acme/too-long",
    code: "acme/too-long",
    severity: "warning",
    message: "Name 'x' has 3 characters.",
    loc: { file: "a.ts", line: 1, column: 2 },
  });
  expect(lib.create("acme/coded")).toEqual({ id: "acme/coded", code: "ACME1", severity: "error", message: "Always.", usage: true });
});

test("two libraries may use the same id without touching each other, or core", () => {
  const a = createDiagnostics("a", { "x/same": { severity: "warning", message: "from a" } });
  const b = createDiagnostics("b", { "x/same": { severity: "error", message: "from b" } });
  expect([a.create("x/same").message, b.create("x/same").message]).toEqual(["from a", "from b"]);
  expect(createDiagnostic("config-unknown-key", { key: "k", hint: "" }).code).toBe("SL1003");
});

test("placeholders: '{{x}}' fills the inner one, unknown ones stay visible, inherited keys are not arguments", () => {
  expect(formatTemplate("key '{{x}}'", { x: "id" })).toBe("key '{id}'");
  expect(formatTemplate("{a} {b}", { a: 1 })).toBe("1 {b}");
  expect(formatTemplate("{constructor}", {})).toBe("{constructor}");
});

const schema = defineOptions({
  title: { type: "string", default: "Routes" },
  mode: { type: "string", enum: ["a", "b"] },
  limit: { type: "number", integer: true, minimum: 1, maximum: 10 },
  strict: { type: "boolean" },
  tags: { type: "string[]" },
});

test("options: defaults fill what is absent; valid values pass", () => {
  expect(validatePluginOptions("p", schema, undefined)).toEqual({ options: { title: "Routes" }, diagnostics: [] });
  const ok = validatePluginOptions("p", schema, { title: "T", mode: "b", limit: 3, strict: true, tags: ["x"] });
  expect(ok).toEqual({ options: { title: "T", mode: "b", limit: 3, strict: true, tags: ["x"] }, diagnostics: [] });
});

test("options: unknown keys (with did-you-mean) and wrong values are positioned config errors", () => {
  const loc = { file: "specloom.config.json", line: 4, column: 7 };
  const { options, diagnostics } = validatePluginOptions("p", schema, { titel: "x", mode: "c", limit: 1.5, strict: "yes", tags: [1] }, () => loc);
  expect(options).toEqual({ title: "Routes" });
  expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
    ["SL1003", "Unknown config key 'pluginOptions.p.titel'. Did you mean 'title'?"],
    ["SL1004", "Invalid value for 'pluginOptions.p.mode': expected one of 'a', 'b'"],
    ["SL1004", "Invalid value for 'pluginOptions.p.limit': expected an integer"],
    ["SL1004", "Invalid value for 'pluginOptions.p.strict': expected true or false"],
    ["SL1004", "Invalid value for 'pluginOptions.p.tags': expected an array of strings"],
  ]);
  expect(diagnostics.every((d) => d.usage && d.loc === loc)).toBe(true);
  expect(validatePluginOptions("q", undefined, { x: 1 }).diagnostics[0]?.message).toBe(
    "Unknown config key 'pluginOptions.q.x'. Plugin 'q' has no options.",
  );
});

test("ids and arguments are typed from the templates (tsc checks the @ts-expect-error lines)", () => {
  const lib = createDiagnostics("t", { "t/a": { severity: "warning", message: "Name {name}." } });
  const calls = [
    // @ts-expect-error a placeholder is missing
    () => lib.create("t/a", {}),
    // @ts-expect-error an id the library does not define
    () => lib.create("t/b", { name: "x" }),
    // @ts-expect-error core's ids and placeholders are typed too
    () => createDiagnostic("config-unknown-key", { key: "k" }),
  ];
  expect(lib.create("t/a", { name: "x" }).message).toBe("Name x.");
  expect(calls).toHaveLength(3);
});

import type { SchemaNode, SpecIR } from "@specloom/core";
import { setNodeReuse } from "@specloom/model";
import { blogIR, buildSampleIr, buildSecurityIr, docsSampleIr, expectRebuildsMatchFresh, NO_OP_EDITS, schema, t } from "@specloom/test-support";
import { irJson, stableJson } from "../src/ir-emitter";

test("stable key order: kind first, then alphabetical; arrays keep their order; undefined dropped", () => {
  const a = stableJson({ name: "x", kind: "model", fields: [{ z: 1, a: 2 }, { kind: "f" }], skip: undefined });
  const b = stableJson({ fields: [{ a: 2, z: 1 }, { kind: "f" }], kind: "model", name: "x" });
  expect(a).toBe(b);
  expect(a).toBe('{\n  "kind": "model",\n  "fields": [\n    { "a": 2, "z": 1 },\n    { "kind": "f" }\n  ],\n  "name": "x"\n}\n');
});

test("a `__proto__` key in user data (an @example, a config record) is kept as a key, not lost to the prototype", () => {
  const example = JSON.parse('{"__proto__": {"admin": true}, "name": "x"}') as unknown;
  expect(JSON.parse(stableJson({ kind: "schema", examples: [example] }))).toEqual({ kind: "schema", examples: [example] });
  expect(stableJson({ kind: "x", value: example })).toContain('"__proto__": {');
});

test("specloom.ir.json assembled from per-node fragments prints what stableJson prints, also after edits that keep most nodes", async () => {
  const schema = "../schema.json";
  const fixtures: [SpecIR, readonly string[]][] = [
    [buildSampleIr(), []],
    [docsSampleIr(), NO_OP_EDITS.docsSample],
    [blogIR(), []],
    [buildSecurityIr(), NO_OP_EDITS.security],
  ];
  for (const [ir, notApplicable] of fixtures) {
    expect(irJson(ir, schema)).toBe(stableJson({ $schema: schema, ...ir }));
    await expectRebuildsMatchFresh(
      ir,
      (edited) => {
        const text = irJson(edited, schema);
        expect(text).toBe(stableJson({ $schema: schema, ...edited }));
        return text;
      },
      { notApplicable },
    );
  }
});

test("a document of thousands of reused members (kept as pieces, not joined into chunks) prints what stableJson prints", () => {
  const ir = buildSampleIr();
  const model = ir.models[0]!;
  const models = Array.from({ length: 3000 }, (_, i) => ({ ...model, name: `${model.name}${i}`, table: `${model.table}_${i}` }));
  const big = { ...ir, models };
  irJson(big, "s");
  // The second print reuses every model's text: over 4,096 pieces, most of them large.
  const text = irJson({ ...big, models: [...models.slice(1), models[0]!] }, "s");
  expect(text).toBe(stableJson({ $schema: "s", ...big, models: [...models.slice(1), models[0]!] }));
});

test("a one-shot build (no node reuse, nothing cached) prints the same", () => {
  setNodeReuse(false);
  try {
    for (const ir of [buildSampleIr(), blogIR()]) expect(irJson(ir, "s")).toBe(stableJson({ $schema: "s", ...ir }));
  } finally {
    setNodeReuse(true);
  }
});

test("a `__proto__` key inside a cached node stays data", () => {
  const example = JSON.parse('{"__proto__": {"admin": true}, "name": "x"}') as unknown;
  const ir = { ...blogIR(), schemas: [schema("Hostile", t.object([]), { examples: [example] } as Partial<SchemaNode>)] };
  expect(irJson(ir, "s")).toBe(stableJson({ $schema: "s", ...ir }));
  expect(irJson(ir, "s")).toContain('"__proto__": {');
});

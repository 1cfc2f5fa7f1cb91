import { stableJson } from "../src/ir-emitter";

test("stable key order: kind first, then alphabetical; arrays keep their order; undefined dropped", () => {
  const a = stableJson({ name: "x", kind: "model", fields: [{ z: 1, a: 2 }, { kind: "f" }], skip: undefined });
  const b = stableJson({ fields: [{ a: 2, z: 1 }, { kind: "f" }], kind: "model", name: "x" });
  expect(a).toBe(b);
  expect(a).toBe(
    '{\n  "kind": "model",\n  "fields": [\n    {\n      "a": 2,\n      "z": 1\n    },\n    {\n      "kind": "f"\n    }\n  ],\n  "name": "x"\n}\n',
  );
});

test("a `__proto__` key in user data (an @example, a config record) is kept as a key, not lost to the prototype", () => {
  const example = JSON.parse('{"__proto__": {"admin": true}, "name": "x"}') as unknown;
  expect(JSON.parse(stableJson({ kind: "schema", examples: [example] }))).toEqual({ kind: "schema", examples: [example] });
  expect(stableJson({ kind: "x", value: example })).toContain('"__proto__": {');
});

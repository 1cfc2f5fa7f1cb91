import { stableJson } from "../src/ir-emitter";

test("stable key order: kind first, then alphabetical; arrays keep their order; undefined dropped", () => {
  const a = stableJson({ name: "x", kind: "model", fields: [{ z: 1, a: 2 }, { kind: "f" }], skip: undefined });
  const b = stableJson({ fields: [{ a: 2, z: 1 }, { kind: "f" }], kind: "model", name: "x" });
  expect(a).toBe(b);
  expect(a).toBe(
    '{\n  "kind": "model",\n  "fields": [\n    {\n      "a": 2,\n      "z": 1\n    },\n    {\n      "kind": "f"\n    }\n  ],\n  "name": "x"\n}\n',
  );
});

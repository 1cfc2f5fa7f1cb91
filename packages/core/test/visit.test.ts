/** The one IR walk: every node kind is reached, parents first, refs followed once, "skip" prunes. */
import { childrenOf, matchType, visit, type IRNode, type IRNodeKind } from "@specloom/core";
import { buildSampleIr, docsSampleIr, field, schema, spec, t } from "@specloom/test-support";

function kindsIn(root: IRNode): Set<IRNodeKind> {
  const seen = new Set<IRNodeKind>();
  const all = new Proxy({}, { get: () => (n: IRNode) => void seen.add(n.kind) });
  visit(root, all);
  return seen;
}

test("reaches every node kind a real IR has", () => {
  const kinds = new Set([...kindsIn(buildSampleIr()), ...kindsIn(docsSampleIr())]);
  for (const k of [
    "spec",
    "project",
    "requirement",
    "model",
    "field",
    "relation",
    "enum",
    "schema",
    "api",
    "endpoint",
    "response",
    "public",
    "authenticated",
    "rateLimit",
    "pagination",
    "handler",
    "service",
    "dependency",
    "serviceMethod",
    "throws",
    "config",
    "primitive",
    "literal",
    "array",
    "record",
    "object",
    "ref",
    "union",
    "sqlDefault",
    "literalDefault",
  ] as const) {
    expect([k, kinds.has(k)]).toEqual([k, true]);
  }
});

test("visits parents before children and passes the ancestors", () => {
  const order: string[] = [];
  const inner = field("inner", t.str());
  visit(t.object([field("outer", t.object([inner]))]), {
    field: (f, ancestors) => void order.push(`${f.name}<${ancestors.map((a) => a.kind).join(",")}>`),
  });
  expect(order).toEqual(["outer<object>", "inner<object,field,object>"]);
});

test("follows refs through the resolver once each, and 'skip' prunes a subtree", () => {
  const tree = schema("Tree", t.object([field("children", t.array(t.schemaRef("Tree")))]));
  const ir = spec({ schemas: [tree] });
  const names: string[] = [];
  visit(t.schemaRef("Tree"), { field: (f) => void names.push(f.name) }, { resolve: (name) => ir.schemas.find((s) => s.name === name) });
  expect(names).toEqual(["children"]);
  const pruned: string[] = [];
  visit(tree, { object: () => "skip", field: (f) => void pruned.push(f.name) });
  expect(pruned).toEqual([]);
});

test("childrenOf and matchType dispatch on every type kind", () => {
  const types = [t.str(), t.lit(1), t.array(t.bool()), t.record(t.num()), t.object([field("a")]), t.modelRef("User"), t.union([t.lit("a"), t.lit("b")])];
  const names = types.map((type) =>
    matchType(type, {
      primitive: (p) => p.name,
      literal: (l) => String(l.value),
      array: (a) => `${childrenOf(a).length}[]`,
      record: () => "record",
      object: (o) => `{${o.properties.length}}`,
      ref: (r) => `${r.refKind}:${r.name}`,
      union: (u) => `${u.variants.length}|`,
    }),
  );
  expect(names).toEqual(["string", "1", "1[]", "record", "{1}", "model:User", "2|"]);
});

/**
 * validators.ts remembers what it printed per JSON Schema object and reuses it while every reference in it
 * resolves the same: never with a different result than a fresh emit.
 */
import type { SpecIR } from "@specloom/core";
import { getModel, setNodeReuse, type JsonSchema, type JsonSchemaSet } from "@specloom/model";
import {
  buildRequestsIr,
  buildSampleIr,
  expectRebuildsMatchFresh,
  field,
  NO_OP_EDITS,
  requestsApiConfig,
  sampleApiConfig,
  schema,
  t,
} from "@specloom/test-support";
import { emitValidators, emitValidatorsFromSchemas } from "../src";

/** The sample API plus a self-recursive schema and two that refer to each other (Type.Recursive, Type.Unknown()). */
function sampleWithCycles(): SpecIR {
  const ir = buildSampleIr();
  const tree = schema("TreeNode", t.object([field("label", t.str()), field("children", t.array(t.schemaRef("TreeNode")))]));
  const ping = schema("Ping", t.object([field("pong", t.schemaRef("Pong"), { optional: true })]));
  const pong = schema("Pong", t.object([field("ping", t.schemaRef("Ping"), { optional: true })]));
  return { ...ir, schemas: [...ir.schemas, tree, ping, pong] };
}

test.each([
  ["sample API", sampleWithCycles, sampleApiConfig(), []],
  ["requests", buildRequestsIr, requestsApiConfig(), NO_OP_EDITS.requests],
] as const)("%s: a rebuild after edits prints what a fresh build prints", async (_name, build, config, notApplicable) => {
  await expectRebuildsMatchFresh(build(), (ir) => emitValidators(ir, config), { notApplicable });
});

/** Schema sets that share most schema objects with the one before, as the model hands them over in watch mode. */
const without = (record: Readonly<Record<string, JsonSchema>>, name: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== name));
const SET_EDITS: [string, (set: JsonSchemaSet) => JsonSchemaSet][] = [
  ["the same set", (set) => set],
  [
    "a referenced component renamed (its users print another identifier)",
    (set) => ({ ...set, components: { ...without(set.components, "User"), Member: set.components.User! } }),
  ],
  ["a component that others use removed (they print Type.Unknown())", (set) => ({ ...set, components: without(set.components, "Pong") })],
  [
    "a component taking a name a reference used to lose (a suffix)",
    (set) => ({ ...set, components: { Type: set.components.TreeNode!, ...set.components } }),
  ],
  [
    "the self-recursive schema now under another name",
    (set) => ({ ...set, components: { ...without(set.components, "TreeNode"), Tree: set.components.TreeNode! } }),
  ],
];

test("schema sets sharing objects with the previous one print what a fresh emit prints", () => {
  const ir = sampleWithCycles();
  const print = (set: JsonSchemaSet) => emitValidatorsFromSchemas(set, ir, "Sample");
  let set = getModel(ir).jsonSchemas({ version: "3.1.0" });
  print(set);
  for (const [name, edit] of SET_EDITS) {
    set = edit(set);
    expect({ edit: name, output: print(set) }).toEqual({ edit: name, output: print(structuredClone(set)) });
  }
});

test("a one-shot build (no node reuse: no printed schema kept) prints what a build that keeps them prints", () => {
  const kept = emitValidators(sampleWithCycles(), sampleApiConfig());
  setNodeReuse(false);
  try {
    expect(emitValidators(sampleWithCycles(), sampleApiConfig())).toBe(kept);
  } finally {
    setNodeReuse(true);
  }
});

/** er.mmd (and backend-spec.md's copy) reuse each table's entity block across builds: never with a different result. */
import { DEFAULT_CONFIG, type SpecloomConfig } from "@specloom/core";
import { emitErDiagram, setNodeReuse } from "@specloom/model";
import { blogIR, buildSampleIr, expectRebuildsMatchFresh, namingIR, NO_OP_EDITS } from "@specloom/test-support";

const keysOnly: SpecloomConfig = { ...DEFAULT_CONFIG, mermaid: { ...DEFAULT_CONFIG.mermaid, keysOnly: true } };

test.each([
  ["blog", blogIR, []],
  ["naming", namingIR, NO_OP_EDITS.naming],
  ["sample API", buildSampleIr, []],
] as const)("%s: a rebuild after edits prints what a fresh build prints, with and without non-key columns", async (_name, build, notApplicable) => {
  await expectRebuildsMatchFresh(build(), (ir) => [emitErDiagram(ir, DEFAULT_CONFIG), emitErDiagram(ir, keysOnly)], { notApplicable });
});

test("a one-shot build (no node reuse: no entity block kept) prints what a build that keeps them prints", () => {
  const kept = emitErDiagram(blogIR(), DEFAULT_CONFIG);
  setNodeReuse(false);
  try {
    expect(emitErDiagram(blogIR(), DEFAULT_CONFIG)).toBe(kept);
  } finally {
    setNodeReuse(true);
  }
});

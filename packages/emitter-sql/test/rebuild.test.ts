/** schema.sql reuses each table's and foreign key's statements across builds: never with a different result. */
import { DEFAULT_CONFIG } from "@specloom/core";
import { setNodeReuse } from "@specloom/model";
import { blogIR, buildSampleIr, docsSampleIr, expectRebuildsMatchFresh, namingIR, NO_OP_EDITS, sqlConfig } from "@specloom/test-support";
import { emitSql } from "../src";

test.each([
  ["blog", blogIR, sqlConfig(), []],
  ["naming", namingIR, sqlConfig(), NO_OP_EDITS.naming],
  ["sample API", buildSampleIr, DEFAULT_CONFIG, []],
  ["docs sample", docsSampleIr, DEFAULT_CONFIG, NO_OP_EDITS.docsSample],
] as const)("%s: a rebuild after edits prints what a fresh build prints", async (_name, build, config, notApplicable) => {
  await expectRebuildsMatchFresh(build(), (ir) => emitSql(ir, config), { notApplicable });
});

test("a one-shot build (no node reuse: no statement kept) prints what a build that keeps them prints", () => {
  const kept = emitSql(blogIR(), sqlConfig());
  setNodeReuse(false);
  try {
    expect(emitSql(blogIR(), sqlConfig())).toBe(kept);
  } finally {
    setNodeReuse(true);
  }
});

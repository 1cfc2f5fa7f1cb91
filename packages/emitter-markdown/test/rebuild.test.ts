/**
 * backend-spec.md reuses per-endpoint and per-model fragments across builds: never with a different result.
 * (The blog fixture is left out: it is slow to format, and the sample API has its relations.)
 */
import { DEFAULT_CONFIG, type SpecIR, type SpecloomConfig } from "@specloom/core";
import { markdownEmitter } from "@specloom/emitter-markdown";
import { setNodeReuse } from "@specloom/model";
import {
  buildResponsesIr,
  buildSampleIr,
  buildSecurityIr,
  docsSampleIr,
  expectRebuildsMatchFresh,
  NO_OP_EDITS,
  responsesApiConfig,
  securityConfig,
} from "@specloom/test-support";

const cases: [string, () => SpecIR, SpecloomConfig, readonly string[]][] = [
  ["docs sample", docsSampleIr, DEFAULT_CONFIG, NO_OP_EDITS.docsSample],
  ["sample API", buildSampleIr, DEFAULT_CONFIG, []],
  ["declared security", buildSecurityIr, securityConfig(), NO_OP_EDITS.security],
  ["problem+json errors", () => buildResponsesIr(), responsesApiConfig(), NO_OP_EDITS.responses],
  ["an error model", () => buildResponsesIr({ model: "ApiError" }), responsesApiConfig(), NO_OP_EDITS.responses],
];

test.each(cases)("%s: a rebuild after edits prints what a fresh build prints", async (_name, build, config, notApplicable) => {
  const emit = async (ir: SpecIR, language: string) => (await markdownEmitter.emit({ ir, config, language })).files.map((f) => f.content);
  await expectRebuildsMatchFresh(build(), (ir) => emit(ir, "en"), { notApplicable });
});

test("the other language, after the first one filled the caches: the catalog is part of what a fragment depends on", async () => {
  const emit = async (ir: SpecIR) => (await markdownEmitter.emit({ ir, config: DEFAULT_CONFIG, language: "de" })).files.map((f) => f.content);
  const ir = docsSampleIr();
  await markdownEmitter.emit({ ir, config: DEFAULT_CONFIG, language: "en" });
  await expectRebuildsMatchFresh(ir, emit, { notApplicable: NO_OP_EDITS.docsSample });
});

test("a one-shot build (no node reuse: no fragment kept) prints what a build that keeps them prints", async () => {
  const emit = async (ir: SpecIR) => (await markdownEmitter.emit({ ir, config: DEFAULT_CONFIG, language: "en" })).files.map((f) => f.content);
  const kept = await emit(buildSampleIr());
  setNodeReuse(false);
  try {
    expect(await emit(buildSampleIr())).toEqual(kept);
  } finally {
    setNodeReuse(true);
  }
});

export * from "./ir-builder";
export { expectGolden, updatingGolden } from "./golden";
export { ruleTester, type RuleCase, type RuleTester, type RuleTesterOptions, type RuleUnderTest } from "./rule-tester";
export { compileOrFail, compileSpec, exampleDirs, REPO_ROOT, specDirs, tempProject, tscStrict, type CompiledSpec } from "./projects";
export { blogIR, namingIR, sqlConfig } from "./fixtures/blog";
export { buildSampleIr, sampleApiConfig } from "./fixtures/sample-api";
export { docsSampleConfig, docsSampleIr } from "./fixtures/docs-sample";
export { baseline, baselineEndpoint, checkerConfig, endpointOf, modelOf } from "./fixtures/checker-baseline";
export { buildResponsesIr, responsesApiConfig } from "./fixtures/responses-api";

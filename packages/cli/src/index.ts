export { main } from "./main";
export { createPipelineCache, runPipeline, type PipelineCache, type PipelineOptions, type PipelineResult, type PhaseTiming } from "./pipeline";
export { writeAtomic, recoverStaging, type WriteResult } from "./write-atomic";
export { BUILTIN_PLUGINS } from "./builtin-plugins";
export { irEmitter, irPlugin, stableJson, IR_FILE } from "./ir-emitter";
export { roundTripOpenApi, type RoundTripResult, type RoundTripOptions } from "./openapi-round-trip";

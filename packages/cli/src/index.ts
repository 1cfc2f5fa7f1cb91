export { main } from "./main";
export { runPipeline, type PipelineOptions, type PipelineResult, type PhaseTiming } from "./pipeline";
export { writeAtomic, recoverStaging, type WriteResult } from "./write-atomic";
export { EMITTERS } from "./emitters";
export { irEmitter, stableJson, IR_FILE } from "./ir-emitter";

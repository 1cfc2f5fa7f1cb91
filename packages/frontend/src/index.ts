export { compileProject, type CompileOptions, type CompileResult, type PhaseTimings } from "./compile";
export { prerequisitePaths, unresolvedImportCandidates } from "./watch-targets";

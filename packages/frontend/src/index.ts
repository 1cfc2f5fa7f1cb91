export {
  analyzeProgram,
  compileProject,
  type AnalyzeOptions,
  type AnalyzeResult,
  type CompileOptions,
  type CompileResult,
  type PhaseTimings,
} from "./compile";
export { prerequisitePaths, unresolvedImportCandidates } from "./watch-targets";
export { oneReportPerMistake } from "./one-report";

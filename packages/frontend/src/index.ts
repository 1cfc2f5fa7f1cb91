export { compileProject, type CompileOptions, type CompileResult, type PhaseTimings } from "./compile";

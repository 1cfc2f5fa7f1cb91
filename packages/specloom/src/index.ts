/**
 * specloom authoring language: types only. Import them in `spec-src/` with
 * `import type { … } from "specloom"`. Nothing here runs; the compiler reads
 * these types statically.
 */
export type * from "./tags";
export type * from "./model";
export type * from "./api";
export type * from "./config";

/** Binding to @specloom/checker; undefined until that package exports `runChecker`. */
import type { ChecklistStatus, Diagnostic, SpecIR, SpecloomConfig } from "@specloom/core";

export type RunChecker = (ir: SpecIR, config: SpecloomConfig) => { diagnostics: readonly Diagnostic[]; checklist: readonly ChecklistStatus[] };

export const runChecker: RunChecker | undefined = undefined;

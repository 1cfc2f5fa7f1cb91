/** The checker's entry point, behind the signature the pipeline relies on. */
import type { ChecklistStatus, Diagnostic, SpecIR, SpecloomConfig } from "@specloom/core";
import { runChecker as checkerRunChecker } from "@specloom/checker";

export type RunChecker = (ir: SpecIR, config: SpecloomConfig) => { diagnostics: readonly Diagnostic[]; checklist: readonly ChecklistStatus[] };

export const runChecker: RunChecker | undefined = checkerRunChecker;

/** Compiles a real project (spec-src, examples/*) once per test file and renders it. */
import * as path from "node:path";
import type { SpecIR, SpecloomConfig } from "@specloom/core";
import { renderBackendSpec } from "@specloom/emitter-markdown";
import { compileOrFail } from "@specloom/test-support";

export const REPO_ROOT = path.resolve(__dirname, "../../..");

const compiled = new Map<string, { ir: SpecIR; config: SpecloomConfig }>();

export function compile(projectDir: string): { ir: SpecIR; config: SpecloomConfig } {
  let hit = compiled.get(projectDir);
  if (!hit) {
    hit = compileOrFail(projectDir);
    compiled.set(projectDir, hit);
  }
  return hit;
}

export async function render(projectDir: string, language = "en"): Promise<string> {
  const { ir, config } = compile(projectDir);
  return renderBackendSpec({ ir, config, language });
}

/** marked 18 ships ESM as `main`; its UMD build loads in jest's CommonJS VM. */
export function markedLexer(): (src: string) => MarkedToken[] {
  const dir = path.dirname(require.resolve("marked/package.json"));
  return (require(path.join(dir, "lib/marked.umd.js")) as { marked: { lexer: (src: string) => MarkedToken[] } }).marked.lexer;
}

export interface MarkedToken {
  readonly type: string;
  readonly depth?: number;
  readonly text?: string;
  readonly lang?: string;
  readonly header?: readonly { readonly text: string }[];
  readonly rows?: readonly (readonly { readonly text: string }[])[];
  readonly items?: readonly { readonly text: string; readonly checked?: boolean }[];
}

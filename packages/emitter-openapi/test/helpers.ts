/** The real OpenAPI consumers, run as child processes (one per batch: their imports are slow). */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import type { SpecloomConfig } from "@specloom/core";
import { REPO_ROOT as ROOT } from "@specloom/test-support";

export interface ConsumerResult {
  readonly file: string;
  readonly swaggerParser: string;
  readonly readme: string;
  readonly redocly: readonly { rule: string; severity: string; message: string; pointer?: string }[];
}

/** swagger-parser, @readme/openapi-parser and Redocly (recommended) on each JSON document. */
export function runConsumers(files: readonly string[]): ConsumerResult[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "tools/validate.mjs"), ...files], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out) as ConsumerResult[];
}

/** openapi-typescript on documents (one process for all): pairs of [document, output .d.ts]. */
export function generateSdkTypes(pairs: readonly (readonly [string, string])[]): void {
  execFileSync(process.execPath, [path.join(__dirname, "tools/sdk-types.mjs"), ...pairs.flat()], { cwd: ROOT, stdio: "pipe" });
}

export function withVersion(config: SpecloomConfig, version: "3.1.0" | "3.0.3"): SpecloomConfig {
  return { ...config, openapi: { ...config.openapi, version } };
}

/**
 * The `html` emitter (not in the default `emit` list): reference.html, a self-contained API reference. Redoc's
 * standalone bundle renders the OpenAPI document and Mermaid's browser bundle draws the ER diagram; both are
 * inlined (no CDN, works offline) and both are optional peers, looked for only when `html` is emitted.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, definePlugin, type Diagnostic, type Emitter } from "@specloom/core";
import { emitErDiagram } from "@specloom/model";
import { buildOpenApi } from "../document";
import { neutralizeDescriptions } from "../descriptions";
import { referencePage } from "./page";

export const HTML_FILE = "reference.html";

const REDOC_BUNDLE = ["redoc", "bundles", "redoc.standalone.js"];
const MERMAID_BUNDLE = ["mermaid", "dist", "mermaid.min.js"];

/** A file of an installed package, found the way Node would from the project (the current directory) or from specloom. */
export function findInstalledFile(parts: readonly string[], from: readonly string[] = [process.cwd(), __dirname]): string | undefined {
  for (const start of from) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const file = path.join(dir, "node_modules", ...parts);
      if (fs.existsSync(file)) return file;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

export const htmlEmitter: Emitter = {
  name: "html",
  artifact: "html",
  emit({ ir, config, language }) {
    const redoc = findInstalledFile(REDOC_BUNDLE);
    if (!redoc) return { files: [], diagnostics: [createDiagnostic("html-renderer-missing", { file: HTML_FILE })] };
    const mermaid = findInstalledFile(MERMAID_BUNDLE);
    const diagnostics: Diagnostic[] = mermaid ? [] : [createDiagnostic("html-diagram-renderer-missing", { file: HTML_FILE })];
    const content = referencePage({
      // The same neutralized descriptions as openapi.json: Redoc renders them as Markdown.
      document: neutralizeDescriptions(buildOpenApi(ir, config)),
      erDiagram: ir.models.length > 0 ? emitErDiagram(ir, config) : undefined,
      language,
      redocBundle: fs.readFileSync(redoc, "utf8"),
      mermaidBundle: mermaid ? fs.readFileSync(mermaid, "utf8") : undefined,
    });
    return { files: [{ path: HTML_FILE, content }], diagnostics };
  },
};

export const htmlPlugin = definePlugin({ name: "html", emitters: [htmlEmitter] });

// @ts-check
/**
 * A tiny specloom plugin: one emitter (routes.md, a catalog of every route)
 * and one rule (every endpoint has a JSDoc summary). Plain JavaScript with
 * JSDoc types; see docs/plugins.md for the API.
 */
import { createDiagnostics, defineEmitter, defineOptions, definePlugin, defineRule } from "@specloom/core/plugin";

const options = defineOptions({
  title: { type: "string", default: "Routes", description: "Heading of routes.md." },
});

/** @typedef {import("@specloom/core/plugin").OptionValues<typeof options>} Options */

const diagnostics = createDiagnostics("route-catalog", {
  "route-catalog/no-endpoints": { severity: "warning", message: "The spec declares no endpoints, so {file} is empty." },
});

/** Markdown table cells: a pipe or a line break would end the cell. */
const cell = (/** @type {string} */ text) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

const catalog = defineEmitter(
  /** @type {import("@specloom/core/plugin").Emitter<Options>} */ ({
    name: "route-catalog",
    artifact: "route-catalog",
    emit({ ir, options }) {
      const endpoints = ir.apis.flatMap((api) => api.endpoints);
      const rows = endpoints.map((e) => `| ${e.method} | \`${cell(e.path)}\` | ${cell(e.name)} | ${cell(e.docs.summary ?? "")} |`);
      const content = [`# ${cell(options.title)}`, "", "| method | path | operation | summary |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
      return {
        files: [{ path: "routes.md", content }],
        diagnostics: endpoints.length === 0 ? [diagnostics.create("route-catalog/no-endpoints", { file: "routes.md" })] : [],
      };
    },
  }),
);

const summaryRequired = defineRule({
  id: "route-catalog/summary-required",
  severity: "warning",
  message: "Endpoint '{endpoint}' has no JSDoc summary, so its row in routes.md is blank.",
  docs: "Every endpoint has a JSDoc summary: it is the route catalog's description column.",
  checklist: ["endpoints"],
  check(ctx) {
    for (const api of ctx.ir.apis) {
      for (const e of api.endpoints) if (!e.docs.summary) ctx.report({ endpoint: e.name }, e.loc);
    }
  },
});

export default definePlugin({ name: "route-catalog", diagnostics, options, emitters: [catalog], rules: [summaryRequired] });

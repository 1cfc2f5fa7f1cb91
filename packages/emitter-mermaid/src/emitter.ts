/** The mermaid emitter: er.mmd, er-<tag>.mmd per API tag when split, er.svg when config.svg. */
import type { Diagnostic, EmittedFile, Emitter } from "@specloom/core";
import { buildTableModel, emitErDiagram, modelsByTag, tablesForTag, tagSlug } from "@specloom/model";
import { renderSvg } from "./svg";

export const mermaidEmitter: Emitter = {
  name: "mermaid",
  artifact: "mermaid",
  async emit({ ir, config }) {
    const tableModel = buildTableModel(ir, config.sql);
    const full = emitErDiagram(ir, config, { tableModel });
    const files: EmittedFile[] = [{ path: "er.mmd", content: full }];
    if (config.mermaid.split === "tag") {
      const taken = new Set<string>();
      for (const tag of modelsByTag(ir).keys()) {
        if (tablesForTag(ir, tableModel, tag).length === 0) continue;
        let slug = tagSlug(tag);
        for (let n = 2; taken.has(slug); n++) slug = `${tagSlug(tag)}-${n}`;
        taken.add(slug);
        files.push({ path: `er-${slug}.mmd`, content: emitErDiagram(ir, config, { tableModel, tag }) });
      }
    }
    const diagnostics: Diagnostic[] = [];
    if (config.svg) {
      const { svg, diagnostic } = await renderSvg(full);
      if (svg) files.push({ path: "er.svg", content: svg });
      if (diagnostic) diagnostics.push(diagnostic);
    }
    return { files, diagnostics };
  },
};

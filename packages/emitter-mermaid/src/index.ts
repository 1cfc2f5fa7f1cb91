export { cardinality, emitErDiagram, tablesForTag, type ErDiagramOptions } from "./er-diagram";
export { mermaidEmitter } from "./emitter";
export { mermaidAttribute, mermaidEntity, mermaidText, mermaidType, tagSlug } from "./sanitize";
export { findChromium, findMermaidCli, renderSvg, type RenderSvgOptions } from "./svg";
export { modelsByTag, modelsUsedBy } from "./tag-models";

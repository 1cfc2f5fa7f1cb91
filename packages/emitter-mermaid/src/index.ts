export { mermaidEmitter } from "./emitter";
export { findChromium, findMermaidCli, renderSvg, type RenderSvgOptions } from "./svg";
export { mermaidPlugin } from "./plugin";

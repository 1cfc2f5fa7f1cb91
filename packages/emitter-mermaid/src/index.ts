export { mermaidEmitter } from "./emitter";
export { chromiumCandidates, findChromium, findMermaidCli, renderSvg, type RenderSvgOptions } from "./svg";
export { mermaidPlugin } from "./plugin";

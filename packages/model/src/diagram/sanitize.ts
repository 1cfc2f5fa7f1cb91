/** Mermaid's escapers live with the others in @specloom/core; re-exported for this package's callers. */
export { mermaidAttribute, mermaidEntity, mermaidText, mermaidType, tagSlug } from "@specloom/core";

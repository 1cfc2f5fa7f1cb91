/** The mermaid emitter, registered like any plugin's. */
import { definePlugin } from "@specloom/core";
import { mermaidEmitter } from "./emitter";

export const mermaidPlugin = definePlugin({ name: "mermaid", emitters: [mermaidEmitter] });

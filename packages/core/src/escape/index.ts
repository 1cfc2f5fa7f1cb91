/**
 * One escaping function per output context. Emitters write user text only
 * through these, so a hostile string can never change an artifact's structure.
 */
export * from "./sql";
export * from "./typescript";
export * from "./yaml";
export * from "./markdown";
export * from "./mermaid";
export * from "./env";
export * from "./html";

export * from "./ir";
export * from "./visit";
export * from "./diagnostics";
export * from "./format-diagnostics";
export * from "./config";
export * from "./naming";
export * from "./emitter";
export * from "./duration";

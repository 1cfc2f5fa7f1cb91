// Imported by specloom from bookshop.yaml. Edit freely: this file is yours now.
export * from "./schemas";
export * from "./errors";
export * from "./api/books";

// Imported by specloom from bookshop.yaml. Edit freely: this file is yours now.
import type { ErrorsConfig } from "specloom";

/** An OpenAPI document lists every response of an operation: specloom adds none (no automatic 401, 403 or 429). */
export const errors = { automaticResponses: false } satisfies ErrorsConfig;

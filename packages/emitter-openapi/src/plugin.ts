/** The openapi emitter, registered like any plugin's. */
import { definePlugin } from "@specloom/core";
import { openapiEmitter } from "./emitter";

export const openapiPlugin = definePlugin({ name: "openapi", emitters: [openapiEmitter] });

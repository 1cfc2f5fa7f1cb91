export { buildOpenApi } from "./document";
export { serializeJson, serializeYaml } from "./serialize";
export { openapiEmitter } from "./emitter";
export { openapiPlugin } from "./plugin";

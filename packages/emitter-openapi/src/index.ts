export { buildOpenApi } from "./document";
export { serializeJson, serializeYaml } from "./serialize";
export { openapiEmitter } from "./emitter";
export { openapiPlugin } from "./plugin";
export { clientEmitter, clientPlugin, CLIENT_FILE } from "./client/emitter";
export { generateClient } from "./client/generate";
export { findInstalledFile, htmlEmitter, htmlPlugin, HTML_FILE } from "./html/emitter";

/**
 * The name a tsconfig.json gives to enable the plugin:
 * `"compilerOptions": { "plugins": [{ "name": "@specloom/ts-plugin" }] }`.
 * Kept apart from the plugin so `specloom init` can read it without loading the front end.
 */
export const TS_PLUGIN_NAME = "@specloom/ts-plugin";

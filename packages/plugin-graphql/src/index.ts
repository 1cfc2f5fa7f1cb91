/**
 * @specloom/plugin-graphql: schema.graphql from the spec, as a third-party
 * plugin would write it (only the public plugin API of @specloom/core).
 * Enable it with `"plugins": ["@specloom/plugin-graphql"]` in specloom.config.json.
 */
import { defineEmitter, defineOptions, definePlugin, type OptionValues } from "@specloom/core/plugin";
import { graphqlDiagnostics } from "./diagnostics";
import { buildGraphqlSchema } from "./schema";

export { buildGraphqlSchema, type GraphqlSchema } from "./schema";
export { graphqlName } from "./names";
export { graphqlDiagnostics } from "./diagnostics";

export const GRAPHQL_FILE = "schema.graphql";

export const graphqlOptions = defineOptions({
  uuidAsId: { type: "boolean", default: true, description: "Map UUID strings to GraphQL's ID scalar (else String)." },
});

export const graphqlEmitter = defineEmitter<OptionValues<typeof graphqlOptions>>({
  name: "graphql",
  artifact: "graphql",
  emit(ctx) {
    const { sdl, diagnostics } = buildGraphqlSchema(ctx.ir, { uuidAsId: ctx.options.uuidAsId });
    return { files: [{ path: GRAPHQL_FILE, content: sdl }], diagnostics };
  },
});

export const graphqlPlugin = definePlugin({
  name: "graphql",
  diagnostics: graphqlDiagnostics,
  options: graphqlOptions,
  emitters: [graphqlEmitter],
});

export default graphqlPlugin;

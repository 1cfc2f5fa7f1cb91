/** The plugin's own diagnostics, typed from their templates; ids carry the plugin name. */
import { createDiagnostics } from "@specloom/core/plugin";

export const graphqlDiagnostics = createDiagnostics("graphql", {
  "graphql/name-changed": {
    severity: "warning",
    message:
      "{what} '{name}' is renamed to '{graphqlName}' in schema.graphql (GraphQL names match [_A-Za-z][_0-9A-Za-z]*, do not start with '__', and are unique).",
  },
  "graphql/type-not-representable": {
    severity: "warning",
    message: "{where} has a type GraphQL cannot express ({detail}); schema.graphql uses the JSON scalar.",
  },
  "graphql/type-empty": {
    severity: "warning",
    message: "Type '{name}' has no fields a client can see ({direction}); schema.graphql gives it a placeholder field '_'.",
  },
});

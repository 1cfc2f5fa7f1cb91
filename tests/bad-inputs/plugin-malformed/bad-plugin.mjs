// A rule whose id lacks the plugin-name prefix: rule ids must be '<plugin>/<rule>'.
export default { name: "bad", rules: [{ id: "no-prefix", severity: "warning", message: "x", docs: "x", check() {} }] };

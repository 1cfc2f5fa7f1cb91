// A plugin with one option, 'prefix'; the config misspells it.
export default {
  name: "note",
  options: { prefix: { type: "string", default: "" } },
  rules: [{ id: "note/x", severity: "warning", message: "x", docs: "x", check() {} }],
};

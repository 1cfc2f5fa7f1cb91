// The plugin exists, but the config misspells its file name.
export default { name: "note", rules: [{ id: "note/x", severity: "warning", message: "x", docs: "x", check() {} }] };

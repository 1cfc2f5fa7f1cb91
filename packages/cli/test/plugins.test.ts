/**
 * Loading plugins from specloom.config.json with the real CLI: every problem
 * is a positioned usage error (exit 2) without a stack trace, and a plugin's
 * artifact is written when `emit` is absent or names it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { initProject, runCli, STACK_FRAME, technicalDir, writeFile } from "./helpers";

jest.setTimeout(300_000);

const NOTE_PLUGIN = `export default {
  name: "note",
  options: { text: { type: "string", default: "hello" } },
  emitters: [{ name: "note", artifact: "note", emit: ({ options }) => ({ files: [{ path: "note.txt", content: options.text + "\\n" }] }) }],
};
`;

let project: string;
beforeAll(() => {
  project = initProject();
  writeFile(project, "plugins/note.mjs", NOTE_PLUGIN);
  writeFile(project, "plugins/throws.mjs", `throw new Error("cannot start");\n`);
  writeFile(project, "plugins/openapi.mjs", NOTE_PLUGIN.replace('name: "note"', 'name: "openapi"').replace('artifact: "note"', 'artifact: "openapi"'));
  writeFile(project, "plugins/extra-key.mjs", NOTE_PLUGIN.replace('name: "note",', 'name: "note", emiters: [],'));
  writeFile(project, "plugins/bad-default.mjs", NOTE_PLUGIN.replace('default: "hello"', "default: 42"));
});

/** Runs `check` (plugins load before anything is compiled) with these config keys over the starter's. */
function withConfig(keys: Record<string, unknown>, command = "check") {
  const file = path.join(project, "specloom.config.json");
  const base = JSON.parse(fs.readFileSync(file, "utf8"));
  const text = JSON.stringify({ ...base, emit: undefined, plugins: undefined, pluginOptions: undefined, ...keys }, null, 2);
  fs.writeFileSync(file, text);
  const r = runCli([command, project]);
  expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
  return r;
}

test.each([
  [
    "a module that throws while loading",
    { plugins: ["./plugins/throws.mjs"] },
    /specloom\.config\.json:\d+:\d+ - error SL1011: Plugin '\.\/plugins\/throws\.mjs' failed to load: cannot start/,
  ],
  ["a package that is not installed", { plugins: ["specloom-plugin-nope"] }, /error SL1010: Cannot find plugin 'specloom-plugin-nope'\. Install it/],
  [
    "a plugin property it does not know",
    { plugins: ["./plugins/extra-key.mjs"] },
    /error SL1012: Plugin '.\/plugins\/extra-key\.mjs' is malformed: unknown plugin property 'emiters'/,
  ],
  [
    "an option default its own spec rejects",
    { plugins: ["./plugins/bad-default.mjs"] },
    /error SL1012: Plugin '.\/plugins\/bad-default\.mjs' is malformed: the default of option 'text' does not fit its own spec: expected a string/,
  ],
  [
    "a name a built-in plugin has",
    { plugins: ["./plugins/openapi.mjs"] },
    /error SL1013: Plugin 'openapi' is declared by both the built-in plugin 'openapi' and plugin '\.\/plugins\/openapi\.mjs'\./,
  ],
  [
    "options for a plugin that is not loaded",
    { plugins: ["./plugins/note.mjs"], pluginOptions: { nots: {} } },
    /specloom\.config\.json:\d+:\d+ - error SL1015: 'pluginOptions' names 'nots', which is not a loaded plugin\. Did you mean 'note'\?/,
  ],
  [
    "an emit entry nothing provides",
    { plugins: ["./plugins/note.mjs"], emit: ["nots"] },
    /error SL1014: Unknown artifact 'nots' in 'emit'\. Did you mean 'note'\?/,
  ],
])("%s is a positioned usage error", (_name, keys, message) => {
  const r = withConfig(keys);
  expect(r.code).toBe(2);
  expect(r.stdout).toMatch(message);
});

test("a plugin's artifact is written when emit is absent, with its options; an explicit emit must name it", () => {
  const out = technicalDir(project);
  expect(withConfig({ plugins: ["./plugins/note.mjs"], pluginOptions: { note: { text: "from the config" } } }, "build").code).toBe(0);
  expect(fs.readFileSync(path.join(out, "note.txt"), "utf8")).toBe("from the config\n");
  expect(fs.existsSync(path.join(out, "openapi.json"))).toBe(true);
  fs.rmSync(out, { recursive: true });
  expect(withConfig({ plugins: ["./plugins/note.mjs"], emit: ["ir"] }, "build").code).toBe(0);
  expect(fs.readdirSync(out).filter((f) => !f.startsWith("."))).toEqual(["specloom.ir.json"]);
});

test("an emitter whose file content is not a string (a Buffer) is an error naming the plugin, and nothing is written", () => {
  writeFile(project, "plugins/bytes.mjs", NOTE_PLUGIN.replace('content: options.text + "\\n"', 'content: Buffer.from("bytes")'));
  const out = technicalDir(project);
  fs.rmSync(out, { recursive: true, force: true });
  const r = withConfig({ plugins: ["./plugins/bytes.mjs"] }, "build");
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/note.*'note\.txt' with content that is not a string \(object\)/);
  expect(fs.existsSync(path.join(out, "openapi.json"))).toBe(false);
});

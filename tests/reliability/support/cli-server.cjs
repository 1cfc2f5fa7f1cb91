/**
 * The built CLI's `main()` (packages/cli/dist/main.js) run in one long-lived process, one request at a time,
 * over IPC: `{ args, cwd }` in, `{ code, stdout, stderr }` out. A fresh `node bin.js` per case spends most
 * of its time loading the compiler and parsing lib files; this pays that once. What bin.js adds around
 * main() (the EPIPE guard, the last-resort catch) is reproduced here; a death or hang of this process is
 * reported by the parent as that case's crash.
 */
"use strict";
const path = require("node:path");

const { main } = require(path.resolve(__dirname, "..", "..", "..", "packages", "cli", "dist", "main.js"));

let stdout = "";
let stderr = "";
const capture = (append) => (chunk, encoding, callback) => {
  append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString(typeof encoding === "string" ? encoding : "utf8"));
  const done = typeof encoding === "function" ? encoding : callback;
  if (typeof done === "function") done();
  return true;
};
process.stdout.write = capture((s) => (stdout += s));
process.stderr.write = capture((s) => (stderr += s));

process.on("message", async ({ args, cwd }) => {
  stdout = "";
  stderr = "";
  let code;
  try {
    process.chdir(cwd);
    code = await main(args);
  } catch (e) {
    // bin.js's last line of defence, word for word.
    stderr += `Internal compiler error: ${e instanceof Error ? e.message : String(e)}\n`;
    code = 1;
  }
  process.send({ code, stdout, stderr });
});

// PGlite in a plain Node process: jest's VM cannot run PGlite's internal
// dynamic imports without --experimental-vm-modules. Line-delimited JSON over
// stdio: {id, method: "exec"|"query", sql, params} -> {id, result} | {id, error}.
import { PGlite } from "@electric-sql/pglite";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

// initdb dominates startup; a fresh cluster's data directory is cached and loaded instead.
// Keyed by PGlite's version: a data directory only loads into the PostgreSQL that wrote it.
const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
const pkg = JSON.parse(fs.readFileSync(path.join(entry.slice(0, entry.lastIndexOf("dist")), "package.json"), "utf8"));
const cache = path.join(os.tmpdir(), `specloom-pglite-${pkg.version}-initdb.tar`);
async function open() {
  if (fs.existsSync(cache)) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(cache)]) });
    } catch {
      fs.rmSync(cache, { force: true });
    }
  }
  const db = await PGlite.create();
  const dump = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
  const tmp = `${cache}.${process.pid}`;
  fs.writeFileSync(tmp, dump);
  fs.renameSync(tmp, cache);
  return db;
}

const db = await open();
process.stdout.write(JSON.stringify({ ready: true }) + "\n");
const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on("line", (line) => {
  const msg = JSON.parse(line);
  queue = queue.then(async () => {
    try {
      const result = msg.method === "exec" ? await db.exec(msg.sql) : await db.query(msg.sql, msg.params ?? []);
      const rows = Array.isArray(result) ? result.map((r) => r.rows) : result.rows;
      process.stdout.write(JSON.stringify({ id: msg.id, result: rows }) + "\n");
    } catch (e) {
      process.stdout.write(JSON.stringify({ id: msg.id, error: e.message, code: e.code }) + "\n");
    }
  });
});
lines.on("close", () => queue.then(() => db.close()).then(() => process.exit(0)));

// PGlite in a plain Node process: jest's VM cannot run PGlite's internal
// dynamic imports without --experimental-vm-modules. Line-delimited JSON over
// stdio: {id, method: "exec"|"query", sql, params} -> {id, result} | {id, error}.
import { createInterface } from "node:readline";
// The importer's PGlite: initdb's data directory cached per PGlite version, so a start takes a fraction of a second.
import { openPglite } from "@specloom/importer";

const db = await openPglite();
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

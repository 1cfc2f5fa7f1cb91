// Applies each DDL file to its own fresh PGlite and prints the catalogs as one
// JSON line. A plain Node process: jest's VM cannot load PGlite.
import * as fs from "node:fs";
import { openPglite, readCatalog } from "@specloom/importer";

const out = [];
for (const file of process.argv.slice(2)) {
  const db = await openPglite();
  await db.exec(fs.readFileSync(file, "utf8"));
  out.push(await readCatalog(db));
  await db.close();
}
process.stdout.write(JSON.stringify(out) + "\n");

/**
 * An in-memory PGlite. initdb dominates its start-up (seconds), so a fresh
 * cluster's data directory is cached once per PGlite version in the user's
 * cache folder (not a shared temp folder another user could plant it in).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Queryable } from "./catalog";

/** The part of PGlite the importer and its tests use. */
export interface MemoryDb extends Queryable {
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

function cacheFile(version: string): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "specloom", `pglite-${version}-initdb.tar`);
}

function pgliteVersion(): string {
  const entry = require.resolve("@electric-sql/pglite");
  const pkg = JSON.parse(fs.readFileSync(path.join(entry.slice(0, entry.lastIndexOf("dist")), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * PGlite (25 MB) is an optional peer: only `import postgres <file.sql>` needs it, so a default install leaves
 * it out. Undefined when it is installed; otherwise what to do.
 */
export function pgliteMissing(): string | undefined {
  try {
    require.resolve("@electric-sql/pglite");
    return undefined;
  } catch {
    return "reading a .sql file needs the optional package @electric-sql/pglite: npm i -D @electric-sql/pglite (or import from a live server with a postgres:// URL)";
  }
}

export async function openPglite(): Promise<MemoryDb> {
  const { PGlite } = await import("@electric-sql/pglite");
  const cache = cacheFile(pgliteVersion());
  if (fs.existsSync(cache)) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(cache)]) });
    } catch {
      fs.rmSync(cache, { force: true });
    }
  }
  const db = await PGlite.create();
  try {
    const dump = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    const tmp = `${cache}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, dump);
    fs.renameSync(tmp, cache);
  } catch {
    // A read-only home only costs speed.
  }
  return db;
}

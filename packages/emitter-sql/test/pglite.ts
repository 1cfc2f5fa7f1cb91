/**
 * A PGlite database in a child Node process (see pglite-server.mjs), one per
 * test file since startup costs seconds. Each DDL under test runs in its own
 * schema, so the emitted SQL stays schema-agnostic and unchanged.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import * as path from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";

export interface Db {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

interface Reply {
  id?: number;
  ready?: boolean;
  result?: unknown;
  error?: string;
}

class ChildDb implements Db {
  private next = 0;
  private readonly waiting = new Map<number, (r: Reply) => void>();
  readonly ready: Promise<void>;

  constructor(private readonly child: ChildProcessByStdio<Writable, Readable, null>) {
    let markReady!: () => void;
    this.ready = new Promise((resolve) => (markReady = resolve));
    // A crashed server fails every pending call instead of leaving tests to time out.
    child.once("exit", (code) => {
      for (const reply of this.waiting.values()) reply({ error: `PGlite server exited with code ${code}` });
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const reply = JSON.parse(line) as Reply;
      if (reply.ready) markReady();
      else if (reply.id !== undefined) this.waiting.get(reply.id)?.(reply);
    });
  }

  private call(method: "exec" | "query", sql: string, params?: unknown[]): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (r) => {
        this.waiting.delete(id);
        if (r.error !== undefined) reject(new Error(r.error));
        else resolve(r.result);
      });
      this.child.stdin.write(JSON.stringify({ id, method, sql, params }) + "\n");
    });
  }

  async exec(sql: string): Promise<void> {
    await this.call("exec", sql);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<{ rows: T[] }> {
    return { rows: (await this.call("query", sql, params)) as T[] };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.stdin.end();
    });
  }
}

let shared: Promise<ChildDb> | undefined;
let counter = 0;

export function database(): Promise<Db> {
  shared ??= (async () => {
    const child = spawn(process.execPath, [path.join(__dirname, "pglite-server.mjs")], { stdio: ["pipe", "pipe", "inherit"] });
    const db = new ChildDb(child);
    await db.ready;
    return db;
  })();
  return shared;
}

export async function closeDatabase(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}

/** Applies `sql` in a new schema and leaves search_path there; returns the schema name and the time taken. */
export async function applyInFreshSchema(sql: string, prefix = "s"): Promise<{ db: Db; schema: string; ms: number }> {
  const db = await database();
  const schema = `${prefix}_${++counter}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public;`);
  const start = performance.now();
  await db.exec(sql);
  return { db, schema, ms: performance.now() - start };
}

export async function useSchema(db: Db, schema: string): Promise<void> {
  await db.exec(`SET search_path TO ${schema}, public;`);
}

/** Runs `sql` and returns the error message, or undefined when it succeeded. */
export async function failure(db: Db, sql: string): Promise<string | undefined> {
  try {
    await db.exec(sql);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Atomic writes, in process: unchanged files untouched, and recovery from a run killed mid-way. */
import * as fs from "node:fs";
import * as path from "node:path";
import { recoverStaging, stagingDirFor, writeAtomic, type WriteCache } from "../src/write-atomic";
import { tempDir } from "./helpers";

/** A pid that is certainly not running (above Linux's pid_max). */
const DEAD_PID = 4_194_305;

test("writes new and changed files, leaves unchanged ones (and their mtimes) alone", () => {
  const out = path.join(tempDir(), "technical");
  const first = writeAtomic(out, [
    { path: "a.txt", content: "a" },
    { path: "sub/b.txt", content: "b" },
  ]);
  expect(first.written).toEqual(["a.txt", "sub/b.txt"]);
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(out, "a.txt"), past, past);
  const second = writeAtomic(out, [
    { path: "a.txt", content: "a" },
    { path: "sub/b.txt", content: "b2" },
  ]);
  expect(second).toEqual({ written: ["sub/b.txt"], unchanged: ["a.txt"], removed: [], diagnostics: [] });
  expect(Math.round(fs.statSync(path.join(out, "a.txt")).mtimeMs)).toBe(past.getTime());
  expect(fs.readFileSync(path.join(out, "sub/b.txt"), "utf8")).toBe("b2");
  expect(fs.readdirSync(out).sort()).toEqual([".specloom-manifest.json", "a.txt", "sub"]);
});

test("a run killed before its commit journal is discarded", () => {
  const out = path.join(tempDir(), "technical");
  writeAtomic(out, [{ path: "a.txt", content: "old" }]);
  const staging = stagingDirFor(out, DEAD_PID);
  fs.mkdirSync(staging);
  fs.writeFileSync(path.join(staging, "a.txt"), "new");
  recoverStaging(out);
  expect(fs.readFileSync(path.join(out, "a.txt"), "utf8")).toBe("old");
  expect(fs.existsSync(staging)).toBe(false);
});

test("a run killed during its renames is finished by the next run", () => {
  const out = path.join(tempDir(), "technical");
  writeAtomic(out, [
    { path: "a.txt", content: "old a" },
    { path: "b.txt", content: "old b" },
  ]);
  // The killed run had moved a.txt already and not yet b.txt.
  fs.writeFileSync(path.join(out, "a.txt"), "new a");
  const staging = stagingDirFor(out, DEAD_PID);
  fs.mkdirSync(staging);
  fs.writeFileSync(path.join(staging, "b.txt"), "new b");
  fs.writeFileSync(path.join(staging, ".commit.json"), JSON.stringify({ write: ["a.txt", "b.txt"], remove: [] }));
  // The next run emits the same: recovery comes first, so there is nothing left to write.
  const result = writeAtomic(out, [
    { path: "a.txt", content: "new a" },
    { path: "b.txt", content: "new b" },
  ]);
  expect(result).toEqual({ written: [], unchanged: ["a.txt", "b.txt"], removed: [], diagnostics: [] });
  expect(fs.readFileSync(path.join(out, "b.txt"), "utf8")).toBe("new b");
  expect(fs.readdirSync(out).sort()).toEqual([".specloom-manifest.json", "a.txt", "b.txt"]);
});

test("an output path under a file is 'output-not-writable'", () => {
  const file = path.join(tempDir(), "file");
  fs.writeFileSync(file, "");
  const result = writeAtomic(path.join(file, "technical"), [{ path: "a.txt", content: "a" }]);
  expect(result.written).toEqual([]);
  expect(result.diagnostics.map((d) => d.id)).toEqual(["output-not-writable"]);
});

test("with a cache (watch mode), outputs edited or deleted behind specloom's back are still rewritten", () => {
  const out = path.join(tempDir(), "technical");
  const cache: WriteCache = new Map();
  const files = [
    { path: "a.txt", content: "aaaa" },
    { path: "b.txt", content: "bbbb" },
  ];
  expect(writeAtomic(out, files, cache).written).toEqual(["a.txt", "b.txt"]);
  expect(writeAtomic(out, files, cache).written).toEqual([]);
  fs.writeFileSync(path.join(out, "a.txt"), "xxxx"); // same size, new mtime
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(out, "a.txt"), past, past);
  fs.rmSync(path.join(out, "b.txt"));
  expect(writeAtomic(out, files, cache).written).toEqual(["a.txt", "b.txt"]);
  expect(fs.readFileSync(path.join(out, "a.txt"), "utf8")).toBe("aaaa");
});

test("outputs an earlier build wrote and this one does not are removed; other files are not", () => {
  const out = path.join(tempDir(), "technical");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "architecture.md"), "mine");
  writeAtomic(out, [
    { path: "er.mmd", content: "e" },
    { path: "er.svg", content: "<svg/>" },
  ]);
  const result = writeAtomic(out, [{ path: "er.mmd", content: "e" }]);
  expect(result).toEqual({ written: [], unchanged: ["er.mmd"], removed: ["er.svg"], diagnostics: [] });
  expect(fs.readdirSync(out).sort()).toEqual([".specloom-manifest.json", "architecture.md", "er.mmd"]);
  // A tampered manifest cannot make it delete outside the output directory.
  const outside = path.join(path.dirname(out), "keep.txt");
  fs.writeFileSync(outside, "keep");
  fs.writeFileSync(path.join(out, ".specloom-manifest.json"), JSON.stringify(["../keep.txt", "er.mmd"]));
  writeAtomic(out, []);
  expect(fs.existsSync(outside)).toBe(true);
  expect(fs.existsSync(path.join(out, "er.mmd"))).toBe(false);
});

/** Atomic writes against the real file system: unchanged files untouched, commits that fail roll back, leftovers recovered safely. */
import * as fs from "node:fs";
import * as path from "node:path";
import { commitJournal, MANIFEST, recoverLeftovers, stage, stagingDirFor, type Journal } from "../src/output/journal";
import { placedHash, sha256 } from "../src/output/safe-path";
import { utf8View } from "../src/output/utf8";
import { writeAtomic } from "../src/write-atomic";
import { tempDir } from "./helpers";

const read = (file: string) => fs.readFileSync(file, "utf8");
const listing = (dir: string) => fs.readdirSync(dir).sort();

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
  expect(read(path.join(out, "sub/b.txt"))).toBe("b2");
  expect(listing(out)).toEqual([MANIFEST, "a.txt", "sub"]);
  const manifest = JSON.parse(read(path.join(out, MANIFEST))) as { files: Record<string, string> };
  expect(manifest.files).toEqual({ "a.txt": sha256("a"), "sub/b.txt": sha256("b2") });
});

test("outputs edited or deleted behind specloom's back are rewritten", () => {
  const out = path.join(tempDir(), "technical");
  const files = [
    { path: "a.txt", content: "aaaa" },
    { path: "b.txt", content: "bbbb" },
  ];
  writeAtomic(out, files);
  fs.writeFileSync(path.join(out, "a.txt"), "xxxx");
  fs.rmSync(path.join(out, "b.txt"));
  expect(writeAtomic(out, files).written).toEqual(["a.txt", "b.txt"]);
  expect(read(path.join(out, "a.txt"))).toBe("aaaa");
});

test("with remembered hashes (watch mode), same-size edits and replacements behind specloom's back are still rewritten", () => {
  const out = path.join(tempDir(), "technical");
  const files = [
    { path: "a.txt", content: "aaaa" },
    { path: "b.txt", content: "bbbb" },
  ];
  writeAtomic(out, files);
  // The clock moves on, so the hashes read by the next build are remembered (they are no longer "racily clean").
  const now = jest.spyOn(Date, "now").mockReturnValue(Date.now() + 60_000);
  try {
    expect(writeAtomic(out, files).unchanged).toEqual(["a.txt", "b.txt"]);
    fs.writeFileSync(path.join(out, "a.txt"), "xxxx"); // same size, same inode
    fs.writeFileSync(path.join(out, "b.tmp"), "yyyy");
    fs.renameSync(path.join(out, "b.tmp"), path.join(out, "b.txt")); // a new inode
    expect(writeAtomic(out, files).written).toEqual(["a.txt", "b.txt"]);
    expect([read(path.join(out, "a.txt")), read(path.join(out, "b.txt"))]).toEqual(["aaaa", "bbbb"]);
  } finally {
    now.mockRestore();
  }
});

test("an output path under a file is 'output-not-writable'", () => {
  const file = path.join(tempDir(), "file");
  fs.writeFileSync(file, "");
  const result = writeAtomic(path.join(file, "technical"), [{ path: "a.txt", content: "a" }]);
  expect(result.written).toEqual([]);
  expect(result.diagnostics.map((d) => d.code)).toEqual(["SL1008"]);
});

test("outputs an earlier build wrote and this one does not are removed, only while they hold what was written", () => {
  const out = path.join(tempDir(), "technical");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "architecture.md"), "mine");
  writeAtomic(out, [
    { path: "er.mmd", content: "e" },
    { path: "er.svg", content: "<svg/>" },
    { path: "notes.md", content: "generated" },
  ]);
  fs.writeFileSync(path.join(out, "notes.md"), "edited by hand since");
  const result = writeAtomic(out, [{ path: "er.mmd", content: "e" }]);
  expect(result).toEqual({ written: [], unchanged: ["er.mmd"], removed: ["er.svg"], diagnostics: [] });
  expect(listing(out)).toEqual([MANIFEST, "architecture.md", "er.mmd", "notes.md"]);
});

test("a commit that fails half-way puts the complete old set back and leaves no staging folder", () => {
  const root = fs.realpathSync(tempDir());
  for (const name of ["a.txt", "b.txt"]) fs.writeFileSync(path.join(root, name), `old ${name}`);
  fs.mkdirSync(path.join(root, "c.txt")); // the third target is a directory: its swap fails after two succeeded
  fs.writeFileSync(path.join(root, "c.txt", "inside"), "kept");
  const contents = new Map([
    ["a.txt", "new a"],
    ["b.txt", "new b"],
    ["c.txt", "new c"],
    ["d/e.txt", "new e"],
  ]);
  const journal: Journal = {
    buildId: "1-test",
    complete: true,
    write: [...contents].map(([p, c]) => ({ path: p, before: null, after: sha256(c) })),
    remove: [],
  };
  const staging = stage(root, journal, contents);
  expect(() => commitJournal(root, staging, journal)).toThrow(/is a directory/);
  expect(read(path.join(root, "a.txt"))).toBe("old a.txt");
  expect(read(path.join(root, "b.txt"))).toBe("old b.txt");
  expect(read(path.join(root, "c.txt", "inside"))).toBe("kept");
  expect(fs.existsSync(path.join(root, "d"))).toBe(false);
  // The next writeAtomic discards that staging folder (its journal no longer fits the folder) and refuses the directory target.
  const result = writeAtomic(
    root,
    [...contents].map(([p, c]) => ({ path: p, content: c })),
  );
  expect(result.diagnostics.map((d) => d.code)).toEqual(["SL1020"]);
  expect(result.diagnostics[0]!.message).toContain("'c.txt' is a directory");
  expect(listing(root)).toEqual(["a.txt", "b.txt", "c.txt"]);
  expect(read(path.join(root, "a.txt"))).toBe("old a.txt");
});

test("a run killed during its renames is finished by the next run when its journal is complete and consistent", () => {
  const root = fs.realpathSync(tempDir());
  writeAtomic(root, [
    { path: "a.txt", content: "old a" },
    { path: "b.txt", content: "old b" },
  ]);
  const contents = new Map([
    ["a.txt", "new a"],
    ["b.txt", "new b"],
  ]);
  const journal: Journal = {
    buildId: "4194305-dead",
    complete: true,
    write: [...contents].map(([p, c]) => ({ path: p, before: sha256(`old ${p[0]}`), after: sha256(c) })),
    remove: [],
  };
  const staging = stage(root, journal, contents);
  // The killed run had moved a.txt already, not yet b.txt.
  fs.renameSync(path.join(staging, "new", "a.txt"), path.join(root, "a.txt"));
  expect(recoverLeftovers(root)).toEqual(["4194305-dead"]);
  expect(read(path.join(root, "a.txt"))).toBe("new a");
  expect(read(path.join(root, "b.txt"))).toBe("new b");
  expect(fs.existsSync(staging)).toBe(false);
});

describe("a leftover journal that is not complete and consistent is discarded, never replayed", () => {
  const setup = () => {
    const root = fs.realpathSync(tempDir());
    writeAtomic(root, [{ path: "a.txt", content: "old" }]);
    const contents = new Map([["a.txt", "stale"]]);
    const journal: Journal = { buildId: "7-stale", complete: true, write: [{ path: "a.txt", before: sha256("old"), after: sha256("stale") }], remove: [] };
    return { root, contents, journal };
  };

  test("a stale journal (outputs changed since) does not replace newer outputs", () => {
    const { root, contents, journal } = setup();
    const staging = stage(root, journal, contents);
    fs.writeFileSync(path.join(root, "a.txt"), "newer build");
    expect(recoverLeftovers(root)).toEqual([]);
    expect(read(path.join(root, "a.txt"))).toBe("newer build");
    expect(fs.existsSync(staging)).toBe(false);
  });

  test("a partial journal (not marked complete, or another build's id) is not replayed", () => {
    const { root, contents, journal } = setup();
    const staging = stage(root, journal, contents);
    fs.writeFileSync(path.join(staging, "journal.json"), JSON.stringify({ ...journal, complete: undefined }));
    const other = stage(root, { ...journal, buildId: "8-other" }, contents);
    fs.writeFileSync(path.join(other, "journal.json"), JSON.stringify(journal));
    expect(recoverLeftovers(root)).toEqual([]);
    expect(read(path.join(root, "a.txt"))).toBe("old");
    expect(listing(root)).toEqual([MANIFEST, "a.txt"]);
  });

  test("a journal whose staged file is a symlink out of the folder writes nothing outside", () => {
    const { root, contents, journal } = setup();
    const outside = path.join(tempDir(), "secret.txt");
    fs.writeFileSync(outside, "stale"); // even the right content does not make a symlink acceptable
    const staging = stage(root, journal, contents);
    fs.rmSync(path.join(staging, "new", "a.txt"));
    fs.symlinkSync(outside, path.join(staging, "new", "a.txt"));
    expect(recoverLeftovers(root)).toEqual([]);
    expect(read(path.join(root, "a.txt"))).toBe("old");
    expect(fs.lstatSync(path.join(root, "a.txt")).isFile()).toBe(true);
    expect(read(outside)).toBe("stale");
  });

  test("a staging folder that is a symlink is removed as a link; its target is untouched", () => {
    const root = fs.realpathSync(tempDir());
    const elsewhere = tempDir();
    fs.writeFileSync(path.join(elsewhere, "journal.json"), "{}");
    fs.symlinkSync(elsewhere, stagingDirFor(root, "9-link"));
    recoverLeftovers(root);
    expect(listing(root)).toEqual([]);
    expect(listing(elsewhere)).toEqual(["journal.json"]);
  });
});

test("a journal entry or an emitted name that leaves the folder is refused", () => {
  const out = fs.realpathSync(tempDir());
  for (const bad of ["../x.txt", "/etc/x", "a/../../x", ".specloom-manifest.json", "a//b", "a\\..\\x"]) {
    const result = writeAtomic(out, [{ path: bad, content: "x" }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["SL1020"]);
  }
  expect(listing(out)).toEqual([]);
});

test("the reused encoding buffer gives exactly Buffer.from's bytes, whatever came before", () => {
  const texts = ["ascii only", "é".repeat(5), "x".repeat(100), "€😀 and a lone \ud800 surrogate", "ab", `${"y".repeat(64)}😀`, "😀".repeat(40), ""];
  for (const text of [...texts, ...texts.reverse()]) expect(utf8View(text).equals(Buffer.from(text))).toBe(true);
});

test("the hash of what this process just put in place is known without reading, until anyone touches the file", () => {
  const out = path.join(tempDir(), "technical");
  writeAtomic(out, [{ path: "a.txt", content: "first" }]);
  const root = fs.realpathSync(out);
  // Within the two-second window inspect would read the file again; placedHash knows it from the write.
  expect(placedHash(root, "a.txt")).toBe(sha256("first"));
  expect(writeAtomic(out, [{ path: "a.txt", content: "second" }]).written).toEqual(["a.txt"]);
  expect(placedHash(root, "a.txt")).toBe(sha256("second"));
  fs.appendFileSync(path.join(out, "a.txt"), "!");
  expect(placedHash(root, "a.txt")).toBeUndefined();
  writeAtomic(out, [{ path: "a.txt", content: "third" }]);
  fs.writeFileSync(path.join(out, "b.tmp"), "edit!");
  fs.renameSync(path.join(out, "b.tmp"), path.join(out, "a.txt")); // same size, a new inode
  expect(placedHash(root, "a.txt")).toBeUndefined();
  // Re-emitting what specloom wrote last still compares with the file on disk, so the edit is replaced.
  expect(writeAtomic(out, [{ path: "a.txt", content: "third" }]).written).toEqual(["a.txt"]);
  expect(read(path.join(out, "a.txt"))).toBe("third");
  fs.rmSync(path.join(out, "a.txt"));
  expect(placedHash(root, "a.txt")).toBeUndefined();
});

/**
 * Aggregates a V8 .cpuprofile (node --cpu-prof): self and total time per
 * function (name + file:line) and self time per file and per package.
 *
 *   node scripts/bench/profile.mjs <file.cpuprofile> [--top 30] [--json]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function shortUrl(url) {
  if (!url) return "(native)";
  let file = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (file.startsWith(ROOT + path.sep)) file = path.relative(ROOT, file);
  file = file.split(path.sep).join("/");
  // Another checkout (--specloom-root) or a symlinked dependency: keep the part that names the package.
  const at = Math.max(file.lastIndexOf("/node_modules/"), file.startsWith("/") ? file.lastIndexOf("/packages/") : -1);
  return at >= 0 ? file.slice(at + 1) : file;
}

/** "packages/emitter-openapi", "node_modules/yaml", "node:internal", "(v8)". */
function packageOf(file) {
  const nm = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm) return `node_modules/${nm[1]}`;
  const pkg = /^packages\/([^/]+)/.exec(file);
  if (pkg) return `packages/${pkg[1]}`;
  if (file.startsWith("node:")) return "node:internal";
  if (file === "(native)") return "(v8/native)";
  return file;
}

export function analyseProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // V8 records the time since the previous sample; attribute each interval to the sample that ends it.
  const selfByNode = new Map();
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = Math.max(0, deltas[i] ?? 0);
    totalUs += dt;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + dt);
  });
  const keyOf = (n) => {
    const cf = n.callFrame;
    const file = shortUrl(cf.url);
    return { key: `${cf.functionName || "(anonymous)"}\t${file}:${cf.lineNumber + 1}`, file };
  };
  const fn = new Map();
  const byFile = new Map();
  const byPackage = new Map();
  for (const [id, us] of selfByNode) {
    const { key, file } = keyOf(nodes.get(id));
    const entry = fn.get(key) ?? { self: 0, total: 0 };
    entry.self += us;
    fn.set(key, entry);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const pkg = packageOf(file);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    // Total (inclusive) time: every distinct function on the stack, once even under recursion.
    const onStack = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) onStack.add(keyOf(nodes.get(cur)).key);
    for (const k of onStack) {
      const e = fn.get(k) ?? { self: 0, total: 0 };
      e.total += us;
      fn.set(k, e);
    }
  }
  const ms = (us) => us / 1000;
  const functions = [...fn].map(([key, v]) => {
    const [name, where] = key.split("\t");
    return { name, where, selfMs: ms(v.self), totalMs: ms(v.total) };
  });
  const sortBy = (arr, k) => arr.sort((a, b) => b[k] - a[k]);
  return {
    totalMs: ms(totalUs),
    functions: sortBy(functions, "selfMs"),
    byTotal: sortBy([...functions], "totalMs"),
    files: sortBy(
      [...byFile].map(([file, us]) => ({ file, selfMs: ms(us) })),
      "selfMs",
    ),
    packages: sortBy(
      [...byPackage].map(([pkg, us]) => ({ package: pkg, selfMs: ms(us) })),
      "selfMs",
    ),
  };
}

export function formatAnalysis(a, top = 30) {
  const pct = (v) => `${((100 * v) / a.totalMs).toFixed(1).padStart(5)}%`;
  const num = (v) => v.toFixed(0).padStart(7);
  const lines = [
    `Profile: ${a.totalMs.toFixed(0)} ms sampled`,
    "",
    `Top ${top} functions by self time:`,
    `  ${"self ms".padStart(7)}  ${"self".padStart(6)}  ${"total ms".padStart(8)}  function  (file:line)`,
  ];
  for (const f of a.functions.slice(0, top)) lines.push(`  ${num(f.selfMs)}  ${pct(f.selfMs)}  ${num(f.totalMs).padStart(8)}  ${f.name}  (${f.where})`);
  lines.push("", "Top 25 functions by total (inclusive) time:");
  for (const f of a.byTotal.filter((f) => !/^\((root|program|idle|garbage collector)\)$/.test(f.name)).slice(0, 25)) {
    lines.push(`  ${num(f.totalMs)}  ${pct(f.totalMs)}  ${f.name}  (${f.where})`);
  }
  lines.push("", "Self time by package:");
  for (const p of a.packages.slice(0, 20)) lines.push(`  ${num(p.selfMs)}  ${pct(p.selfMs)}  ${p.package}`);
  lines.push("", "Top 15 files by self time:");
  for (const f of a.files.slice(0, 15)) lines.push(`  ${num(f.selfMs)}  ${pct(f.selfMs)}  ${f.file}`);
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--top");
  if (!file) {
    process.stderr.write("usage: node scripts/bench/profile.mjs <file.cpuprofile> [--top 30] [--json]\n");
    process.exit(2);
  }
  const topIndex = args.indexOf("--top");
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30;
  const analysis = analyseProfile(JSON.parse(fs.readFileSync(file, "utf8")));
  if (args.includes("--json"))
    process.stdout.write(
      `${JSON.stringify({ ...analysis, functions: analysis.functions.slice(0, top), byTotal: analysis.byTotal.slice(0, top) }, null, 2)}\n`,
    );
  else process.stdout.write(`${formatAnalysis(analysis, top)}\n`);
}

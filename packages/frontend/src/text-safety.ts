/**
 * Text that no artifact can hold: a NUL character (PostgreSQL text cannot
 * store it and C-based tools cut at it) anywhere in the IR, and environment
 * variable names that a `.env` file or a shell cannot declare. Checked once
 * on the finished IR, so every string position is covered, present and future.
 */
import { isEnvName, type ConfigSection, type SourceLocation, type SpecIR } from "@specloom/core";
import type { FrontendContext } from "./context";

interface Place {
  readonly where: string;
  readonly loc: SourceLocation | undefined;
}

function isLoc(value: unknown): value is SourceLocation {
  return !!value && typeof value === "object" && typeof (value as SourceLocation).file === "string" && typeof (value as SourceLocation).line === "number";
}

/** `User.email` from the names met on the way down, else the last key. */
function describe(names: readonly string[], key: string): string {
  return names.length > 0 ? `${names.join(".")} (${key})` : key;
}

function walk(value: unknown, key: string, names: readonly string[], loc: SourceLocation | undefined, out: Place[]): void {
  if (typeof value === "string") {
    if (value.includes("\0")) out.push({ where: describe(names, key), loc });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v) => walk(v, key, names, loc, out));
    return;
  }
  if (!value || typeof value !== "object" || isLoc(value)) return;
  const node = value as Record<string, unknown>;
  const here = isLoc(node.loc) ? node.loc : loc;
  const named = typeof node.name === "string" && node.kind !== undefined ? [...names, node.name] : names;
  for (const [k, v] of Object.entries(node)) if (k !== "loc" && k !== "locs") walk(v, k, named, here, out);
}

function envRefs(value: unknown, path: string, out: { name: string; path: string }[]): void {
  // Same keys as the config reader's `locs`: `env[1].env`.
  if (Array.isArray(value)) value.forEach((v, i) => envRefs(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.env === "string" && Object.keys(v).every((k) => k === "env" || k === "description" || k === "example")) out.push({ name: v.env, path });
    else for (const [k, child] of Object.entries(v)) envRefs(child, path ? `${path}.${k}` : k, out);
  }
}

/**
 * Whether any string below `value` holds a NUL, skipping locations like `walk`, without allocating. The answer
 * is remembered per top-level node (a model, an API group, a config section…): nodes are never changed once
 * built, and watch mode keeps those of unchanged declarations, so a rebuild scans only what is new. The
 * detailed walk runs only when a NUL is found.
 */
const nulFree = new WeakMap<object, boolean>();
const TOP_LEVEL = 2;

function hasNul(value: unknown, depth: number): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (!value || typeof value !== "object") return false;
  if (Array.isArray(value)) {
    for (const v of value) if (hasNul(v, depth + 1)) return true;
    return false;
  }
  if (isLoc(value)) return false;
  const known = depth === TOP_LEVEL ? nulFree.get(value) : undefined;
  if (known !== undefined) return !known;
  let found = false;
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    if (k !== "loc" && k !== "locs" && hasNul(record[k], depth + 1)) {
      found = true;
      break;
    }
  }
  if (depth === TOP_LEVEL) nulFree.set(value, !found);
  return found;
}

export function checkIrText(ir: SpecIR, ctx: FrontendContext): void {
  const places: Place[] = [];
  if (hasNul(ir, 0)) walk(ir, "spec", [], undefined, places);
  // One report per declaration: a doc comment fills both summary and description.
  const seen = new Set<string>();
  for (const p of places) {
    const key = p.loc ? `${p.loc.file}:${p.loc.line}:${p.loc.column}` : p.where;
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.report("nul-character", { where: p.where }, p.loc);
  }
  // Object.values of the sections record is `any[]`; every section has this shape.
  for (const section of Object.values(ir.config) as (ConfigSection<unknown> | undefined)[]) {
    if (!section) continue;
    const refs: { name: string; path: string }[] = [];
    envRefs(section.value, "", refs);
    for (const r of refs) {
      if (isEnvName(r.name) || r.name.includes("\0")) continue;
      ctx.report(
        "invalid-env-name",
        { name: r.name.replace(/[\0-\x1f\x7f]/g, "?") },
        section.locs[`${r.path}.env`] ?? section.locs[r.path] ?? section.loc,
      );
    }
  }
}

/**
 * Hostile strings, drawn from a seeded generator so every run (and every
 * failure report) is reproducible from its seed.
 */

import { pick, rng, type Rng } from "@specloom/test-support";

export { pick, rng, type Rng };

/** Pieces that each close, open or confuse some output context. */
export const HOSTILE_ATOMS: readonly string[] = [
  "'",
  '"',
  "`",
  "\\",
  "\n",
  "\r\n",
  "\r",
  "\u2028",
  "\u2029",
  "\t",
  "*/",
  "/*",
  "//",
  "$$",
  "$sl$",
  "--",
  ";",
  "|",
  "{",
  "}",
  "${x}",
  "#",
  "%%",
  ":",
  "=",
  "[",
  "]",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "javascript:alert(1)",
  "[y](JaVaScRiPt:alert(1))",
  "<javascript:alert(1)>",
  "![i](data:text/html;base64,PHNjcmlwdD4=)",
  "[z](&#106;avascript:alert(1))",
  "[r]: vbscript:msgbox(1)",
  "\u202e",
  "\u200f",
  "\u200b",
  "😀",
  "𝔘𝔫𝔦",
  "\ud800",
  "1_000",
  "1:20",
  "yes",
  "~",
  "0x1F",
  ".5",
  "<<",
  "null",
  "'); DROP TABLE users; --",
  '"; DROP TABLE x; --',
  "\n--\nCREATE TABLE evil (id int);\n",
  "$$; CREATE TABLE evil2 (id int); DO $$ BEGIN",
  "\\'; CREATE TABLE evil3 (id int); --",
  "*/ globalThis.__specloomCanary = 1; /*",
  '" + (globalThis.__specloomCanary = 1) + "',
  "\u2028globalThis.__specloomCanary = 1;",
  "\nEVIL=1\n",
  "\nEVIL2=2",
  "```",
  "~~~~",
  "---",
  "\n# heading",
  "> quote",
  "- item",
  "&lt;",
  "&amp;",
  '"}\n  evil["x"]\n  X{',
  "%%{init: {}}%%",
];

const BENIGN = ["alpha", "beta", "gamma", "the value", "Über", "x1"];

export interface HostileOptions {
  /** Probability of a NUL character (the front end must reject it). */
  readonly nul?: number;
  /** Longest piece of filler, for very long strings. */
  readonly long?: number;
}

/** One to four atoms with benign glue; sometimes very long; rarely a NUL. */
export function hostileString(r: Rng, options: HostileOptions = {}): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    parts.push(r() < 0.3 ? pick(r, BENIGN) : pick(r, HOSTILE_ATOMS));
  }
  if (r() < 0.06) parts.push("x".repeat(Math.floor(r() * (options.long ?? 4000))));
  if (r() < (options.nul ?? 0)) parts.splice(Math.floor(r() * parts.length), 0, "\0");
  return parts.join(r() < 0.5 ? "" : " ");
}

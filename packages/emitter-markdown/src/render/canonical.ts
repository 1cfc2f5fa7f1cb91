/**
 * Which chunks the builder already prints exactly as prettier would. Md emits
 * prettier's canonical forms (aligned tables, `-` lists, one blank line
 * between blocks); only user text can hold something prettier rewrites
 * (escapes, emphasis, entities, wide characters). Chunks with such characters
 * go through prettier; the rest skip its ~10 µs per character. Tests check the
 * whole document is a prettier fixed point either way.
 */
import { nodeReuse } from "@specloom/model";

/** Characters whose width prettier and `displayWidth` agree on (1 column). */
const NARROW = /^[\u0020-\u007e\u00a0-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2190-\u2193\u2713\u2717]*$/u;
/** Inline characters prettier may escape, unescape or reinterpret (after `plain()`). */
const RISKY_INLINE = /[*_\\<[\]~$^{}|\t]|&#?\w+;/;
/** Line starts prettier may escape (lists, headings, quotes, setext underlines). */
const RISKY_START = /^(?:[-+*#>=]|\d+[.)])/;

const HEADING = /^#{1,6} /;
/** Our own syntax before user text: list and task markers, bold labels. */
const OWN_PREFIX = /^(?:- \[[x ]\] |- |\d+\. )?(?:\*\*[^*]+\*\*:? ?)?/;

/** Drops code spans and intraword underscores (`created_at`), which prettier leaves alone. */
function plain(text: string): string {
  return text.replace(/(`+)[^`]*?[^`]?\1/g, "c").replace(/(?<=[A-Za-z0-9])_+(?=[A-Za-z0-9])/g, "");
}

export function displayWidth(text: string): number {
  return text.length;
}

export function lineIsCanonical(line: string): boolean {
  if (line === "" || line === "---") return true;
  if (!NARROW.test(line)) return false;
  if (line.startsWith("| ")) {
    // Table row or delimiter row: cells between our `|` separators.
    if (/^\| [-| ]+\|$/.test(line)) return true;
    return plain(line)
      .slice(2, -2)
      .split(" | ")
      .every((cell) => !RISKY_INLINE.test(cell.trimEnd()) && !/ {2,}/.test(cell.trim()));
  }
  if (HEADING.test(line)) {
    const text = plain(line.replace(HEADING, ""));
    return !RISKY_INLINE.test(text) && !text.endsWith("#");
  }
  const rest = plain(line.replace(OWN_PREFIX, ""));
  return !RISKY_START.test(rest) && !RISKY_INLINE.test(rest) && !/ {2,}/.test(rest.trim());
}

/** True when prettier would print the chunk unchanged: nothing but our syntax around plain text. */
export function isCanonical(chunk: string): boolean {
  const lines = chunk.split("\n");
  let fence: string | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      if (line === fence) fence = undefined;
      continue;
    }
    if (line.startsWith("```")) {
      fence = "```";
      continue;
    }
    if (line.startsWith("~~~")) return false;
    if (!lineIsCanonical(line)) return false;
  }
  return fence === undefined;
}

/**
 * isCanonical of single blocks by text, remembered from one document to the next: a watch rebuild checks only
 * blocks whose text is new. Blocks keep their fences whole, so a chunk of canonical blocks is canonical.
 */
let previous = new Map<string, boolean>();
let current = new Map<string, boolean>();

/** Called once per document: what the one before checked stays available, older results are dropped. */
export function startDocument(): void {
  previous = current;
  current = new Map();
}

/** Called once a document is rendered: a one-shot build (no next document) drops every block's text now. */
export function endDocument(): void {
  if (nodeReuse()) return;
  previous = new Map();
  current = new Map();
}

export function blockIsCanonical(block: string): boolean {
  let known = current.get(block);
  if (known === undefined) {
    known = previous.get(block) ?? isCanonical(block);
    current.set(block, known);
  }
  return known;
}

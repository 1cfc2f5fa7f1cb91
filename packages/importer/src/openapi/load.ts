/**
 * Reads an OpenAPI 3.0/3.1 document (YAML or JSON, a file, `-` for stdin, or
 * an http(s) URL) and checks what the importer relies on: the version, and
 * that every local `$ref` resolves and no chain of `$ref`s loops. Every
 * problem is positioned in the source text (line and column of the node).
 */
import * as fs from "node:fs";
import { unescapePointerSegment, escapePointerSegment, createDiagnostic, type Diagnostic, type SourceLocation } from "@specloom/core";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";

export interface LoadedDocument {
  /** The document as plain data. */
  readonly doc: Record<string, unknown>;
  readonly version: "3.0" | "3.1";
  /** Position of the node at a JSON pointer (`#/paths/~1users/get`), for diagnostics. */
  locate(pointer: string): SourceLocation;
}

export type LoadResult = { readonly ok: true; readonly loaded: LoadedDocument } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

async function readSource(source: string): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  try {
    if (source === "-") return { text: fs.readFileSync(0, "utf8") };
    if (isUrl(source)) {
      const res = await fetch(source, { signal: AbortSignal.timeout(15_000) });
      if (!res.ok) return { diagnostic: createDiagnostic("import-connect-failed", { source, detail: `HTTP ${res.status}` }) };
      return { text: await res.text() };
    }
    return { text: fs.readFileSync(source, "utf8") };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } };
    if (isUrl(source)) {
      const detail = err.cause?.code ?? err.cause?.errors?.[0]?.code ?? err.cause?.message ?? err.message;
      return { diagnostic: createDiagnostic("import-connect-failed", { source, detail }) };
    }
    return { diagnostic: createDiagnostic("import-source-unreadable", { source, detail: err.code ?? err.message }) };
  }
}

/** JSON pointer segments, unescaped (`~1` → `/`, `~0` → `~`). */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((s, i, all) => !(s === "" && all.length === 1))
    .map((s) => unescapePointerSegment(decodeURIComponent(s)));
}

function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  let node: unknown = doc;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, seg)) return { found: false };
    node = (node as Record<string, unknown>)[seg];
  }
  return { found: true, value: node };
}

/** Every `$ref` in the document with the pointer of the object that holds it. */
function collectRefs(node: unknown, pointer: string, out: { at: string; ref: string }[]): void {
  if (Array.isArray(node)) node.forEach((item, i) => collectRefs(item, `${pointer}/${i}`, out));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push({ at: pointer, ref: value });
      else collectRefs(value, `${pointer}/${escapePointerSegment(key)}`, out);
    }
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // the YAML parser reports it with a position
  }
}

/**
 * One pass over a JSON text: the offset of every value by JSON pointer (for
 * positions without the slow YAML parser), and whether an object repeats a key
 * (JSON.parse would keep the last one silently).
 */
export function scanJson(text: string): { duplicateKey: boolean; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  // Per open container: its pointer, its keys (objects) or next index (arrays), and the pending key.
  const stack: { pointer: string; keys?: Set<string>; index: number; key?: string }[] = [];
  const valueStarts = (i: number) => {
    const top = stack[stack.length - 1];
    if (!top) return offsets.set("", i);
    const seg = top.keys ? top.key : String(top.index);
    if (seg !== undefined) offsets.set(`${top.pointer}/${seg}`, i);
  };
  const childPointer = () => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    return `${top.pointer}/${top.keys ? (top.key ?? "") : String(top.index)}`;
  };
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === " " || c === "\n" || c === "\r" || c === "\t" || c === ":") continue;
    const top = stack[stack.length - 1];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, j);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return { duplicateKey: true, offsets };
        top.keys.add(key);
        top.key = escapePointerSegment(key);
        expectKey = false;
      } else valueStarts(i);
      i = j;
    } else if (c === "{" || c === "[") {
      valueStarts(i);
      stack.push({ pointer: childPointer(), index: 0, ...(c === "{" ? { keys: new Set<string>() } : {}) });
      expectKey = c === "{";
    } else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    } else {
      valueStarts(i);
      while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1]!)) i++;
    }
  }
  return { duplicateKey: false, offsets };
}

export async function loadOpenApi(source: string, file: string = source): Promise<LoadResult> {
  const read = await readSource(source);
  if ("diagnostic" in read) return { ok: false, diagnostics: [read.diagnostic] };
  const text = read.text.replace(/^\uFEFF/, "");
  const lineCounter = new LineCounter();
  let parsed: ReturnType<typeof parseDocument> | undefined;
  // The YAML parser keeps positions but is slow on large JSON: JSON without duplicate keys is read by JSON.parse
  // and parsed for positions only when a diagnostic needs one.
  const ast = () => (parsed ??= parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }));
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  let doc: unknown;
  const scanned = /^\s*\{/.test(text) ? scanJson(text) : undefined;
  const json = scanned && !scanned.duplicateKey ? tryJson(text) : undefined;
  if (json !== undefined) {
    doc = json;
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  } else {
    if (ast().errors.length > 0) {
      // The first error only: the ones after it are usually its echoes.
      const first = ast().errors[0]!;
      return {
        ok: false,
        diagnostics: [createDiagnostic("import-source-invalid", { detail: `not valid YAML or JSON: ${first.message.split("\n")[0]}` }, at(first.pos[0]))],
      };
    }
    doc = ast().toJS({ maxAliasCount: 1000 }) as unknown;
  }
  const locate = (pointer: string): SourceLocation => {
    if (json !== undefined && scanned) {
      // The deepest existing node on the way to the pointer.
      let best = 0;
      let path = "";
      for (const seg of pointerSegments(pointer)) {
        path += `/${escapePointerSegment(seg)}`;
        const offset = scanned.offsets.get(path);
        if (offset === undefined) break;
        best = offset;
      }
      return at(best);
    }
    let node: YamlNode | null | undefined = ast().contents;
    let last = node;
    for (const seg of pointerSegments(pointer)) {
      if (isMap(node)) {
        const pair: { key: unknown; value: unknown } | undefined = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
        node = pair ? ((pair.value as YamlNode | null) ?? (pair.key as YamlNode)) : undefined;
      } else if (isSeq(node)) node = node.items[Number(seg)] as YamlNode | undefined;
      else node = undefined;
      if (!node) break;
      last = node;
    }
    return at(last?.range?.[0] ?? 0);
  };
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return { ok: false, diagnostics: [createDiagnostic("import-source-invalid", { detail: "the document is not an object" }, at(0))] };
  }
  const root = doc as Record<string, unknown>;
  const version = typeof root.openapi === "string" ? /^3\.(0|1)\.\d+/.exec(root.openapi)?.[1] : undefined;
  if (!version) {
    const what =
      typeof root.swagger === "string"
        ? `Swagger ${root.swagger}; convert it to OpenAPI 3 first`
        : `openapi '${String(root.openapi)}'; expected 3.0.x or 3.1.x`;
    return {
      ok: false,
      diagnostics: [
        createDiagnostic("import-source-invalid", { detail: `unsupported version: ${what}` }, locate(root.openapi !== undefined ? "#/openapi" : "#")),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const refs: { at: string; ref: string }[] = [];
  const cycles = new Set<string>();
  collectRefs(root, "#", refs);
  for (const { at: holder, ref } of refs) {
    const loc = () => locate(`${holder}/$ref`);
    if (!ref.startsWith("#")) {
      diagnostics.push(
        createDiagnostic("import-source-invalid", { detail: `'$ref: ${ref}' points outside the document; bundle external references first` }, loc()),
      );
      continue;
    }
    if (!resolvePointer(root, ref).found) {
      diagnostics.push(createDiagnostic("import-source-invalid", { detail: `'$ref: ${ref}' points to nothing` }, loc()));
      continue;
    }
    // A chain of pure aliases ({ $ref } objects) that comes back to itself has no meaning.
    const seen = new Set<string>([holder]);
    for (let target = ref; ;) {
      if (seen.has(target)) {
        // Once per cycle, at the first member the walk meets.
        const key = [...seen].sort().join("|");
        if (!cycles.has(key))
          diagnostics.push(
            createDiagnostic("import-source-invalid", { detail: `'$ref: ${ref}' is a circular alias (${[...seen, target].join(" → ")})` }, loc()),
          );
        cycles.add(key);
        break;
      }
      seen.add(target);
      const value = resolvePointer(root, target).value as Record<string, unknown> | undefined;
      if (!value || typeof value.$ref !== "string" || !value.$ref.startsWith("#")) break;
      target = value.$ref;
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, loaded: { doc: root, version: version === "0" ? "3.0" : "3.1", locate } };
}

/** JSDoc → IR Docs: description, @example, @deprecated, @implements, @renamedFrom, @throws. */
import ts from "typescript";
import type { Docs, NamedExampleDoc, ThrowsNode } from "@specloom/core";

export interface RawDocs {
  readonly docs: Docs;
  readonly tags: readonly { readonly name: string; readonly text: string }[];
}

function tagText(tag: ts.JSDocTagInfo): string {
  return (tag.text ?? [])
    .map((p) => p.text)
    .join("")
    .trim();
}

/** Parses an @example body as JSON when it is JSON; keeps the text otherwise. */
function exampleValue(text: string): unknown {
  const body = text.replace(/^```\w*\n?|```$/g, "").trim();
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** Example names are keys of OpenAPI `examples` maps: a component-name-like word. */
const NAMED_EXAMPLE = /^([A-Za-z][\w.-]*)(?:[ \t]+(?:-[ \t]+)?(.*))?\n([\s\S]+)$/;

/**
 * `@example admin - An administrator` and the value on the next lines: a named
 * example. A body that is JSON as a whole stays unnamed, whatever its first line.
 */
function namedExample(text: string): NamedExampleDoc | undefined {
  const whole = exampleValue(text);
  if (typeof whole !== "string") return undefined;
  const m = NAMED_EXAMPLE.exec(text.trim());
  if (!m) return undefined;
  const summary = m[2]?.trim();
  return { name: m[1]!, ...(summary ? { summary } : {}), value: exampleValue(m[3]!) };
}

export function readDocs(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): RawDocs {
  // Most fields have no JSDoc: skip the checker's doc-comment machinery for them.
  if (!symbol || !symbol.declarations?.some((d) => ts.getJSDocCommentsAndTags(d).length > 0)) return { docs: {}, tags: [] };
  // TSDoc escapes: `\@` is an `@` that starts no tag, `*\/` a `*/` that ends no comment.
  const description = ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .trim()
    .replace(/\\@/g, "@")
    .replace(/\*\\\//g, "*/");
  const tags = symbol.getJsDocTags(checker).map((t) => ({ name: t.name, text: tagText(t) }));
  const exampleTags = tags.filter((t) => t.name === "example");
  const named = exampleTags.map((t) => namedExample(t.text));
  const examples = exampleTags.map((t, i) => (named[i] ? named[i].value : exampleValue(t.text)));
  const namedExamples = named.filter((e): e is NamedExampleDoc => e !== undefined);
  const deprecated = tags.find((t) => t.name === "deprecated");
  const implementsIds = tags
    .filter((t) => t.name === "implements")
    .flatMap((t) => t.text.split(/[\s,]+/))
    .filter(Boolean);
  // Kept even when empty, so the migration planner reports a tag that names nothing.
  const renamedFrom = tags.find((t) => t.name === "renamedFrom")?.text.split(/\s+/)[0];
  const docs: Docs = {
    ...(description
      ? {
          summary: description
            .split(/\n\s*\n/)[0]!
            .replace(/\s+/g, " ")
            .trim(),
          description,
        }
      : {}),
    ...(examples.length ? { examples } : {}),
    ...(namedExamples.length ? { namedExamples } : {}),
    ...(deprecated ? { deprecated: deprecated.text || true } : {}),
    ...(implementsIds.length ? { implements: implementsIds } : {}),
    ...(renamedFrom !== undefined ? { renamedFrom } : {}),
  };
  return { docs, tags };
}

/** `@throws ValidationError if data invalid` → { error, when }. */
export function readThrows(tags: RawDocs["tags"]): ThrowsNode[] {
  return tags
    .filter((t) => t.name === "throws" || t.name === "throw")
    .map((t) => {
      const m = /^\{?([\w.]+)\}?\s*(?:-\s*)?(.*)$/s.exec(t.text);
      return { kind: "throws", error: m?.[1] ?? t.text, when: (m?.[2] ?? "").replace(/\s+/g, " ").trim() };
    });
}

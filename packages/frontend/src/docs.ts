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

/** The types a class or interface declaration extends or implements, by checker (watch mode keeps unchanged files' nodes). */
const superTypesByChecker = new WeakMap<ts.TypeChecker, WeakMap<ts.Node, readonly ts.Type[]>>();

function superTypes(container: ts.ClassLikeDeclaration | ts.InterfaceDeclaration, checker: ts.TypeChecker): readonly ts.Type[] {
  let byNode = superTypesByChecker.get(checker);
  if (!byNode) superTypesByChecker.set(checker, (byNode = new WeakMap()));
  let types = byNode.get(container);
  if (!types) {
    types = (container.heritageClauses ?? []).flatMap((clause) => clause.types.map((node) => checker.getTypeAtLocation(node)));
    byNode.set(container, types);
  }
  return types;
}

/**
 * Whether TypeScript's doc readers, given the checker, could inherit docs or tags for `symbol`: only from a
 * property of the same name in a type its class or interface extends or implements. They look that up on
 * every call (a type lookup per field); without a base property, reading without the checker gives the same.
 */
function mayInheritDocs(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  for (const decl of symbol.declarations ?? []) {
    const container = decl.parent && ts.isConstructorDeclaration(decl.parent) ? decl.parent.parent : decl.parent;
    if (!container || !(ts.isInterfaceDeclaration(container) || ts.isClassLike(container)) || !container.heritageClauses) continue;
    // A static class member inherits from the base class's constructor type: leave that to TypeScript.
    if (!ts.isInterfaceDeclaration(container) && ts.canHaveModifiers(decl) && ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword))
      return true;
    if (superTypes(container, checker).some((base) => checker.getPropertyOfType(base, symbol.getName()) !== undefined)) return true;
  }
  return false;
}

/** `{@link X}` (also linkcode, linkplain): its text depends on whether the checker resolves X. */
const hasLink = (comments: readonly ts.Node[]): boolean => comments.some((c) => c.getSourceFile().text.slice(c.pos, c.end).includes("{@link"));

export function readDocs(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): RawDocs {
  const comments = symbol?.declarations?.flatMap((d) => ts.getJSDocCommentsAndTags(d)) ?? [];
  // Most fields have no JSDoc: skip the checker's doc-comment machinery for them.
  if (!symbol || comments.length === 0) return { docs: {}, tags: [] };
  const docChecker = hasLink(comments) || mayInheritDocs(symbol, checker) ? checker : undefined;
  // TSDoc escapes: `\@` is an `@` that starts no tag, `*\/` a `*/` that ends no comment.
  const description = ts
    .displayPartsToString(symbol.getDocumentationComment(docChecker))
    .trim()
    .replace(/\\@/g, "@")
    .replace(/\*\\\//g, "*/");
  const tags = symbol.getJsDocTags(docChecker).map((t) => ({ name: t.name, text: tagText(t) }));
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

/**
 * Which declarations a one-file edit can affect. Every top-level statement of the project gets a fingerprint
 * (its full text and where it starts) and two name sets: the names it declares and every identifier it
 * mentions. A type can reach a declaration's conversion only through names, so a declaration is affected when
 * it mentions or declares a name whose declaration changed, transitively. This over-approximates (a property
 * named like a type counts) but never misses: an unnamed dependency (`typeof import("./x")`, `declare global`)
 * makes every declaration affected.
 */
import ts from "typescript";

export interface StatementInfo {
  readonly node: ts.Statement;
  /** `line:column:` + the statement's full text (leading comments included): equal fingerprints convert equally. */
  readonly fingerprint: string;
  readonly declared: readonly string[];
  readonly mentioned: ReadonlySet<string>;
}

/** Names no identifier can have: declared by global augmentations, and mentioned by unnamed dependencies. */
const EVERYTHING = "\0*";
const UNNAMED = "\0import";

const infos = new WeakMap<ts.SourceFile, readonly StatementInfo[]>();
const byNode = new WeakMap<ts.Statement, StatementInfo>();

/** The statements of a file; computed once per SourceFile (unchanged files keep theirs across programs). */
function statementInfos(sf: ts.SourceFile): readonly StatementInfo[] {
  let found = infos.get(sf);
  if (!found) {
    found = sf.statements.flatMap((node) => describe(sf, node));
    infos.set(sf, found);
    for (const info of found) if (!byNode.has(info.node)) byNode.set(info.node, info);
  }
  return found;
}

/** The info of one top-level statement of `sf`. */
export function statementInfo(sf: ts.SourceFile, statement: ts.Statement): StatementInfo | undefined {
  statementInfos(sf);
  return byNode.get(statement);
}

/**
 * One info per statement, except imports and re-exports: one per binding, each declaring its local name and
 * mentioning the imported one. As one statement, `import { A, B }` would make B's users depend on A.
 */
function describe(sf: ts.SourceFile, node: ts.Statement): StatementInfo[] {
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const fingerprint = `${line}:${character}:${sf.text.slice(node.pos, node.end)}`;
  const bindings = importedBindings(node);
  if (bindings)
    return bindings.map(([local, imported], i) => ({
      node,
      fingerprint: `${fingerprint}#${i}`,
      declared: [local],
      mentioned: new Set([local, imported]),
    }));
  const mentioned = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) mentioned.add(n.text);
    else if (ts.isImportTypeNode(n)) mentioned.add(UNNAMED);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return [{ node, fingerprint, declared: declaredNames(node), mentioned }];
}

/** `[local, imported]` per binding of an import or a re-export; undefined for other statements. */
function importedBindings(node: ts.Statement): [string, string][] | undefined {
  if (ts.isImportDeclaration(node)) {
    const out: [string, string][] = [];
    const clause = node.importClause;
    if (clause?.name) out.push([clause.name.text, "default"]);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) out.push([bindings.name.text, bindings.name.text]);
    else if (bindings) for (const e of bindings.elements) out.push([e.name.text, (e.propertyName ?? e.name).text]);
    return out;
  }
  if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
    return node.exportClause.elements.map((e) => [e.name.text, (e.propertyName ?? e.name).text]);
  }
  return undefined;
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bindingNames(e.name, out);
}

function declaredNames(node: ts.Statement): string[] {
  const out: string[] = [];
  // `import A from "./a"` mentions "default": the default export declares it.
  if (ts.isExportAssignment(node) || (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)))
    out.push("default");
  if (ts.isModuleDeclaration(node)) {
    // `declare global {}` and `declare module "x" {}` change what any name means.
    if (!ts.isIdentifier(node.name) || node.name.text === "global") out.push(EVERYTHING);
    else out.push(node.name.text);
  } else if (
    (ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isEnumDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isFunctionDeclaration(node)) &&
    node.name
  ) {
    out.push(node.name.text);
  } else if (ts.isVariableStatement(node)) {
    for (const d of node.declarationList.declarations) bindingNames(d.name, out);
  } else if (ts.isImportEqualsDeclaration(node)) {
    out.push(node.name.text);
  } else if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamespaceExport(node.exportClause)) {
    out.push(node.exportClause.name.text);
  }
  return out;
}

/** Statements by the names they declare or mention, over the project's current files. */
export class DependencyIndex {
  private files = new Map<string, { sf: ts.SourceFile; infos: readonly StatementInfo[] }>();
  private readonly byName = new Map<string, Set<StatementInfo>>();

  /** Brings the index to `files` and returns the statements affected by what changed since the last call. */
  update(files: readonly ts.SourceFile[]): ReadonlySet<StatementInfo> {
    const changed = new Set<string>();
    const next = new Map<string, { sf: ts.SourceFile; infos: readonly StatementInfo[] }>();
    for (const sf of files) {
      const old = this.files.get(sf.fileName);
      const current = old?.sf === sf ? old.infos : statementInfos(sf);
      next.set(sf.fileName, { sf, infos: current });
      if (old?.sf === sf) continue;
      const before = new Set(old?.infos.map((s) => s.fingerprint));
      const after = new Set(current.map((s) => s.fingerprint));
      for (const s of current) if (!before.has(s.fingerprint)) s.declared.forEach((n) => changed.add(n));
      for (const s of old?.infos ?? []) if (!after.has(s.fingerprint)) s.declared.forEach((n) => changed.add(n));
      for (const s of old?.infos ?? []) this.remove(s);
      for (const s of current) this.add(s);
    }
    for (const [fileName, old] of this.files) {
      if (next.has(fileName)) continue;
      for (const s of old.infos) {
        s.declared.forEach((n) => changed.add(n));
        this.remove(s);
      }
    }
    this.files = next;
    return this.closure(changed);
  }

  private add(s: StatementInfo): void {
    for (const n of [...s.declared, ...s.mentioned]) {
      let set = this.byName.get(n);
      if (!set) this.byName.set(n, (set = new Set()));
      set.add(s);
    }
  }

  private remove(s: StatementInfo): void {
    for (const n of [...s.declared, ...s.mentioned]) this.byName.get(n)?.delete(s);
  }

  private closure(changed: ReadonlySet<string>): Set<StatementInfo> {
    const affected = new Set<StatementInfo>();
    const names = new Set(changed);
    // Any change reaches the statements whose dependencies have no name.
    if (names.size > 0) names.add(UNNAMED);
    const queue = [...names];
    while (queue.length > 0) {
      for (const s of this.byName.get(queue.pop()!) ?? []) {
        if (affected.has(s)) continue;
        affected.add(s);
        for (const n of s.declared) {
          if (names.has(n)) continue;
          names.add(n);
          queue.push(n);
        }
      }
    }
    if (names.has(EVERYTHING)) for (const { infos: list } of this.files.values()) list.forEach((s) => affected.add(s));
    return affected;
  }
}

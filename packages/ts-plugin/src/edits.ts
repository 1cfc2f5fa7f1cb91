/** Text edits that keep the author's layout: one member per line stays so, one-line literals stay one line. */
import type ts from "typescript";

type Ts = typeof ts;

function lineIndent(sf: ts.SourceFile, pos: number): string {
  const lineStart = sf.text.lastIndexOf("\n", pos - 1) + 1;
  return /^[ \t]*/.exec(sf.text.slice(lineStart))?.[0] ?? "";
}

const onSameLine = (sf: ts.SourceFile, a: number, b: number) => sf.getLineAndCharacterOfPosition(a).line === sf.getLineAndCharacterOfPosition(b).line;

/** Appends `member` (with its `;`) after the last member of an interface or type literal. */
export function insertMember(tsModule: Ts, owner: ts.InterfaceDeclaration | ts.TypeLiteralNode, member: string): ts.TextChange {
  const sf = owner.getSourceFile();
  const members = owner.members;
  const last = members[members.length - 1];
  const close = owner.getEnd() - 1;
  if (!last) {
    // `{}` → `{ member }`; an empty interface body gets its own line.
    const open = tsModule.isTypeLiteralNode(owner) ? owner.getStart(sf) + 1 : close;
    const text = tsModule.isTypeLiteralNode(owner) ? ` ${member} ` : `\n${lineIndent(sf, owner.getStart(sf))}  ${member}\n`;
    return { span: { start: open, length: 0 }, newText: text };
  }
  const separator = /[;,]$/.test(last.getText(sf)) ? "" : ";";
  if (onSameLine(sf, last.getStart(sf), close)) return { span: { start: last.getEnd(), length: 0 }, newText: `${separator} ${member}` };
  return { span: { start: last.getEnd(), length: 0 }, newText: `${separator}\n${lineIndent(sf, last.getStart(sf))}${member}` };
}

/** Makes `name` importable from `module` in the file: extends an existing named import, or adds `import type`. */
export function addNamedImport(tsModule: Ts, sf: ts.SourceFile, name: string, module: string): ts.TextChange[] {
  const imports = sf.statements.filter(tsModule.isImportDeclaration);
  const fromModule = imports.filter((i) => tsModule.isStringLiteral(i.moduleSpecifier) && i.moduleSpecifier.text === module);
  for (const i of fromModule) {
    const bindings = i.importClause?.namedBindings;
    if (bindings && tsModule.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name)) return [];
  }
  const named = fromModule.map((i) => i.importClause?.namedBindings).find((b): b is ts.NamedImports => !!b && tsModule.isNamedImports(b));
  const last = named?.elements[named.elements.length - 1];
  if (named && last) return [{ span: { start: last.getEnd(), length: 0 }, newText: `, ${name}` }];
  const after = imports[imports.length - 1];
  const text = `import type { ${name} } from "${module}";\n`;
  return [after ? { span: { start: after.getEnd(), length: 0 }, newText: `\n${text.trimEnd()}` } : { span: { start: 0, length: 0 }, newText: text }];
}

/** Adds `index` to the `indexes` of the interface's `Entity<{ … }>` options, creating what is missing. */
export function insertIndex(tsModule: Ts, decl: ts.InterfaceDeclaration, index: string): ts.TextChange | undefined {
  const sf = decl.getSourceFile();
  const heritage = decl.heritageClauses?.flatMap((h) => [...h.types]).find((t) => t.expression.getText(sf) === "Entity");
  if (!heritage) return undefined;
  const options = heritage.typeArguments?.[0];
  if (!options) return { span: { start: heritage.expression.getEnd(), length: 0 }, newText: `<{ indexes: [${index}] }>` };
  if (!tsModule.isTypeLiteralNode(options)) return undefined;
  const existing = options.members.find((m) => m.name && m.name.getText(sf).replace(/["']/g, "") === "indexes");
  if (!existing) return insertMember(tsModule, options, `indexes: [${index}];`);
  const list = tsModule.isPropertySignature(existing) ? existing.type : undefined;
  if (!list || !tsModule.isTupleTypeNode(list)) return undefined;
  const lastElement = list.elements[list.elements.length - 1];
  if (!lastElement) return { span: { start: list.getStart(sf) + 1, length: 0 }, newText: index };
  return { span: { start: lastElement.getEnd(), length: 0 }, newText: `, ${index}` };
}

/**
 * `aliasNames` for watch mode without evaluating every alias of the project each build. The name of an object
 * type T is the first project alias (in file order) whose declared type is T. An alias whose statement is
 * unaffected by the edit builds its type the same way as last build, so the declarations that mark that type
 * (its alias symbol, symbol and reference target, by file and position) are the same as recorded then: only
 * aliases whose recorded marks equal T's can declare T, and only those (plus new or affected ones) are evaluated.
 */
import ts from "typescript";
import { statementInfo, type StatementInfo } from "./statements";

interface AliasFacts {
  readonly object: boolean;
  readonly marks: string;
}

const facts = new WeakMap<StatementInfo, AliasFacts>();

function mark(symbol: ts.Symbol | undefined): string | undefined {
  const d = symbol?.declarations?.[0];
  if (!d) return undefined;
  const sf = d.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(d.getStart(sf));
  return `${sf.fileName}:${line}:${character}`;
}

/**
 * Equal types have equal marks, and the marks of one declaration's type are the same in every build. Type
 * arguments are marked one level deep: every `Partial<…>` shares its alias and symbol marks.
 */
function marksOf(type: ts.Type, checker: ts.TypeChecker, depth = 0): string {
  const target = (type as ts.TypeReference).target;
  const own = [mark(type.aliasSymbol), mark(type.getSymbol()), target && target !== type ? mark(target.getSymbol()) : undefined].join("\0");
  if (depth > 0) return own;
  const args = [...(type.aliasTypeArguments ?? []), ...(target && target !== type ? checker.getTypeArguments(type as ts.TypeReference) : [])];
  return [own, ...args.map((a) => marksOf(a, checker, depth + 1))].join("\n");
}

export function incrementalAliasNames(
  files: readonly ts.SourceFile[],
  checker: ts.TypeChecker,
  affected: ReadonlySet<StatementInfo>,
): (type: ts.Type) => string | undefined {
  const aliases: { st: ts.TypeAliasDeclaration; info: StatementInfo | undefined }[] = [];
  for (const sf of files)
    for (const st of sf.statements) if (ts.isTypeAliasDeclaration(st) && !st.typeParameters) aliases.push({ st, info: statementInfo(sf, st) });
  const declared = new Map<ts.TypeAliasDeclaration, ts.Type>();
  const typeOf = (alias: (typeof aliases)[number]): ts.Type => {
    let t = declared.get(alias.st);
    if (!t) {
      t = checker.getTypeAtLocation(alias.st.name);
      declared.set(alias.st, t);
      if (alias.info) facts.set(alias.info, { object: (t.flags & ts.TypeFlags.Object) !== 0, marks: marksOf(t, checker) });
    }
    return t;
  };
  const answers = new Map<ts.Type, string | undefined>();
  return (type) => {
    if (answers.has(type)) return answers.get(type);
    const marks = marksOf(type, checker);
    let found: string | undefined;
    for (const alias of aliases) {
      const known = alias.info && !affected.has(alias.info) ? facts.get(alias.info) : undefined;
      if (known && (!known.object || known.marks !== marks)) continue;
      const t = typeOf(alias);
      if (t === type && t.flags & ts.TypeFlags.Object) {
        found = alias.st.name.text;
        break;
      }
    }
    answers.set(type, found);
    return found;
  };
}

/**
 * Quick fixes for the mistakes whose repair is obvious: a misspelt name (did you
 * mean), a HasMany/HasOne without its BelongsTo, a foreign key without an index.
 * Each finds its target through the IR, then edits the declaration the IR points at.
 */
import * as path from "node:path";
import type ts from "typescript";
import { snakeCase, type Diagnostic, type SourceLocation } from "@specloom/core";
import { buildSourceTables } from "@specloom/model";
import type { Analysis } from "./analysis";
import { ancestor, nodeStartingAt, offsetOf, spanOf } from "./positions";
import { addNamedImport, insertIndex, insertMember } from "./edits";

export interface FixContext {
  readonly ts: typeof ts;
  readonly program: ts.Program;
  readonly analysis: Analysis;
}

const sameLoc = (a: SourceLocation, b: SourceLocation | undefined) => !!b && a.file === b.file && a.line === b.line && a.column === b.column;

export function fixesFor(d: Diagnostic, fileName: string, fx: FixContext): ts.CodeFixAction[] {
  const sf = fx.program.getSourceFile(fileName);
  if (!sf || !d.loc) return [];
  const fixes: (ts.CodeFixAction | undefined)[] = [];
  if (d.suggestion !== undefined) fixes.push(didYouMeanFix(d, sf));
  if (d.id === "relation-inverse-missing") fixes.push(inverseFix(d.loc, fx));
  if (d.id === "fk-index-missing") fixes.push(indexFix(d.loc, fx));
  return fixes.filter((f): f is ts.CodeFixAction => f !== undefined);
}

/** Edits sorted by position: tsserver applies a file's edits last to first, so earlier ones keep their offsets. */
function action(fixName: string, description: string, changes: ts.FileTextChanges[]): ts.CodeFixAction {
  const sorted = changes.map((c) => ({ ...c, textChanges: [...c.textChanges].sort((a, b) => a.span.start - b.span.start) }));
  return { fixName: `specloom.${fixName}`, description, changes: sorted };
}

function didYouMeanFix(d: Diagnostic, sf: ts.SourceFile): ts.CodeFixAction | undefined {
  const span = spanOf(sf, d);
  const old = sf.text.slice(span.start, span.start + span.length);
  const quote = /^["']/.exec(old)?.[0];
  const newText = quote ? `${quote}${d.suggestion}${quote}` : d.suggestion!;
  return action("didYouMean", `Change '${old}' to '${newText}'`, [{ fileName: sf.fileName, textChanges: [{ span, newText }] }]);
}

/** The interface declaration the IR's location points at (a model's loc is its name). */
function interfaceAt(loc: SourceLocation, fx: FixContext): ts.InterfaceDeclaration | undefined {
  const wanted = path.resolve(fx.analysis.project.dir, loc.file);
  const file = fx.program.getSourceFiles().find((sf) => path.resolve(sf.fileName) === wanted);
  if (!file) return undefined;
  return ancestor(nodeStartingAt(fx.ts, file, offsetOf(file, loc)), fx.ts.isInterfaceDeclaration);
}

/** `posts: HasMany<Post>` → adds `user_id: BelongsTo<User>;` to Post. */
function inverseFix(loc: SourceLocation, fx: FixContext): ts.CodeFixAction | undefined {
  const models = fx.analysis.ir?.models ?? [];
  const model = models.find((m) => m.relations.some((r) => sameLoc(r.loc, loc)));
  const relation = model?.relations.find((r) => sameLoc(r.loc, loc));
  const target = relation && models.find((m) => m.name === relation.targetModel);
  if (!model || !relation || !target) return undefined;
  // Several BelongsTo candidates need a foreignKey choice, not a new field.
  if (target.relations.some((r) => r.relationKind === "belongsTo" && r.targetModel === model.name)) return undefined;
  const field = relation.foreignKey ?? `${snakeCase(model.name)}_id`;
  if (target.fields.some((f) => f.name === field) || target.relations.some((r) => r.name === field)) return undefined;
  const decl = interfaceAt(target.loc, fx);
  if (!decl) return undefined;
  const sf = decl.getSourceFile();
  // The model's name must already be visible where the field goes (same file or imported).
  const checker = fx.program.getTypeChecker();
  if (!checker.getSymbolsInScope(decl, fx.ts.SymbolFlags.Type).some((s) => s.getName() === model.name)) return undefined;
  const changes = [insertMember(fx.ts, decl, `${field}: BelongsTo<${model.name}>;`), ...addNamedImport(fx.ts, sf, "BelongsTo", "specloom")];
  return action("addBelongsTo", `Add '${field}: BelongsTo<${model.name}>' to '${target.name}'`, [{ fileName: sf.fileName, textChanges: changes }]);
}

/** A foreign key without an index → `indexes: [{ columns: [...] }]` in the model's Entity options. */
function indexFix(loc: SourceLocation, fx: FixContext): ts.CodeFixAction | undefined {
  const ir = fx.analysis.ir;
  if (!ir) return undefined;
  for (const table of buildSourceTables(ir, fx.analysis.project.config).tables) {
    const fk = table.foreignKeys.find((f) => sameLoc(f.loc, loc));
    const model = fk && ir.models.find((m) => m.name === table.model);
    if (!fk || !model) continue;
    const decl = interfaceAt(model.loc, fx);
    const change = decl && insertIndex(fx.ts, decl, `{ columns: ${JSON.stringify(fk.columns).replace(/,/g, ", ")} }`);
    if (!change) return undefined;
    const columns = fk.columns.join(", ");
    return action("addForeignKeyIndex", `Add an index on (${columns}) to '${model.name}'`, [
      { fileName: decl.getSourceFile().fileName, textChanges: [change] },
    ]);
  }
  return undefined;
}

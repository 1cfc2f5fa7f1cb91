/** Shared state of one front-end run: the checker, registries and diagnostics. */
import ts from "typescript";
import {
  diagnosticDefs,
  diagnosticFromDef,
  type Diagnostic,
  type DiagnosticId,
  type MessageArgs,
  type EnumNode,
  type SchemaNode,
  type SourceLocation,
  type SourcePosition,
  type SpecloomConfig,
} from "@specloom/core";
import { relFile } from "./locate";

const ONCE_PER_POSITION = new Set<DiagnosticId>(["type-too-deep", "unknown-option-key", "invalid-option", "annotation-wrong-type", "unsupported-type"]);

export class FrontendContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Named schemas by IR name; `null` while a schema is being converted (recursion). */
  readonly schemas = new Map<string, SchemaNode | null>();
  readonly enums = new Map<string, EnumNode>();
  /** Named enums by their sorted value set, to re-find an alias after TS distributes `Role & Tag`. */
  readonly enumByValues = new Map<string, string>();
  /** Model names by the interface symbol. */
  readonly models = new Map<ts.Symbol, string>();
  /** Project type aliases of object types (`type UserPatch = Partial<…>`), whose aliasSymbol TS drops. */
  readonly aliasNames = new Map<ts.Type, string>();
  /** Every top-level type name the project declares, so generated names never collide with them. */
  readonly declaredNames = new Set<string>();

  constructor(
    readonly checker: ts.TypeChecker,
    readonly projectDir: string,
    readonly config: SpecloomConfig,
  ) {}

  /** Relative file names by source file: path.relative is costly on every field. */
  private readonly relNames = new Map<string, string>();

  loc(node: ts.Node): SourceLocation {
    const sf = node.getSourceFile();
    let file = this.relNames.get(sf.fileName);
    if (file === undefined) this.relNames.set(sf.fileName, (file = relFile(sf.fileName, this.projectDir)));
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return { file, line: line + 1, column: character + 1 };
  }

  /**
   * Reported once per position and message: a runaway generic hits the same type at every
   * instantiation, and a relation field's tag is re-read by every Pick/Omit of its model.
   */
  private readonly reportedOnce = new Set<string>();

  report<K extends DiagnosticId>(
    id: K,
    args: MessageArgs<(typeof diagnosticDefs)[K]["message"]>,
    node: ts.Node | SourceLocation | undefined,
    extra?: { readonly suggestion?: string },
  ): void {
    const loc = node === undefined ? undefined : "kind" in node ? this.loc(node) : node;
    if (loc && ONCE_PER_POSITION.has(id)) {
      const key = `${id}:${loc.file}:${loc.line}:${loc.column}:${JSON.stringify(args)}`;
      if (this.reportedOnce.has(key)) return;
      this.reportedOnce.add(key);
    }
    const end = node !== undefined && "kind" in node ? this.end(node) : undefined;
    this.diagnostics.push({
      ...diagnosticFromDef(id, diagnosticDefs[id], args, loc),
      ...(end ? { end } : {}),
      ...(extra?.suggestion !== undefined ? { suggestion: extra.suggestion } : {}),
    });
  }

  /** Where a node's text ends, so the whole faulty span is underlined, not one character. */
  private end(node: ts.Node): SourcePosition {
    const sf = node.getSourceFile();
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getEnd());
    return { line: line + 1, column: character + 1 };
  }

  typeText(type: ts.Type): string {
    return this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  }
}

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
import { TrackedMap, TrackedSet, type Registry, type Tracking } from "./incremental/tracked";
import { reuse } from "./incremental/intern";
import type { UnitHost } from "./incremental/units";

const ONCE_PER_POSITION = new Set<DiagnosticId>(["type-too-deep", "unknown-option-key", "invalid-option", "annotation-wrong-type", "unsupported-type"]);

/** Registry values of the previous build: a value stored again equal to its old one is kept (identity). */
export interface PreviousRegistries {
  readonly schemas: ReadonlyMap<string, SchemaNode | null>;
  readonly enums: ReadonlyMap<string, EnumNode>;
  readonly globals: ReadonlyMap<string, unknown>;
}

export class FrontendContext implements UnitHost {
  readonly diagnostics: Diagnostic[] = [];
  /** Set while a declaration's conversion is recorded (watch mode), see incremental/units.ts. */
  readonly tracking: Tracking = { recorder: undefined };
  /** Named schemas by IR name; `null` while a schema is being converted (recursion). */
  readonly schemas: Map<string, SchemaNode | null>;
  readonly enums: Map<string, EnumNode>;
  /** Named enums by their sorted value set, to re-find an alias after TS distributes `Role & Tag`. */
  readonly enumByValues = new TrackedMap<string, string>(this.tracking, "enumByValues");
  /** Model names by the interface symbol. */
  readonly models = new Map<ts.Symbol, string>();
  /** Project type aliases of object types (`type UserPatch = Partial<…>`), whose aliasSymbol TS drops. */
  readonly aliasNames: { get(type: ts.Type): string | undefined };
  /** Where aliasNames comes from, computed on first use (see projectAliasNames). */
  aliasSource: () => (type: ts.Type) => string | undefined = () => () => undefined;
  /** Every top-level type name the project declares, so generated names never collide with them. */
  readonly declaredNames = new TrackedSet<string>(this.tracking, "declaredNames");
  /** Models an intersection builds on (`User & { … }`), by name: `extends` does not say model or type (SL3241). */
  readonly modelBases = new TrackedMap<string, SourceLocation>(this.tracking, "modelBases");
  /**
   * Inputs of a conversion that are no registry entry (the auth section, the set of model names…), set by
   * the front end before conversions run, so a recorded conversion notices when they change.
   */
  readonly globals: Map<string, unknown>;
  private readonly registries: ReadonlyMap<string, Registry>;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly projectDir: string,
    readonly config: SpecloomConfig,
    previous?: PreviousRegistries,
  ) {
    this.schemas = new TrackedMap(this.tracking, "schemas", (name, node) =>
      node === null ? node : reuse(previous?.schemas.get(name) ?? undefined, node),
    );
    this.enums = new TrackedMap(this.tracking, "enums", (name, node) => reuse(previous?.enums.get(name), node));
    // An equal global keeps its old object: every replayed conversion compares it, and identical strings compare in O(1).
    this.globals = new TrackedMap(this.tracking, "globals", (key, value) => {
      const old = previous?.globals.get(key);
      return old === value ? old : value;
    });
    const globals = this.globals;
    let aliases: ((type: ts.Type) => string | undefined) | undefined;
    this.aliasNames = {
      get: (type) => {
        // Reading an alias name depends on every object alias of the project (the map is keyed by checker types).
        globals.get("aliases");
        aliases ??= this.aliasSource();
        return aliases(type);
      },
    };
    const reportedOnce = new TrackedSet<string>(this.tracking, "reportedOnce");
    this.reportedOnce = reportedOnce;
    this.registries = new Map<string, Registry>(
      [this.schemas as Map<string, unknown>, this.enums, this.enumByValues, this.declaredNames, this.modelBases, this.globals, reportedOnce].map((r) => [
        (r as Registry).channel,
        r as Registry,
      ]),
    );
  }

  registry(channel: string): Registry {
    return this.registries.get(channel)!;
  }

  /** Every model name (for did-you-mean): a conversion that asks depends on the whole set. */
  modelNames(): Iterable<string> {
    this.globals.get("models");
    return this.models.values();
  }

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
  private readonly reportedOnce: Set<string>;

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

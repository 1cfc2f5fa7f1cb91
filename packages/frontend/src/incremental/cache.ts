/**
 * What watch mode keeps from one front-end run to the next: the dependency index, every declaration's recorded
 * conversion and the previous IR, found through the previous program (compileProject's `oldProgram`). A new
 * cache starts whenever the config object or the project folder differs (a changed config file).
 */
import type ts from "typescript";
import type { EnumNode, SchemaNode, SpecIR, SpecloomConfig } from "@specloom/core";
import type { FrontendContext, PreviousRegistries } from "../context";
import { DependencyIndex, statementInfo, type StatementInfo } from "./statements";
import { recordUnit, replayUnit, stillValid, type UnitRecord } from "./units";

export interface FrontendCache {
  readonly config: SpecloomConfig;
  readonly projectDir: string;
  readonly index: DependencyIndex;
  /** By statement fingerprint, then kind and file (a fingerprint alone can repeat across files). */
  units: Map<string, Map<string, UnitRecord<unknown>>>;
  /** The same units by statement info (unchanged files keep theirs), then kind. */
  byInfo: Map<StatementInfo, Map<string, UnitRecord<unknown>>>;
  previous?: { readonly ir: SpecIR; readonly registries: PreviousRegistries };
}

const caches = new WeakMap<ts.Program, FrontendCache>();

export function cacheFor(oldProgram: ts.Program | undefined, config: SpecloomConfig, projectDir: string): FrontendCache {
  const old = oldProgram && caches.get(oldProgram);
  if (old && old.config === config && old.projectDir === projectDir) return old;
  return { config, projectDir, index: new DependencyIndex(), units: new Map(), byInfo: new Map() };
}

export function keepCache(program: ts.Program, cache: FrontendCache): void {
  caches.set(program, cache);
}

/** The registries a run leaves behind, for the next run to keep equal values' identity. */
export function registriesOf(ctx: FrontendContext): PreviousRegistries {
  return { schemas: new Map<string, SchemaNode | null>(ctx.schemas), enums: new Map<string, EnumNode>(ctx.enums), globals: new Map(ctx.globals) };
}

/**
 * Runs declarations' conversions for one build: each replays its recording when its statement is unchanged,
 * unaffected and every registry entry it read is the same, and is recorded afresh otherwise. Without a cache
 * (a one-off build) conversions simply run.
 */
export class UnitRunner {
  /** What the edit affects (watch mode only). */
  readonly affected: ReadonlySet<StatementInfo> | undefined;
  private readonly next = new Map<string, Map<string, UnitRecord<unknown>>>();
  private readonly nextByInfo = new Map<StatementInfo, Map<string, UnitRecord<unknown>>>();
  /** How many conversions ran (the rest were replayed): for tests and --verbose. */
  converted = 0;
  replayed = 0;

  constructor(
    private readonly ctx: FrontendContext,
    private readonly cache: FrontendCache | undefined,
    files: readonly ts.SourceFile[],
  ) {
    this.affected = cache ? cache.index.update(files) : undefined;
  }

  /** Whether conversions are recorded for the next build (watch mode). */
  get records(): boolean {
    return this.cache !== undefined;
  }

  run<T>(kind: string, sf: ts.SourceFile, statement: ts.Statement, convert: () => T): T {
    if (!this.cache) {
      this.converted++;
      return convert();
    }
    const info = statementInfo(sf, statement);
    if (!info) throw new Error(`no statement info for a ${kind} in ${sf.fileName}`);
    // An unchanged file keeps its statement infos: found by identity, without hashing the fingerprint.
    const key = `${kind}\0${sf.fileName}`;
    const old = (this.cache.byInfo.get(info)?.get(kind) ?? this.cache.units.get(info.fingerprint)?.get(key)) as UnitRecord<T> | undefined;
    let unit: UnitRecord<T>;
    if (old && !this.affected?.has(info) && stillValid(this.ctx, old)) {
      replayUnit(this.ctx, old);
      unit = old;
      this.replayed++;
    } else {
      unit = recordUnit(this.ctx, convert);
      this.converted++;
    }
    let units = this.next.get(info.fingerprint);
    if (!units) this.next.set(info.fingerprint, (units = new Map<string, UnitRecord<unknown>>()));
    units.set(key, unit);
    let kinds = this.nextByInfo.get(info);
    if (!kinds) this.nextByInfo.set(info, (kinds = new Map<string, UnitRecord<unknown>>()));
    kinds.set(kind, unit);
    return unit.output;
  }

  /** Keeps this build's units (and drops those of deleted or changed declarations). */
  finish(): void {
    if (this.cache) {
      this.cache.units = this.next;
      this.cache.byInfo = this.nextByInfo;
    }
    if (process.env.SPECLOOM_DEBUG_INCREMENTAL === "1")
      process.stderr.write(`front end: ${this.converted} declarations converted, ${this.replayed} replayed\n`);
  }
}

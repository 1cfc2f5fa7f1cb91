/**
 * What an importer produces before it is printed: DSL declarations as plain
 * data (one small shape per declaration kind), plus the diagnostics about
 * what could not be expressed. The printer turns it into TypeScript files.
 */
import type { Diagnostic } from "@specloom/core";

export interface SpecField {
  readonly name: string;
  /** Full TS type, tags included: `string & MaxLength<255> & Unique`. */
  readonly type: string;
  readonly optional: boolean;
  readonly nullable: boolean;
  readonly doc?: string;
}

/** A TS type-literal value for `Entity<{…}>` options: nested data, strings quoted on print. */
export type OptionValue = string | number | boolean | readonly OptionValue[] | { readonly [key: string]: OptionValue };

export interface SpecEntity {
  readonly kind: "entity";
  readonly name: string;
  readonly doc?: string;
  readonly options: { readonly [key: string]: OptionValue };
  readonly fields: readonly SpecField[];
}

export interface SpecEnum {
  readonly kind: "enum";
  readonly name: string;
  readonly doc?: string;
  readonly values: readonly string[];
}

export type SpecDeclaration = SpecEntity | SpecEnum;

/** One spec file: its declarations and the names it imports from "specloom". */
export interface SpecModule {
  /** Relative to the project root, with `/`. */
  readonly path: string;
  readonly declarations: readonly SpecDeclaration[];
  readonly specloomImports: readonly string[];
  /** Other modules' declarations this one uses: module path → names. */
  readonly localImports: ReadonlyMap<string, readonly string[]>;
}

/** The `sql` config a project needs so its DDL matches the source. */
export interface ImportedSqlConfig {
  /** Value sets stored as CHECKs instead of native enum types. */
  readonly enums?: "check";
  /** The database does not index every FK column: declare indexes instead of adding them. */
  readonly autoIndexForeignKeys?: false;
}

export interface ImportedSpec {
  readonly projectName: string;
  readonly sql?: ImportedSqlConfig;
  readonly modules: readonly SpecModule[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The TypeScript language-service plugin: specloom's front-end and rule diagnostics,
 * and quick fixes, in every editor that runs tsserver. Enable it in tsconfig.json:
 * `"compilerOptions": { "plugins": [{ "name": "@specloom/ts-plugin" }] }`.
 */
import ts from "typescript";
import type { Diagnostic } from "@specloom/core";
import { oneReportPerMistake } from "@specloom/frontend";
import { analyze, diagnosticsIn, type Analysis } from "./analysis";
import { fixesFor } from "./fixes";
import { numericCode, spanOf } from "./positions";
import { ProjectConfigs } from "./project";

const majorMinor = (version: string) => version.split(".").slice(0, 2).join(".");

function init(modules: { typescript: typeof ts }): ts.server.PluginModule {
  const host = modules.typescript;
  // The front end walks the program with its own TypeScript; the editor's must be the same version to share a program.
  const sameCompiler = majorMinor(host.version) === majorMinor(ts.version);

  function create(info: ts.server.PluginCreateInfo): ts.LanguageService {
    const ls = info.languageService;
    const configs = new ProjectConfigs();
    /** Each analysis is logged once, when it is computed. */
    const logged = new WeakSet<Analysis>();
    const log = (message: string) => info.project.projectService.logger.info(`[specloom] ${message}`);
    if (!sameCompiler) log(`the editor runs TypeScript ${host.version}, specloom ${ts.version}: specloom compiles the open files itself`);

    const editorText = (absPath: string): string | undefined => {
      if (!ls.getProgram()?.getSourceFile(absPath)) return undefined;
      const snapshot = info.languageServiceHost.getScriptSnapshot(absPath);
      return snapshot?.getText(0, snapshot.getLength());
    };

    /** The analysis of the project a file belongs to, or undefined outside a specloom project. */
    const analysisFor = (fileName: string): { analysis: Analysis; program: ts.Program } | undefined => {
      const project = configs.projectOf(fileName);
      const program = ls.getProgram();
      if (!project || !program) return undefined;
      const start = performance.now();
      const analysis = analyze(program, project, sameCompiler, editorText);
      const ms = performance.now() - start;
      if (!logged.has(analysis)) {
        logged.add(analysis);
        log(`analysis of ${project.dir}: ${ms.toFixed(0)} ms, ${analysis.diagnostics.length} diagnostics${analysis.note ? `; ${analysis.note}` : ""}`);
      }
      return { analysis, program };
    };

    const toTs = (d: Diagnostic, sf: ts.SourceFile): ts.Diagnostic => ({
      file: sf,
      ...spanOf(sf, d),
      messageText: d.message,
      category: d.severity === "error" ? host.DiagnosticCategory.Error : host.DiagnosticCategory.Warning,
      code: numericCode(d.code),
      source: "specloom",
    });

    const proxy = Object.create(null) as ts.LanguageService;
    // Every other request goes to the language service unchanged.
    const members = ls as unknown as Record<string, unknown>;
    for (const key of Object.keys(members)) {
      const member = members[key];
      (proxy as unknown as Record<string, unknown>)[key] = typeof member === "function" ? (...args: unknown[]): unknown => member.apply(ls, args) : member;
    }

    proxy.getSemanticDiagnostics = (fileName) => {
      const own = ls.getSemanticDiagnostics(fileName);
      try {
        const found = analysisFor(fileName);
        const sf = found?.program.getSourceFile(fileName);
        if (!found || !sf) return own;
        const tsErrors = own.map((t) => fromTs(t, sf));
        const mine = diagnosticsIn(found.analysis, fileName).map((d) => ({ ...d, loc: { ...d.loc!, file: sf.fileName } }));
        const kept = new Set(oneReportPerMistake([...tsErrors.filter((t) => t !== undefined), ...mine], () => sf));
        // TypeScript's own diagnostics stay unless specloom's explains them better (see oneReportPerMistake).
        const ownKept = own.filter((_, i) => tsErrors[i] === undefined || kept.has(tsErrors[i]));
        return [...ownKept, ...mine.filter((d) => kept.has(d)).map((d) => toTs(d, sf))];
      } catch (e) {
        log(`diagnostics failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return own;
      }
    };

    proxy.getCodeFixesAtPosition = (fileName, start, end, errorCodes, formatOptions, preferences) => {
      const own = ls.getCodeFixesAtPosition(fileName, start, end, errorCodes, formatOptions, preferences);
      try {
        const found = analysisFor(fileName);
        const sf = found?.program.getSourceFile(fileName);
        if (!found || !sf) return own;
        const fixes = diagnosticsIn(found.analysis, fileName)
          .filter((d) => errorCodes.includes(numericCode(d.code)))
          .filter((d) => {
            const span = spanOf(sf, d);
            return span.start <= end && start <= span.start + span.length;
          })
          .flatMap((d) => fixesFor(d, fileName, { ts: host, program: found.program, analysis: found.analysis }));
        return [...own, ...fixes];
      } catch (e) {
        log(`code fixes failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return own;
      }
    };

    // Editors ask for fixes only for the codes listed here.
    proxy.getSupportedCodeFixes = (fileName?: string) => [...ls.getSupportedCodeFixes(fileName), ...FIXABLE_CODES.map(String)];

    return proxy;
  }

  return { create };
}

/** SL3014 unknown option key, SL3021 missing BelongsTo, SL4005 FK without index. */
const FIXABLE_CODES = [3014, 3021, 4005];

/** A TypeScript error as a specloom diagnostic (positions only), to compare spans. */
function fromTs(t: ts.Diagnostic, sf: ts.SourceFile): Diagnostic | undefined {
  if (t.start === undefined || t.category !== ts.DiagnosticCategory.Error) return undefined;
  const at = (offset: number) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(offset);
    return { line: line + 1, column: character + 1 };
  };
  return {
    id: "ts-error",
    code: "SL2001",
    severity: "error",
    message: `TS${t.code}: `,
    loc: { file: sf.fileName, ...at(t.start) },
    end: at(t.start + (t.length ?? 0)),
  };
}

export = init;

/**
 * The emitter registry: the one place that lists emitters. Adding an artifact
 * means adding its emitter here; the pipeline needs no change.
 */
import type { ArtifactName, Emitter } from "@specloom/core";
import { availableLanguages as markdownLanguages, markdownEmitter } from "@specloom/emitter-markdown";
import { mermaidEmitter } from "@specloom/emitter-mermaid";
import { openapiEmitter } from "@specloom/emitter-openapi";
import { sqlEmitter } from "@specloom/emitter-sql";
import { typeboxEmitter } from "@specloom/emitter-typebox";
import { irEmitter } from "./ir-emitter";

/** Every emitter this build of specloom has, in the order their timings are shown. */
export const EMITTERS: readonly Emitter[] = [sqlEmitter, mermaidEmitter, openapiEmitter, typeboxEmitter, markdownEmitter, irEmitter];

/** Documentation languages (the markdown emitter's catalogs); `--lang` is checked against them. */
export const availableLanguages: (() => readonly string[]) | undefined = markdownLanguages;

/**
 * TEST ONLY: SPECLOOM_TEST_FAIL_EMITTER=<emitter name> makes that emitter throw,
 * so tests can check that a failing emitter leaves previous outputs untouched.
 */
export const FAIL_EMITTER_ENV = "SPECLOOM_TEST_FAIL_EMITTER";

/** The emitters enabled by `emit`, and the enabled artifacts no emitter provides yet. */
export function selectEmitters(artifacts: readonly ArtifactName[]): { emitters: Emitter[]; unavailable: ArtifactName[] } {
  const failing = process.env[FAIL_EMITTER_ENV];
  const emitters = EMITTERS.filter((e) => artifacts.includes(e.artifact)).map((e) =>
    e.name === failing
      ? {
          ...e,
          emit: () => {
            throw new Error(`${FAIL_EMITTER_ENV} made '${e.name}' fail`);
          },
        }
      : e,
  );
  const unavailable = artifacts.filter((a) => !EMITTERS.some((e) => e.artifact === a));
  return { emitters, unavailable };
}

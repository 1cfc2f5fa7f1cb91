/**
 * Operations of the previous emit, reused when everything one is built from is the same JSON as before: the
 * same objects, when the front end and the model keep the nodes of unchanged files (then each check is `===`).
 * Its shared error responses are registered again in order, and must get the names they had.
 */
import type { OperationObject } from "openapi3-ts/oas31";
import { sameJson } from "@specloom/core";
import type { SharedCall, SharedErrorResponses } from "./shared-responses";

interface CachedOperation {
  readonly inputs: readonly unknown[];
  readonly operation: OperationObject;
  readonly calls: readonly SharedCall[];
}

export class OperationCache {
  readonly built = new Map<string, CachedOperation>();

  constructor(private readonly previous: ReadonlyMap<string, CachedOperation> | undefined) {}

  /** `inputs`: every value the operation is built from, besides what is the same for the whole document. */
  operation(slot: string, inputs: readonly unknown[], shared: SharedErrorResponses, build: () => OperationObject): OperationObject {
    const before = this.previous?.get(slot);
    if (before && sameJson(before.inputs, inputs) && shared.replay(before.calls)) {
      this.built.set(slot, before);
      return before.operation;
    }
    const { value, calls } = shared.record(build);
    this.built.set(slot, { inputs, operation: value, calls });
    return value;
  }
}

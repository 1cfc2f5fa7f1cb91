/** The checker uses core's one "did you mean" implementation. */
export { didYouMean, editDistance } from "@specloom/core";

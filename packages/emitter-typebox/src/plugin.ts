/** The typebox emitter, registered like any plugin's. */
import { definePlugin } from "@specloom/core";
import { typeboxEmitter } from "./emitter";

export const typeboxPlugin = definePlugin({ name: "typebox", emitters: [typeboxEmitter] });

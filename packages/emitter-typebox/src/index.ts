export { emitValidators, emitValidatorsFromSchemas } from "./validators";
export { typeboxEmitter } from "./emitter";
export { printSchema, type PrintContext } from "./printer";
export { typeboxPlugin } from "./plugin";

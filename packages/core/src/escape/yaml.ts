/**
 * YAML scalars. The serializer (js-yaml) already quotes strings its own
 * schema would resolve to another type; this predicate adds everything a
 * YAML 1.1 or YAML 1.2 reader would not read back as the same string
 * (`1_000` is an integer in 1.1, `1:20` a sexagesimal, `<<` a merge key).
 */

const YAML_NON_STRING_PLAIN: readonly RegExp[] = [
  // null and booleans, 1.1 and 1.2
  /^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  // 1.1 integers: binary, octal, decimal, hex (underscores allowed), sexagesimal
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?(?:0|[1-9][0-9_]*)$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/,
  // 1.2 integers
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  // 1.1 floats (underscores, sexagesimal, a dot without digits) as PyYAML and `yaml` read them
  // (the 1.1 spec's `[0-9.]*` would also take `3.1.0`, which no common reader does), and 1.2 floats
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  // 1.1 timestamps, merge and value keys
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^(?:<<|=)$/,
];

/** True when `value`, written as a plain (unquoted) scalar, would not read back as this string in YAML 1.1 or 1.2. */
export function yamlPlainScalarIsAmbiguous(value: string): boolean {
  return value === "" || YAML_NON_STRING_PLAIN.some((re) => re.test(value));
}

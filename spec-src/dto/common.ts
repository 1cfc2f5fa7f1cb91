import type { MaxLength, MinLength, Pattern, WriteOnly } from "specloom";

/** A new password: 8–128 characters with at least one uppercase letter and one number. */
export type Password = string &
  MinLength<8> &
  MaxLength<128> &
  Pattern<"^(?=.*[A-Z])(?=.*[0-9])", "at least one uppercase letter and one number"> &
  WriteOnly;

/** A plain acknowledgement for actions that return no resource. */
export interface MessageResponse {
  /** @example "If the address is registered, a reset link is on its way." */
  message: string;
}

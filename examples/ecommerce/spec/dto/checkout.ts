import type { Int, Maximum, MaxLength, Minimum, MinLength, Pattern, Url, UUID, WriteOnly } from "specloom";
import type { Order, OrderStatus } from "../models/order";

/** Pay by card with a token from the provider's client-side SDK; card numbers never reach us. */
export interface CardPayment {
  type: "card";
  /** Single-use token from the drop-in card form. */
  card_token: string & MaxLength<512> & WriteOnly;
  /** Store the card with the provider for next time. */
  save_card?: boolean;
}

/** Pay by SEPA bank transfer; the order stays pending until the money arrives. */
export interface BankTransferPayment {
  type: "bank_transfer";
  /** @example "DE89370400440532013000" */
  iban: string & Pattern<"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", "a valid IBAN without spaces"> & WriteOnly;
  /** @example "Grace Hopper" */
  account_holder: string & MinLength<2> & MaxLength<100>;
}

/** Pay with a digital wallet. */
export interface WalletPayment {
  type: "wallet";
  provider: "apple_pay" | "google_pay" | "paypal";
  /** Payment data returned by the wallet sheet. */
  wallet_token: string & MaxLength<4096> & WriteOnly;
}

/** How the customer pays; `type` tells the variants apart. */
export type PaymentMethod = CardPayment | BankTransferPayment | WalletPayment;

/** One line of the cart at checkout. */
export interface CheckoutItem {
  product_id: UUID;
  quantity: Int & Minimum<1> & Maximum<99>;
}

/** Body of `POST /api/orders`. */
export interface CheckoutRequest {
  items: CheckoutItem[];
  /** One of the customer's saved addresses. */
  shipping_address_id: UUID;
  payment_method: PaymentMethod;
  /** @example "WELCOME10" */
  coupon_code?: string & Pattern<"^[A-Z0-9]{4,20}$", "4–20 upper-case letters or digits">;
}

/** Body of `PATCH /api/orders/:id/status` (staff). */
export interface UpdateOrderStatusRequest {
  status: OrderStatus;
  /** Required when marking an order shipped. */
  tracking_number?: string & MaxLength<64>;
}

/** Present when the payment needs a customer action (3-D Secure, wallet redirect). */
export interface PaymentAction {
  type: "redirect" | "three_ds";
  url: Url & MaxLength<2048>;
}

/** Response of checkout: the order, plus a next step when the payment needs one. */
export interface CheckoutResponse {
  order: Order;
  /** Absent when the payment completed immediately. */
  action?: PaymentAction;
}

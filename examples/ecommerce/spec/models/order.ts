import type {
  BelongsTo,
  DateTime,
  Decimal,
  Default,
  Entity,
  HasMany,
  HasOne,
  Int,
  Json,
  Maximum,
  MaxLength,
  MinLength,
  Minimum,
  Pattern,
  PrimaryKey,
  ReadOnly,
  Unique,
  Url,
  UUID,
} from "specloom";
import type { Product } from "./catalog";
import type { Address, Customer } from "./customer";

/** Where an order is in its lifecycle. */
export enum OrderStatus {
  Pending = "pending",
  Paid = "paid",
  Shipped = "shipped",
  Delivered = "delivered",
  Cancelled = "cancelled",
  Refunded = "refunded",
}

/** Outcome of a payment attempt, as reported by the payment provider. */
export enum PaymentStatus {
  Pending = "pending",
  Authorized = "authorized",
  Captured = "captured",
  Failed = "failed",
  Refunded = "refunded",
}

/** A customer's purchase. Money is stored as exact decimals in the order's currency. */
export interface Order
  extends Entity<{ timestamps: true; indexes: [{ columns: ["customer_id", ["created_at", "desc"]] }, { columns: ["status"] }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * Human-friendly order number printed on receipts.
   * @example "HG-2025-000123"
   */
  number: string & Pattern<"^HG-[0-9]{4}-[0-9]{6}$", "HG-<year>-<6 digits>"> & Unique & ReadOnly;
  /** Orders are financial records: a customer with orders cannot be hard-deleted. */
  customer_id: BelongsTo<Customer, { onDelete: "restrict"; as: "customer" }> & ReadOnly;
  /** Address chosen at checkout; the snapshot below is what was shipped to. */
  shipping_address_id: BelongsTo<Address, { onDelete: "set null"; as: "shippingAddress" }> | null;
  /** Copy of the address at checkout time, immune to later edits. */
  shipping_address_snapshot: Json;
  status: OrderStatus & Default<"pending">;
  /** @example "99.80" */
  subtotal: Decimal<10, 2> & ReadOnly;
  shipping_total: Decimal<10, 2> & ReadOnly;
  tax_total: Decimal<10, 2> & ReadOnly;
  /** subtotal + shipping + tax. */
  total: Decimal<10, 2> & ReadOnly;
  /**
   * ISO 4217.
   * @example "EUR"
   */
  currency: string & MinLength<3> & MaxLength<3> & Default<"EUR">;
  /** When payment was captured. */
  paid_at: (DateTime & ReadOnly) | null;
  items: HasMany<OrderItem>;
  payment: HasOne<Payment>;
  shipment: HasOne<Shipment>;
}

/** One product line of an order; the key is (order_id, product_id). */
export interface OrderItem extends Entity<{ table: "order_items" }> {
  order_id: BelongsTo<Order, { onDelete: "cascade"; as: "order" }> & PrimaryKey;
  /** Products with order history are soft-deleted, never removed. */
  product_id: BelongsTo<Product, { onDelete: "restrict"; as: "product" }> & PrimaryKey;
  /** Capped per line to stop accidental bulk orders. */
  quantity: Int & Minimum<1> & Maximum<99>;
  /** Price per unit at checkout time. */
  unit_price: Decimal<10, 2>;
  /** Product name at checkout time, for receipts. */
  product_name: string & MaxLength<200>;
}

/** How an order was paid; the `type` of the checkout's `PaymentMethod`. */
export type PaymentMethodType = "card" | "bank_transfer" | "wallet";

/** A payment attempt for an order. */
export interface Payment extends Entity<{ timestamps: true }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  order_id: BelongsTo<Order, { onDelete: "restrict"; as: "order" }> & Unique;
  method: PaymentMethodType;
  amount: Decimal<10, 2>;
  status: PaymentStatus & Default<"pending">;
  /** The provider's payment reference (Adyen PSP reference). */
  provider_reference: (string & MaxLength<64> & Unique) | null;
  /** Provider's refusal reason, when failed. */
  failure_reason?: (string & MaxLength<255>) | null;
}

/** The parcel that carries an order. */
export interface Shipment extends Entity<{ timestamps: true }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  order_id: BelongsTo<Order, { onDelete: "cascade"; as: "order" }> & Unique;
  /** @example "dhl" */
  carrier: string & MaxLength<40>;
  tracking_number: (string & MaxLength<64>) | null;
  /** Label PDF from the shipping provider. */
  label_url: (Url & MaxLength<2048>) | null;
  shipped_at: DateTime | null;
  delivered_at: DateTime | null;
}

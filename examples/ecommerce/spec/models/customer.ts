import type {
  BelongsTo,
  Default,
  Email,
  Entity,
  HasMany,
  ManyToMany,
  MaxLength,
  MinLength,
  Pattern,
  Phone,
  PrimaryKey,
  ReadOnly,
  Sensitive,
  Unique,
  UUID,
} from "specloom";
import type { Product } from "./catalog";
import type { Order } from "./order";

/** `staff` manage the catalog and fulfil orders; `customer` shop. */
export type CustomerRole = "customer" | "staff";

/** A shopper's account (staff accounts are customers with the `staff` role). */
export interface Customer
  extends Entity<{ timestamps: true; softDelete: true; indexes: [{ columns: [["created_at", "desc"]] }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** @example "grace@example.com" */
  email: Email & MaxLength<255> & Unique;
  password_hash: string & MaxLength<255> & Sensitive;
  /** @example "Grace Hopper" */
  name: string & MinLength<2> & MaxLength<100>;
  /**
   * For delivery questions only.
   * @example "+44 20 7946 0958"
   */
  phone?: Phone | null;
  role: CustomerRole & Default<"customer">;
  /** Consent to marketing email, off by default (GDPR). */
  marketing_opt_in: boolean & Default<false>;
  addresses: HasMany<Address>;
  orders: HasMany<Order>;
  /** Saved products; an implicit join table. */
  wishlist: ManyToMany<Product, { table: "wishlist_items" }>;
  /** Products the customer looked at, for recommendations: a second join table to the same model. */
  recently_viewed: ManyToMany<Product, { table: "recently_viewed_products" }>;
}

/** A delivery address in the customer's address book. */
export interface Address extends Entity<{ timestamps: true }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  customer_id: BelongsTo<Customer, { onDelete: "cascade"; as: "customer" }> & ReadOnly;
  /** @example "Grace Hopper" */
  recipient: string & MinLength<2> & MaxLength<100>;
  line1: string & MinLength<1> & MaxLength<200>;
  line2?: (string & MaxLength<200>) | null;
  city: string & MinLength<1> & MaxLength<100>;
  postal_code: string & MinLength<2> & MaxLength<20>;
  /**
   * ISO 3166-1 alpha-2.
   * @example "GB"
   */
  country: string & Pattern<"^[A-Z]{2}$", "a two-letter ISO 3166 country code">;
  is_default: boolean & Default<false>;
}

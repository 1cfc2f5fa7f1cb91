import type { Decimal, Int, MaxLength, Minimum, MinLength, UUID } from "specloom";
import type { Slug } from "../models/catalog";

/** Body of `POST /api/categories` and `PUT /api/categories/:id`. */
export interface CategoryInput {
  name: string & MinLength<2> & MaxLength<80>;
  slug: Slug;
  parent_id?: UUID | null;
  position?: Int & Minimum<0>;
}

/** A category with its sub-categories, for navigation menus. */
export interface CategoryTreeNode {
  id: UUID;
  name: string;
  slug: string;
  children: CategoryTreeNode[];
}

/** Body of `POST /api/products`. */
export interface ProductInput {
  category_id: UUID;
  sku: string & MinLength<3> & MaxLength<32>;
  name: string & MinLength<2> & MaxLength<200>;
  slug: Slug;
  description: string & MaxLength<20000>;
  /** @example "49.90" */
  price: Decimal<10, 2>;
  compare_at_price?: Decimal<10, 2> | null;
  stock: Int & Minimum<0>;
  weight_grams: Int & Minimum<1>;
  is_active?: boolean;
  /** Tag slugs; unknown ones are created. */
  tags?: Slug[];
}

/** Body of `PATCH /api/products/:id`: any subset of the product fields. */
export type ProductPatch = Partial<ProductInput>;

/** Body of `PUT /api/products/:id/stock`. */
export interface StockAdjustment {
  /** Positive to receive goods, negative for shrinkage. */
  delta: Int;
  reason: "restock" | "correction" | "damaged";
}

/** Sort orders of the product list. */
export type ProductSort = "newest" | "price_asc" | "price_desc" | "name";

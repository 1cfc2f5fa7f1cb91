import type {
  BelongsTo,
  BigSerial,
  DateTime,
  Decimal,
  Default,
  Entity,
  HasMany,
  Int,
  Json,
  ManyToMany,
  MaxLength,
  Minimum,
  MinLength,
  Pattern,
  PrimaryKey,
  ReadOnly,
  Unique,
  UUID,
} from "specloom";

/** URL-safe identifier used in storefront links. */
export type Slug = string & MinLength<2> & MaxLength<80> & Pattern<"^[a-z0-9]+(-[a-z0-9]+)*$", "lowercase letters, digits and single hyphens">;

/** A node of the category tree; top-level categories have no parent. */
export interface Category extends Entity<{ table: "categories"; timestamps: true }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Parent category; deleting it lifts its children to the top level. */
  parent_id: BelongsTo<Category, { onDelete: "set null"; as: "parent" }> | null;
  /**
   * Display name in menus.
   * @example "Kitchen"
   */
  name: string & MinLength<2> & MaxLength<80>;
  /**
   * URL segment.
   * @example "kitchen"
   */
  slug: Slug & Unique;
  /** Order among siblings. */
  position: Int & Minimum<0> & Default<0>;
  /** Direct sub-categories. */
  children: HasMany<Category, { foreignKey: "parent_id" }>;
  products: HasMany<Product>;
}

/** Something the shop sells. */
export interface Product
  extends Entity<{
    timestamps: true;
    softDelete: true;
    indexes: [
      { columns: ["category_id", "price"] },
      { name: "idx_products_active_newest"; columns: [["created_at", "desc"]]; where: "is_active = true" },
    ];
    checks: { ck_products_sale_below_regular: "compare_at_price IS NULL OR compare_at_price > price" };
  }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Products can't be orphaned: move them before deleting a category. */
  category_id: BelongsTo<Category, { onDelete: "restrict"; as: "category" }>;
  /**
   * Stock keeping unit.
   * @example "KIT-KNIFE-8IN"
   */
  sku: string & Pattern<"^[A-Z0-9-]{3,32}$", "3–32 upper-case letters, digits or hyphens"> & Unique;
  /**
   * Display name.
   * @example "Chef's knife, 8 inch"
   */
  name: string & MinLength<2> & MaxLength<200>;
  /** URL segment of the product page. */
  slug: Slug & Unique;
  /** Markdown. */
  description: string & MaxLength<20000>;
  /**
   * Unit price, tax included.
   * @example "49.90"
   */
  price: Decimal<10, 2>;
  /** The struck-through "was" price, when on sale. */
  compare_at_price?: Decimal<10, 2> | null;
  /** Units on hand. */
  stock: Int & Minimum<0> & Default<0>;
  /** Shipping weight. */
  weight_grams: Int & Minimum<1>;
  /** Hidden from the storefront when false. */
  is_active: boolean & Default<true>;
  /**
   * Image URLs and alt texts.
   * @example [{"url": "https://cdn.example.com/knife.jpg", "alt": "Chef's knife"}]
   */
  images: Json;
  tags: ManyToMany<Tag, { through: ProductTag }>;
  /** "Customers also bought": products this one recommends, a directed self relation. */
  recommends: ManyToMany<Product, { table: "product_recommendations"; joinColumn: "product_id"; inverseJoinColumn: "recommended_id" }>;
  /** The products that recommend this one: the same rows read the other way. */
  recommended_by: ManyToMany<Product, { table: "product_recommendations"; joinColumn: "recommended_id"; inverseJoinColumn: "product_id" }>;
  stock_movements: HasMany<StockMovement>;
}

/** One change of a product's stock, append-only; numbered by the database. */
export interface StockMovement
  extends Entity<{ table: "stock_movements"; checks: { ck_stock_movements_nonzero: "quantity <> 0" } }> {
  id: BigSerial & PrimaryKey;
  product_id: BelongsTo<Product, { onDelete: "cascade"; as: "product" }>;
  /** Units added (positive) or removed (negative). */
  quantity: Int;
  /** @example "restock" */
  reason: string & MaxLength<40>;
  recorded_at: DateTime & ReadOnly & Default<"now()">;
}

/** A free-form label (`gift-idea`, `organic`) for filtering. */
export interface Tag extends Entity<{ timestamps: true }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  name: string & MinLength<2> & MaxLength<50> & Unique;
  slug: Slug & Unique;
  products: ManyToMany<Product, { through: ProductTag }>;
}

/** Explicit join of products and tags, recording who tagged what. */
export interface ProductTag extends Entity<{ table: "product_tags" }> {
  product_id: BelongsTo<Product, { onDelete: "cascade" }> & PrimaryKey;
  tag_id: BelongsTo<Tag, { onDelete: "cascade" }> & PrimaryKey;
  tagged_at: DateTime & ReadOnly & Default<"now()">;
}

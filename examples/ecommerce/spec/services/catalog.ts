import type { Decimal, Paginated, Service, UUID } from "specloom";
import type { CategoryInput, CategoryTreeNode, ProductInput, ProductPatch, ProductSort, StockAdjustment } from "../dto/catalog";
import type { Category, Product, ProductTag, StockMovement, Tag } from "../models/catalog";

/** Product list filters. */
export interface ProductFilter {
  category_id?: UUID;
  tag?: string;
  min_price?: Decimal<10, 2>;
  max_price?: Decimal<10, 2>;
  search?: string;
  sort?: ProductSort;
  page: number;
  limit: number;
}

/** Categories, products and tags. Reads are served from the `category_tree`, `product_detail` and `product_list` caches. */
export interface CatalogService
  extends Service<{ dependencies: [Category, Product, Tag, ProductTag, "category_tree", "product_detail", "product_list"] }> {
  /** The whole tree, from the `category_tree` cache. */
  getCategoryTree(): Promise<CategoryTreeNode[]>;

  /**
   * @throws ValidationError if the parent does not exist or would create a cycle
   * @throws ConflictError if the slug is used
   */
  createCategory(data: CategoryInput): Promise<Category>;

  /**
   * @throws NotFoundError if the category doesn't exist
   * @throws ValidationError if the parent would create a cycle
   * @throws ConflictError if the slug is used
   */
  updateCategory(id: UUID, data: CategoryInput): Promise<Category>;

  /**
   * @throws NotFoundError if the category doesn't exist
   * @throws ConflictError if products still use it
   */
  deleteCategory(id: UUID): Promise<void>;

  /**
   * Active products matching the filter.
   * @implements FR-2
   */
  listProducts(filter: ProductFilter): Promise<Paginated<Product>>;

  /**
   * @throws NotFoundError if the product doesn't exist or is inactive
   */
  getProduct(id: UUID): Promise<Product>;

  /**
   * Create a product and attach its tags, creating unknown tags.
   * @implements FR-7
   * @throws ValidationError if data invalid
   * @throws ConflictError if the SKU or slug is used
   * @transactional
   */
  createProduct(data: ProductInput): Promise<Product>;

  /**
   * @throws NotFoundError if the product doesn't exist
   * @throws ConflictError if the SKU or slug is used
   * @transactional
   */
  updateProduct(id: UUID, data: ProductPatch): Promise<Product>;

  /**
   * Soft delete.
   * @throws NotFoundError if the product doesn't exist
   */
  deleteProduct(id: UUID): Promise<void>;
}

/** Stock levels. Every change takes a row lock on the product. */
export interface InventoryService extends Service<{ dependencies: [Product, StockMovement, "low_stock_report"]; transactional: true }> {
  /**
   * @throws NotFoundError if the product doesn't exist
   * @throws ValidationError if stock would become negative
   */
  adjustStock(productId: UUID, adjustment: StockAdjustment): Promise<Product>;

  /**
   * The product's stock movements, newest first.
   * @throws NotFoundError if the product doesn't exist
   */
  listStockMovements(productId: UUID): Promise<StockMovement[]>;

  /**
   * Decrement stock for every line, all or nothing.
   * @throws ConflictError if any line lacks stock
   */
  reserve(lines: { product_id: UUID; quantity: number }[]): Promise<void>;

  /** Put reserved stock back (cancelled or abandoned orders). */
  release(lines: { product_id: UUID; quantity: number }[]): Promise<void>;
}

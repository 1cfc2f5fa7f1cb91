import type { Api, Decimal, Endpoint, MaxLength, NoContent, Paginated, UUID } from "specloom";
import type { CategoryInput, CategoryTreeNode, ProductInput, ProductPatch, ProductSort, StockAdjustment } from "../dto/catalog";
import type { Category, Product, Slug, StockMovement } from "../models/catalog";

/** The category tree. Reads are public and cached; writes are staff-only. */
export interface CategoriesApi extends Api<{ prefix: "/api/categories"; tag: "Catalog" }> {
  /**
   * The whole category tree.
   * @implements FR-2
   */
  getCategoryTree: Endpoint<{
    method: "GET";
    path: "/";
    auth: "public";
    rateLimit: "300/min per ip";
    responses: { 200: CategoryTreeNode[] };
    handler: "CatalogService.getCategoryTree";
  }>;

  /**
   * Add a category.
   * @implements FR-7
   */
  createCategory: Endpoint<{
    method: "POST";
    path: "/";
    body: CategoryInput;
    auth: { roles: ["staff"] };
    responses: { 201: Category; 400: "Validation error, or the parent would create a cycle"; 401: "Not signed in"; 403: "Staff only"; 409: "Slug already used" };
    handler: "CatalogService.createCategory";
  }>;

  /**
   * Rename or move a category.
   * @implements FR-7
   */
  updateCategory: Endpoint<{
    method: "PUT";
    path: "/:id";
    params: { id: UUID };
    body: CategoryInput;
    auth: { roles: ["staff"] };
    responses: { 200: Category; 400: "Validation error, or the parent would create a cycle"; 401: "Not signed in"; 403: "Staff only"; 404: "Category not found"; 409: "Slug already used" };
    handler: "CatalogService.updateCategory";
  }>;

  /**
   * Delete an empty category; its sub-categories move to the top level.
   * @implements FR-7
   */
  deleteCategory: Endpoint<{
    method: "DELETE";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["staff"] };
    responses: { 204: NoContent; 401: "Not signed in"; 403: "Staff only"; 404: "Category not found"; 409: "Category still has products" };
    handler: "CatalogService.deleteCategory";
  }>;
}

/** Products: public browsing, staff management. */
export interface ProductsApi extends Api<{ prefix: "/api/products"; tag: "Catalog" }> {
  /**
   * Browse active products.
   * @implements FR-2
   */
  listProducts: Endpoint<{
    method: "GET";
    path: "/";
    query: {
      category_id?: UUID;
      /** Tag slug. */
      tag?: Slug;
      min_price?: Decimal<10, 2>;
      max_price?: Decimal<10, 2>;
      search?: string & MaxLength<100>;
      sort?: ProductSort;
    };
    auth: "public";
    pagination: { defaultLimit: 24; maxLimit: 96 };
    responses: { 200: Paginated<Product>; 400: "Invalid filter" };
    handler: "CatalogService.listProducts";
  }>;

  /**
   * One product with its tags.
   * @implements FR-2
   */
  getProduct: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: { 200: Product; 404: "Product not found or inactive" };
    handler: "CatalogService.getProduct";
  }>;

  /**
   * Add a product.
   * @implements FR-7
   */
  createProduct: Endpoint<{
    method: "POST";
    path: "/";
    body: ProductInput;
    auth: { roles: ["staff"] };
    responses: { 201: Product; 400: "Validation error"; 401: "Not signed in"; 403: "Staff only"; 409: "SKU or slug already used" };
    handler: "CatalogService.createProduct";
  }>;

  /**
   * Change some fields of a product.
   * @implements FR-7
   */
  patchProduct: Endpoint<{
    method: "PATCH";
    path: "/:id";
    params: { id: UUID };
    body: ProductPatch;
    auth: { roles: ["staff"] };
    responses: { 200: Product; 400: "Validation error"; 401: "Not signed in"; 403: "Staff only"; 404: "Product not found"; 409: "SKU or slug already used" };
    handler: "CatalogService.updateProduct";
  }>;

  /**
   * Receive or write off stock.
   * @implements FR-7
   */
  adjustStock: Endpoint<{
    method: "POST";
    path: "/:id/stock";
    params: { id: UUID };
    body: StockAdjustment;
    auth: { roles: ["staff"] };
    responses: { 200: Product; 400: "Stock would become negative"; 401: "Not signed in"; 403: "Staff only"; 404: "Product not found" };
    handler: "InventoryService.adjustStock";
  }>;

  /**
   * The product's stock history, newest first; each movement is numbered by the database.
   * @implements FR-7
   */
  listStockMovements: Endpoint<{
    method: "GET";
    path: "/:id/stock";
    params: { id: UUID };
    auth: { roles: ["staff"] };
    responses: { 200: StockMovement[]; 401: "Not signed in"; 403: "Staff only"; 404: "Product not found" };
    handler: "InventoryService.listStockMovements";
  }>;

  /**
   * Retire a product (soft delete); past orders keep referring to it.
   * @implements FR-7
   */
  deleteProduct: Endpoint<{
    method: "DELETE";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["staff"] };
    responses: { 204: NoContent; 401: "Not signed in"; 403: "Staff only"; 404: "Product not found" };
    handler: "CatalogService.deleteProduct";
  }>;
}

import type { Api, DateOnly, Endpoint, NoContent, Paginated, UUID } from "specloom";
import type { CheckoutRequest, CheckoutResponse, UpdateOrderStatusRequest } from "../dto/checkout";
import type { Product } from "../models/catalog";
import type { Order, OrderStatus } from "../models/order";

/** Checkout and order history. */
export interface OrdersApi extends Api<{ prefix: "/api/orders"; tag: "Orders" }> {
  /**
   * Place an order: reserve stock, price the cart, take payment.
   * @implements FR-4
   * @implements FR-5
   */
  checkout: Endpoint<{
    method: "POST";
    path: "/";
    body: CheckoutRequest;
    auth: "authenticated";
    responses: {
      201: CheckoutResponse;
      400: "Validation error (empty cart, unknown address, invalid coupon)";
      401: "Not signed in";
      402: "Payment refused";
      409: "Insufficient stock for one or more items";
    };
    rateLimit: "10/min per user";
    handler: "OrderService.checkout";
  }>;

  /**
   * The caller's orders, newest first.
   * @implements FR-6
   */
  listMyOrders: Endpoint<{
    method: "GET";
    path: "/";
    query: { status?: OrderStatus };
    auth: "authenticated";
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: { 200: Paginated<Order>; 400: "Invalid query"; 401: "Not signed in" };
    handler: "OrderService.listOrders";
  }>;

  /**
   * One order with items, payment and shipment.
   * @implements FR-6
   */
  getOrder: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["customer", "staff"]; ownership: { param: "id"; field: "customer_id"; bypass: ["staff"] } };
    responses: { 200: Order; 401: "Not signed in"; 403: "Not your order"; 404: "Order not found" };
    handler: "OrderService.getOrder";
  }>;

  /**
   * Cancel an order that has not shipped; the payment is refunded.
   * @implements FR-6
   */
  cancelOrder: Endpoint<{
    method: "POST";
    path: "/:id/cancel";
    params: { id: UUID };
    auth: { roles: ["customer", "staff"]; ownership: { param: "id"; field: "customer_id"; bypass: ["staff"] } };
    responses: { 200: Order; 401: "Not signed in"; 403: "Not your order"; 404: "Order not found"; 409: "Order already shipped or cancelled" };
    handler: "OrderService.cancelOrder";
  }>;
}

/** Back office for fulfilment staff. */
export interface StaffOrdersApi extends Api<{ prefix: "/api/staff/orders"; tag: "Fulfilment" }> {
  /**
   * All orders, filterable, for the fulfilment queue.
   * @implements FR-8
   */
  listAllOrders: Endpoint<{
    method: "GET";
    path: "/";
    query: { status?: OrderStatus; customer_id?: UUID; from?: DateOnly; to?: DateOnly };
    auth: { roles: ["staff"] };
    pagination: { defaultLimit: 50; maxLimit: 200 };
    responses: { 200: Paginated<Order>; 400: "Invalid query"; 401: "Not signed in"; 403: "Staff only" };
    handler: "OrderService.listAllOrders";
  }>;

  /**
   * Move an order along (paid → shipped → delivered); shipping emails the customer.
   * @implements FR-8
   */
  updateOrderStatus: Endpoint<{
    method: "PATCH";
    path: "/:id/status";
    params: { id: UUID };
    body: UpdateOrderStatusRequest;
    auth: { roles: ["staff"] };
    responses: { 200: Order; 400: "Illegal transition or missing tracking number"; 401: "Not signed in"; 403: "Staff only"; 404: "Order not found" };
    handler: "OrderService.updateStatus";
  }>;
}

/** The signed-in customer's wishlist (an implicit many-to-many). */
export interface WishlistApi extends Api<{ prefix: "/api/me/wishlist"; tag: "Wishlist" }> {
  /**
   * Saved products.
   * @implements FR-3
   */
  getWishlist: Endpoint<{
    method: "GET";
    path: "/";
    auth: "authenticated";
    responses: { 200: Product[]; 401: "Not signed in" };
    handler: "CustomerService.getWishlist";
  }>;

  /**
   * Save a product (idempotent: saving it twice keeps one entry).
   * @implements FR-3
   */
  addToWishlist: Endpoint<{
    method: "POST";
    path: "/";
    body: { product_id: UUID };
    auth: "authenticated";
    responses: { 204: NoContent; 400: "Validation error"; 401: "Not signed in"; 404: "Product not found" };
    handler: "CustomerService.addToWishlist";
  }>;

  /**
   * Remove a saved product.
   * @implements FR-3
   */
  removeFromWishlist: Endpoint<{
    method: "DELETE";
    path: "/:product_id";
    params: { product_id: UUID };
    auth: "authenticated";
    responses: { 204: NoContent; 401: "Not signed in"; 404: "Product not in the wishlist" };
    handler: "CustomerService.removeFromWishlist";
  }>;
}

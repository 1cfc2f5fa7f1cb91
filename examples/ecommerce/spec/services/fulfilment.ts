import type { Paginated, Service, UUID } from "specloom";
import type { CheckoutRequest, CheckoutResponse, UpdateOrderStatusRequest } from "../dto/checkout";
import type { HealthStatus, PaymentNotification, TrackingUpdate } from "../api/webhooks";
import type { Customer } from "../models/customer";
import type { Order, OrderItem, OrderStatus, Payment, Shipment } from "../models/order";
import type { InventoryService } from "./catalog";

/** Checkout and the order lifecycle. */
export interface OrderService
  extends Service<{ dependencies: [Order, OrderItem, Customer, InventoryService, PaymentService, ShippingService, EmailService] }> {
  /**
   * Reserve stock, price the cart, create the order and start the payment.
   * @implements FR-4
   * @implements FR-5
   * @throws ValidationError if the cart is empty, the address is not the customer's or the coupon is invalid
   * @throws ConflictError if stock is insufficient
   * @throws PaymentRefusedError if the provider refuses the payment
   * @transactional
   */
  checkout(customerId: UUID, data: CheckoutRequest): Promise<CheckoutResponse>;

  listOrders(customerId: UUID, status: OrderStatus | null, page: number, limit: number): Promise<Paginated<Order>>;

  listAllOrders(filter: { status?: OrderStatus; customer_id?: UUID; from?: string; to?: string; page: number; limit: number }): Promise<Paginated<Order>>;

  /**
   * @throws NotFoundError if the order doesn't exist
   */
  getOrder(id: UUID): Promise<Order>;

  /**
   * Cancel, refund and release stock.
   * @implements FR-6
   * @throws NotFoundError if the order doesn't exist
   * @throws ConflictError if it has shipped or is cancelled
   * @transactional
   */
  cancelOrder(id: UUID): Promise<Order>;

  /**
   * @throws NotFoundError if the order doesn't exist
   * @throws ValidationError if the transition is illegal or a tracking number is missing
   * @transactional
   */
  updateStatus(id: UUID, data: UpdateOrderStatusRequest): Promise<Order>;
}

/** Payments through the `payments` integration (Adyen). */
export interface PaymentService extends Service<{ dependencies: [Payment, Order, "payments"] }> {
  /**
   * Verify the HMAC and apply the event to the payment and its order.
   * @implements FR-5
   * @throws ValidationError if the signature is invalid
   * @transactional
   */
  handleNotification(notification: PaymentNotification): Promise<void>;

  /**
   * Refund a captured payment in full.
   * @throws ExternalServiceError if the provider rejects the refund
   */
  refund(orderId: UUID): Promise<Payment>;
}

/** Labels and tracking through the `shipping` integration (Shippo). */
export interface ShippingService extends Service<{ dependencies: [Shipment, Order, "shipping"] }> {
  /**
   * Buy a label for a paid order.
   * @implements FR-8
   * @throws ExternalServiceError if no carrier rate is available
   */
  createShipment(orderId: UUID): Promise<Shipment>;

  /**
   * Apply a tracking update; `DELIVERED` completes the order.
   * @implements FR-6
   */
  handleTrackingUpdate(update: TrackingUpdate): Promise<void>;
}

/** Transactional email through the `email` integration (Postmark). */
export interface EmailService extends Service<{ dependencies: [Customer, "email", "order_confirmation_email"] }> {
  sendWelcome(customerId: UUID): Promise<void>;
  sendOrderConfirmation(orderId: UUID): Promise<void>;
  sendShippingNotice(orderId: UUID): Promise<void>;
}

/** Operational checks. */
export interface OpsService extends Service<{ dependencies: [] }> {
  /**
   * @throws ServiceUnavailableError if the database or Redis is down
   */
  health(): Promise<HealthStatus>;
}

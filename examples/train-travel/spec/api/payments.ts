// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { Api, Endpoint, Response, UUID } from "specloom";
import type { BadRequest, Forbidden, InternalServerError, TooManyRequests, Unauthorized } from "../responses";
import type { Booking, BookingPayment, CreateBookingPaymentResponse200 } from "../schemas";

/**
 * Pay for bookings using a card or bank account, and view payment
 * status and history.
 *
 * > warn
 * > Bookings usually expire within 1 hour so you'll need to make your payment before the expiry date
 *
 */
export interface PaymentsApi extends Api<{ prefix: "/bookings"; tag: "Payments" }> {
  /**
   * Pay for a Booking
   *
   * A payment is an attempt to pay for the booking, which will confirm the booking for the user and enable them to get their tickets.
   */
  createBookingPayment: Endpoint<{
    method: "POST";
    path: "/:bookingId/payment";
    params: {
      /**
       * The ID of the booking to pay for.
       * @example "1725ff48-ab45-4bb5-9d02-88745177dedb"
       */
      bookingId: UUID;
    };
    body: BookingPayment;
    responses: {
      200: Response<
        CreateBookingPaymentResponse200,
        {
          description: "Payment successful";
          headers: {
            /**
             * The RateLimit header is communicate quota policies, and contains a `limit` to
             * conveys the expiring limit, `remaining` to convey the remaining quota units,
             * and `reset` to convey the time window reset time.
             */
            RateLimit?: string;
          };
        }
      >;
      400: BadRequest;
      401: Unauthorized;
      403: Forbidden;
      429: TooManyRequests;
      500: InternalServerError;
    };
    auth: "authenticated";
    security: [{ OAuth2: ["read"] }];
  }>;
}

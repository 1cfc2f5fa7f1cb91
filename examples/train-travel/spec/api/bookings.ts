// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { Api, Endpoint, NoContent, Response, UUID } from "specloom";
import type { BadRequest, Forbidden, InternalServerError, NotFound, TooManyRequests, Unauthorized } from "../responses";
import type {
  Booking,
  CreateBookingResponse201,
  GetBookingResponse200,
  GetBookingsResponse200,
  Problem,
} from "../schemas";

/** Create and manage bookings for train trips, including passenger  details and optional extras. */
export interface BookingsApi extends Api<{ prefix: "/bookings"; tag: "Bookings" }> {
  /**
   * List existing bookings
   *
   * Returns a list of all trips booking by the authenticated user.
   */
  getBookings: Endpoint<{
    method: "GET";
    path: "/";
    responses: {
      200: Response<
        GetBookingsResponse200,
        {
          description: "A list of bookings";
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

  /**
   * Create a booking
   *
   * A booking is a temporary hold on a trip. It is not confirmed until the payment is processed.
   */
  createBooking: Endpoint<{
    method: "POST";
    path: "/";
    body: Booking;
    bodyContentType: ["application/json", "application/xml"];
    bodyRequired: true;
    responses: {
      201: Response<
        CreateBookingResponse201,
        {
          description: "Booking successful";
          contentType: ["application/json", "application/xml"];
        }
      >;
      400: BadRequest;
      401: Unauthorized;
      404: NotFound;
      409: Response<
        Problem,
        {
          description: "Conflict";
          headers: {
            /**
             * The RateLimit header is communicate quota policies, and contains a `limit` to
             * conveys the expiring limit, `remaining` to convey the remaining quota units,
             * and `reset` to convey the time window reset time.
             */
            RateLimit?: string;
          };
          contentType: ["application/problem+json", "application/problem+xml"];
        }
      >;
      429: TooManyRequests;
      500: InternalServerError;
    };
    auth: "authenticated";
    security: [{ OAuth2: ["write"] }];
  }>;

  /**
   * Get a booking
   *
   * Returns the details of a specific booking.
   */
  getBooking: Endpoint<{
    method: "GET";
    path: "/:bookingId";
    params: {
      /**
       * The ID of the booking to retrieve.
       * @example "1725ff48-ab45-4bb5-9d02-88745177dedb"
       */
      bookingId: UUID;
    };
    responses: {
      200: Response<
        GetBookingResponse200,
        {
          description: "The booking details";
          headers: {
            /**
             * The RateLimit header is communicate quota policies, and contains a `limit` to
             * conveys the expiring limit, `remaining` to convey the remaining quota units,
             * and `reset` to convey the time window reset time.
             */
            RateLimit?: string;
          };
          contentType: ["application/json", "application/xml"];
        }
      >;
      400: BadRequest;
      401: Unauthorized;
      403: Forbidden;
      404: NotFound;
      429: TooManyRequests;
      500: InternalServerError;
    };
    auth: "authenticated";
    security: [{ OAuth2: ["read"] }];
  }>;

  /**
   * Delete a booking
   *
   * Deletes a booking, cancelling the hold on the trip.
   */
  deleteBooking: Endpoint<{
    method: "DELETE";
    path: "/:bookingId";
    params: {
      /**
       * The ID of the booking to retrieve.
       * @example "1725ff48-ab45-4bb5-9d02-88745177dedb"
       */
      bookingId: UUID;
    };
    responses: {
      /** Booking deleted */
      204: NoContent;
      400: BadRequest;
      401: Unauthorized;
      403: Forbidden;
      404: NotFound;
      429: TooManyRequests;
      500: InternalServerError;
    };
    auth: "authenticated";
    security: [{ OAuth2: ["write"] }];
  }>;
}

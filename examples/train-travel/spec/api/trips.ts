// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { Api, DateTime, Default, Endpoint, Response, UUID } from "specloom";
import type { BadRequest, Forbidden, InternalServerError, TooManyRequests, Unauthorized } from "../responses";
import type { GetTripsResponse200 } from "../schemas";

/** Timetables and routes for train trips between stations, including  pricing and availability. */
export interface TripsApi extends Api<{ prefix: "/trips"; tag: "Trips" }> {
  /**
   * Get available train trips
   *
   * Returns a list of available train trips between the specified origin and destination stations on the given date, and allows for filtering by bicycle and dog allowances.
   */
  getTrips: Endpoint<{
    method: "GET";
    path: "/";
    query: {
      /**
       * The ID of the origin station
       * @example "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e"
       */
      origin: UUID;
      /**
       * The ID of the destination station
       * @example "b2e783e1-c824-4d63-b37a-d8d698862f1d"
       */
      destination: UUID;
      /**
       * The date and time of the trip in ISO 8601 format in origin station's timezone.
       * @example "2024-02-01T09:00:00Z"
       */
      date: DateTime;
      /** Only return trips where bicycles are known to be allowed */
      bicycles?: boolean & Default<false>;
      /** Only return trips where dogs are known to be allowed */
      dogs?: boolean & Default<false>;
    };
    responses: {
      200: Response<
        GetTripsResponse200,
        {
          description: "A list of available train trips";
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

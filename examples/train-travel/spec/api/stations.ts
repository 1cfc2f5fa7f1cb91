// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { Api, Endpoint, Response } from "specloom";
import type { BadRequest, Forbidden, InternalServerError, TooManyRequests, Unauthorized } from "../responses";
import type { GetStationsResponse200 } from "../schemas";

/** Find and filter train stations across Europe, including their location  and local timezone. */
export interface StationsApi extends Api<{ prefix: "/stations"; tag: "Stations" }> {
  /**
   * Get a list of train stations
   *
   * Returns a list of all train stations in the system.
   */
  getStations: Endpoint<{
    method: "GET";
    path: "/";
    responses: {
      200: Response<
        GetStationsResponse200,
        {
          description: "A list of train stations";
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

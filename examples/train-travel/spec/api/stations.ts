// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { Api, Endpoint, Response } from "specloom";
import type { GetStationsResponse200, Problem } from "../schemas";

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
      400: Response<
        Problem,
        {
          description: "Bad Request";
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
      401: Response<
        Problem,
        {
          description: "Unauthorized";
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
      403: Response<
        Problem,
        {
          description: "Forbidden";
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
      429: Response<
        Problem,
        {
          description: "Too Many Requests";
          headers: {
            /**
             * The RateLimit header is communicate quota policies, and contains a `limit` to
             * conveys the expiring limit, `remaining` to convey the remaining quota units,
             * and `reset` to convey the time window reset time.
             */
            RateLimit?: string;
            /**
             * The Retry-After header indicates how long the user agent should wait before making a follow-up request.
             * The value is in seconds and can be an integer or a date in the future.
             * If the value is an integer, it indicates the number of seconds to wait.
             * If the value is a date, it indicates the time at which the user agent should make a follow-up request.
             */
            "Retry-After"?: string;
          };
          contentType: ["application/problem+json", "application/problem+xml"];
        }
      >;
      500: Response<
        Problem,
        {
          description: "Internal Server Error";
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
    };
    auth: "authenticated";
    security: [{ OAuth2: ["read"] }];
  }>;
}

// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { Response } from "specloom";
import type { Problem } from "./schemas";

export type BadRequest = Response<
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

export type Unauthorized = Response<
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

export type Forbidden = Response<
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

export type TooManyRequests = Response<
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

export type InternalServerError = Response<
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

export type NotFound = Response<
  Problem,
  {
    description: "Not Found";
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

// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { BigInt64, CustomFormat, DateTime, ExclusiveMinimum, Int, ReadOnly, UUID, Url, WriteOnly } from "specloom";

export interface Station {
  /**
   * Unique identifier for the station.
   * @example "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e"
   * @example "b2e783e1-c824-4d63-b37a-d8d698862f1d"
   */
  id: UUID;
  /**
   * The name of the station
   * @example "Berlin Hauptbahnhof"
   * @example "Paris Gare du Nord"
   */
  name: string;
  /**
   * The address of the station.
   * @example "Invalidenstraße 10557 Berlin, Germany"
   * @example "18 Rue de Dunkerque 75010 Paris, France"
   */
  address: string;
  /**
   * The country code of the station.
   * @example "DE"
   * @example "FR"
   */
  country_code: string & CustomFormat<"iso-country-code">;
  /**
   * The timezone of the station in the [IANA Time Zone Database format](https://www.iana.org/time-zones).
   * @example "Europe/Berlin"
   * @example "Europe/Paris"
   */
  timezone?: string;
}

export interface LinksSelf {
  self?: Url;
}

export interface LinksPagination {
  next?: Url;
  prev?: Url;
}

export interface Problem {
  /**
   * A URI reference that identifies the problem type
   * @example "https://example.com/probs/out-of-credit"
   */
  type?: string;
  /**
   * A short, human-readable summary of the problem type
   * @example "You do not have enough credit."
   */
  title?: string;
  /**
   * A human-readable explanation specific to this occurrence of the problem
   * @example "Your current balance is 30, but that costs 50."
   */
  detail?: string;
  /**
   * A URI reference that identifies the specific occurrence of the problem
   * @example "/account/12345/msgs/abc"
   */
  instance?: string;
  /**
   * The HTTP status code
   * @example 400
   */
  status?: Int;
}

export interface Trip {
  /**
   * Unique identifier for the trip
   * @example "4f4e4e10-c824-4d63-b37a-d8d698862f1d"
   */
  id?: UUID;
  /**
   * The starting station of the trip
   * @example "Berlin Hauptbahnhof"
   * @example "Paris Gare du Nord"
   */
  origin?: string;
  /**
   * The destination station of the trip
   * @example "Paris Gare du Nord"
   * @example "Berlin Hauptbahnhof"
   */
  destination?: string;
  /**
   * The date and time when the trip departs
   * @example "2024-02-01T10:00:00Z"
   */
  departure_time?: DateTime;
  /**
   * The date and time when the trip arrives
   * @example "2024-02-01T16:00:00Z"
   */
  arrival_time?: DateTime;
  /**
   * The name of the operator of the trip
   * @example "Deutsche Bahn"
   * @example "SNCF"
   */
  operator?: string;
  /**
   * The cost of the trip
   * @example 50
   */
  price?: number;
  /** Indicates whether bicycles are allowed on the trip */
  bicycles_allowed?: boolean;
  /** Indicates whether dogs are allowed on the trip */
  dogs_allowed?: boolean;
}

export interface Booking {
  /**
   * Unique identifier for the booking
   * @example "3f3e3e10-c824-4d63-b37a-d8d698862f1d"
   */
  id?: UUID & ReadOnly;
  /**
   * Identifier of the booked trip
   * @example "4f4e4e10-c824-4d63-b37a-d8d698862f1d"
   */
  trip_id?: UUID;
  /**
   * Name of the passenger
   * @example "John Doe"
   */
  passenger_name?: string;
  /** Indicates whether the passenger has a bicycle. */
  has_bicycle?: boolean;
  /** Indicates whether the passenger has a dog. */
  has_dog?: boolean;
}

/** This is a generic request/response wrapper which contains both data and links which serve as hypermedia controls (HATEOAS). */
export interface WrapperCollection {
  /** The wrapper for a collection is an array of objects. */
  data?: Record<string, unknown>[];
  /** A set of hypermedia links which serve as controls for the client. */
  links?: Record<string, unknown>;
}

export interface BookingPayment {
  /** Unique identifier for the payment. This will be a unique identifier for the payment, and is used to reference the payment in other objects. */
  id?: UUID & ReadOnly;
  /**
   * Amount intended to be collected by this payment. A positive decimal figure describing the amount to be collected.
   * @example 49.99
   */
  amount?: number & ExclusiveMinimum<0>;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. */
  currency?: "bam" | "bgn" | "chf" | "eur" | "gbp" | "nok" | "sek" | "try";
  /** The payment source to take the payment from. This can be a card or a bank account. Some of these properties will be hidden on read to protect PII leaking. */
  source?:
    | {
        object?: "card";
        /**
         * Cardholder's full name as it appears on the card.
         * @example "Francis Bourgeois"
         */
        name: string;
        /**
         * The card number, as a string without any separators. On read all but the last four digits will be masked for security.
         * @example "4242424242424242"
         */
        number: string;
        /**
         * Card security code, 3 or 4 digits usually found on the back of the card.
         * @example 123
         */
        cvc: Int & WriteOnly;
        /**
         * Two-digit number representing the card's expiration month.
         * @example 12
         */
        exp_month: BigInt64;
        /**
         * Four-digit number representing the card's expiration year.
         * @example 2025
         */
        exp_year: BigInt64;
        address_line1?: string & WriteOnly;
        address_line2?: string & WriteOnly;
        address_city?: string;
        address_country: string;
        address_post_code?: string;
      }
    | {
        object?: "bank_account";
        name: string;
        /** The account number for the bank account, in string form. Must be a current account. */
        number: string;
        /** The sort code for the bank account, in string form. Must be a six-digit number. */
        sort_code?: string;
        /** The type of entity that holds the account. This can be either `individual` or `company`. */
        account_type: "individual" | "company";
        /**
         * The name of the bank associated with the routing number.
         * @example "Starling Bank"
         */
        bank_name: string;
        /** Two-letter country code (ISO 3166-1 alpha-2). */
        country: string;
      };
  /** The status of the payment, one of `pending`, `succeeded`, or `failed`. */
  status?: "pending" | "succeeded" | "failed";
}

export interface LinksBooking {
  /** @example "https://api.example.com/bookings/1725ff48-ab45-4bb5-9d02-88745177dedb" */
  booking?: Url;
}

export type GetStationsResponse200 = unknown;

export type GetTripsResponse200 = unknown;

export type GetBookingsResponse200 = unknown;

export interface CreateBookingResponse201 extends Booking {
  links?: LinksSelf;
}

export interface GetBookingResponse200 extends Booking {
  links?: LinksSelf;
}

export interface CreateBookingPaymentResponse200 extends BookingPayment {
  links?: LinksBooking;
}

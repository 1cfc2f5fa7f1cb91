import type { ErrorsConfig } from "specloom";

/** Machine-readable codes of the shared error format, and worked examples. */
export const errors = {
  codes: {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
    502: "UPSTREAM_ERROR",
    503: "SERVICE_UNAVAILABLE",
  },
  examples: [
    {
      status: 400,
      title: "Validation Error",
      code: "VALIDATION_ERROR",
      message: "Invalid input data",
      fieldErrors: {
        email: ["Invalid email format"],
        password: ["Password must be at least 8 characters"],
      },
    },
    {
      status: 401,
      title: "Authentication Error",
      code: "INVALID_CREDENTIALS",
      message: "Email or password is incorrect",
    },
    {
      status: 403,
      title: "Authorization Error",
      code: "FORBIDDEN",
      message: "You do not have permission to modify this post",
    },
    {
      status: 409,
      title: "Conflict Error",
      code: "EMAIL_EXISTS",
      message: "An account with this email already exists",
    },
  ],
} satisfies ErrorsConfig;

// Inkwell backend spec: every module the compiler reads.
export * from "./models/organization";
export * from "./models/user";
export * from "./models/post";
export * from "./models/comment";
export * from "./models/tokens";
export * from "./models/payment";
export * from "./models/report";

export * from "./dto/common";
export * from "./dto/auth";
export * from "./dto/users";
export * from "./dto/posts";
export * from "./dto/payments";
export * from "./dto/admin";
export * from "./dto/health";

export * from "./api/auth";
export * from "./api/users";
export * from "./api/posts";
export * from "./api/comments";
export * from "./api/admin";
export * from "./api/payments";
export * from "./api/health";

export * from "./services/user";
export * from "./services/auth";
export * from "./services/content";
export * from "./services/notification";
export * from "./services/payment";
export * from "./services/report";
export * from "./services/health";

export * from "./config/auth";
export * from "./config/errors";
export * from "./config/integrations";
export * from "./config/jobs";
export * from "./config/caching";
export * from "./config/observability";
export * from "./config/practices";
export * from "./config/deployment";

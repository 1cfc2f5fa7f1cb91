// Harbor Goods shop: every module the compiler reads.
export * from "./models/customer";
export * from "./models/catalog";
export * from "./models/order";

export * from "./dto/auth";
export * from "./dto/catalog";
export * from "./dto/checkout";

export * from "./api/auth";
export * from "./api/catalog";
export * from "./api/orders";
export * from "./api/webhooks";

export * from "./services/customer";
export * from "./services/catalog";
export * from "./services/fulfilment";

export * from "./config/auth";
export * from "./config/integrations";
export * from "./config/jobs";
export * from "./config/operations";

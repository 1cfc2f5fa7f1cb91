import type { CachingConfig, JobsConfig } from "specloom";

export const jobs = {
  cancel_abandoned_orders: {
    name: "Cancel Abandoned Orders",
    purpose: "Release stock held by orders never paid",
    trigger: { cron: "*/15 * * * *", timezone: "UTC" },
    steps: ["Find pending orders older than 24 hours", "Cancel them", "Release their stock"],
    retry: { none: true, reason: "Idempotent and runs every 15 minutes" },
    timeout: "5m",
    logging: ["Log each cancelled order number"],
    uses: ["Order", "OrderItem", "Product"],
  },
  low_stock_report: {
    name: "Low Stock Report",
    purpose: "Tell buyers what to reorder",
    trigger: { cron: "0 6 * * 1-5", timezone: "Europe/Berlin" },
    input: { threshold: "Units at or below which a product is listed (default 5)" },
    steps: ["Select active products with stock <= threshold", "Email the list to staff"],
    retry: { attempts: 2, backoff: "fixed", delay: "10m" },
    timeout: "2m",
    uses: ["Product", "email"],
  },
  order_confirmation_email: {
    name: "Order Confirmation Email",
    trigger: { event: "order.created" },
    input: { order_id: "The new order" },
    steps: ["Render the receipt", "Send through Postmark"],
    retry: { attempts: 5, backoff: "exponential", delay: "30s" },
    timeout: "30s",
    uses: ["Order", "email"],
  },
  create_shipment: {
    name: "Create Shipment",
    purpose: "Buy the label as soon as an order is paid",
    trigger: { event: "order.updated" },
    input: { order_id: "An order whose status became paid" },
    steps: ["Skip unless the order is paid and has no shipment", "Buy a label from Shippo", "Store the shipment"],
    retry: { attempts: 5, backoff: "exponential", delay: "1m" },
    timeout: "1m",
    uses: ["Order", "Shipment", "shipping"],
  },
} satisfies JobsConfig;

export const caching = {
  store: "redis",
  connection: { env: "REDIS_URL", description: "Redis connection URL", example: "redis://localhost:6379/0" },
  entries: [
    {
      name: "category_tree",
      key: "catalog:categories:tree",
      ttl: "1h",
      invalidateOn: ["category.created", "category.updated", "category.deleted"],
    },
    {
      name: "product_detail",
      key: "catalog:product:{product_id}",
      ttl: "10m",
      invalidateOn: ["product.updated", "product.deleted", "product_tag.created", "product_tag.deleted"],
    },
    {
      name: "product_list",
      key: "catalog:products:{query_hash}",
      ttl: "2m",
      invalidateOn: ["product.created", "product.updated", "product.deleted"],
      description: "Anonymous product list pages",
    },
  ],
} satisfies CachingConfig;

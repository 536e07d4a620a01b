import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` writes the SQL migrations from the schema; the app applies them on start. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./src/db/migrations",
});

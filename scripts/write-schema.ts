// Regenerates catalog.schema.json from the zod schema (a test fails while it is stale).
import { writeFileSync } from "node:fs";
import { catalogJsonSchema } from "../src/catalog/json-schema.js";

writeFileSync(new URL("../catalog.schema.json", import.meta.url), catalogJsonSchema());
console.error("catalog.schema.json written");

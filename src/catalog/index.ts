export { formatProblem } from "../util/problem.js";
export { CatalogError, displayPath, type LoadedCatalog, loadCatalog } from "./load.js";
export * from "./schema.js";
export { validateCatalog } from "./validate.js";

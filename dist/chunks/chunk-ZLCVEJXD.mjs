import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{existsSync as i}from"node:fs";import n from"node:path";function d(r){for(let e=n.resolve(r);;e=n.dirname(e)){if(i(n.join(e,"node_modules")))return n.join(e,"node_modules/.cache/syllabus");if(n.dirname(e)===e)return}}export{d as a};

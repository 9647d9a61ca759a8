import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-SALLDWG6.mjs";import"./chunk-3N7H3Z3H.mjs";import"./chunk-CVJPPYBY.mjs";import"./chunk-KMBEON2Y.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-ZMTHKMGR.mjs";import"./chunk-KGX5765B.mjs";import"./chunk-CVJPPYBY.mjs";import"./chunk-S2PBSKCE.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

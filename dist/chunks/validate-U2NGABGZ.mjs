import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-S422DQH4.mjs";import"./chunk-ZTBGYDTX.mjs";import"./chunk-5MTG5E6C.mjs";import"./chunk-TU5EAQJV.mjs";import"./chunk-RV4JTBED.mjs";import"./chunk-GZEWIGVN.mjs";import"./chunk-KMBEON2Y.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

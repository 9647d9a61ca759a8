import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-QDVUMYQ6.mjs";import"./chunk-ZTBGYDTX.mjs";import"./chunk-767QAOYW.mjs";import"./chunk-TJ75BC7C.mjs";import"./chunk-SCL5U24Z.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-KMBEON2Y.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

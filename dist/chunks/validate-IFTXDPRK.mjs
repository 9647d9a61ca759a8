import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-KQX5E2HU.mjs";import"./chunk-ZTBGYDTX.mjs";import"./chunk-JZID3UCY.mjs";import"./chunk-M7ZVW7ZX.mjs";import"./chunk-SCL5U24Z.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-KMBEON2Y.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

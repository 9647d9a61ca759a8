import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-67S4Z2SH.mjs";import"./chunk-REAZF2FV.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-ZT4GW6K5.mjs";import"./chunk-XQCGIFJV.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

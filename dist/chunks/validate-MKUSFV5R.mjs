import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-MAA64UFQ.mjs";import"./chunk-ZTBGYDTX.mjs";import"./chunk-NGIPLDJF.mjs";import"./chunk-UQWDNDHA.mjs";import"./chunk-IWDCKJ62.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-S2PBSKCE.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

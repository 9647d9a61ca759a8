import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-HOVWD4KH.mjs";import"./chunk-ZTBGYDTX.mjs";import"./chunk-NGIPLDJF.mjs";import"./chunk-UQWDNDHA.mjs";import"./chunk-IWDCKJ62.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-KMBEON2Y.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

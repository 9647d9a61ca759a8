import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-VOMH34JO.mjs";import"./chunk-REAZF2FV.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-JMVSAVVG.mjs";import"./chunk-WQWYYTQX.mjs";import"./chunk-IWDCKJ62.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-KKRVLPDN.mjs";import"./chunk-BDAGF4SK.mjs";import"./chunk-6ZY7Q3U6.mjs";import"./chunk-WQWYYTQX.mjs";import"./chunk-IWDCKJ62.mjs";import"./chunk-BNTFXC5G.mjs";import"./chunk-WAAHWECW.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a,b}from"./chunk-BH3G4NMH.mjs";import"./chunk-VHMEI23Q.mjs";import"./chunk-W4O2MFJH.mjs";import"./chunk-BSDLXSKY.mjs";import"./chunk-6MSBPLPS.mjs";import"./chunk-VYISMYPH.mjs";export{a as validateCatalog,b as validateWithPositions};

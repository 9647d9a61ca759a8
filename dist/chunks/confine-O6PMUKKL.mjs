import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-JCHYIPPV.mjs";import"./chunk-Q3YRSUOB.mjs";import"./chunk-CVJPPYBY.mjs";import"./chunk-KMBEON2Y.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

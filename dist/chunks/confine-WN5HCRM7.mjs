import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-GFO7MG4U.mjs";import"./chunk-X4GSVDH6.mjs";import"./chunk-2Q7S4AOA.mjs";import"./chunk-CVJPPYBY.mjs";import"./chunk-S2PBSKCE.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

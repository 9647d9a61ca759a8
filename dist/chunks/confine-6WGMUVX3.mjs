import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-IOCUHFAS.mjs";import"./chunk-X4GSVDH6.mjs";import"./chunk-WAEJ37OV.mjs";import"./chunk-CVJPPYBY.mjs";import"./chunk-WAAHWECW.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e,g as f}from"./chunk-ZTBGYDTX.mjs";import"./chunk-VYISMYPH.mjs";export{a as MAX_DEPTH,f as keyNodeAt,d as nodeAt,b as parseYaml,e as positionOf,c as toPlainValue};

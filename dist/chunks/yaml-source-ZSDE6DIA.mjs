import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-BDAGF4SK.mjs";import"./chunk-VYISMYPH.mjs";export{e as keyNodeAt,c as nodeAt,a as parseYaml,d as positionOf,b as toPlainValue};

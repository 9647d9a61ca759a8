import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as t}from"./chunk-6Q7LHQBP.mjs";var o=["course","outputs","table","tables","links","lint","lectures"],l=[...t],r=["label","url"],s=["field","heading","align","type","link","separator"],R=["path","template","locale"];export{o as a,l as b,r as c,s as d,R as e};

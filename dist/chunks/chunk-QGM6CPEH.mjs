import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
var e=["course","outputs","table","tables","links","lint","lectures"],t=["id","number","label","season","group","title","summary","video","code","review"],o=["label","url"],l=["field","heading","align","type","link","separator"],r=["path","template","locale"];export{e as a,t as b,o as c,l as d,r as e};

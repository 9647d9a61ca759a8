import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-I7JJWFVT.mjs";import{g as o,h as t}from"./chunk-Q3YRSUOB.mjs";import i from"node:path";var n=16*1024*1024;async function m(e){try{return await t(i.resolve(e),n,"catalog")}catch(r){throw r instanceof o?new a([r.diagnostic]):r}}export{m as a};

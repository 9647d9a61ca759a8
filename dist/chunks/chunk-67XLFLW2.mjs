import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-I7JJWFVT.mjs";import{h as o,i as t}from"./chunk-3N7H3Z3H.mjs";import i from"node:path";var n=16*1024*1024;async function m(e){try{return await t(i.resolve(e),n,"catalog")}catch(r){throw r instanceof o?new a([r.diagnostic]):r}}export{m as a};

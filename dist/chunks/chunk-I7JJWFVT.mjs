import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as t}from"./chunk-CVJPPYBY.mjs";import{a as n}from"./chunk-KMBEON2Y.mjs";var e=class extends t{constructor(r){let o=r.filter(i=>i.severity==="error").length;super(`${r.map(n).join(`
`)}
${o} problem${o===1?"":"s"} found; nothing was written.`);this.diagnostics=r}diagnostics};export{e as a};

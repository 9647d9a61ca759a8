import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as s}from"./chunk-KMBEON2Y.mjs";var p=["text","json","github"];function m(e,n){switch(n){case"text":return e.map(r=>`${s(r)}
`).join("");case"json":return`${JSON.stringify({version:1,summary:l(e),problems:e.map(r=>({file:r.file,line:r.line,col:r.col,severity:r.severity,rule:r.rule,message:r.message,hint:r.hint??null}))},null,2)}
`;case"github":return e.map(r=>c(r.severity,{file:r.file,line:r.line,col:r.col,title:r.rule},r.hint?`${r.message}
${r.hint}`:r.message)).join("")}}function l(e){let n=e.filter(r=>r.severity==="error").length;return{errors:n,warnings:e.length-n}}function f(e){let{errors:n,warnings:r}=l(e);if(n+r===0)return"no problems";let t=(i,o)=>`${i} ${o}${i===1?"":"s"}`;return[n?t(n,"error"):"",r?t(r,"warning"):""].filter(Boolean).join(", ")}function c(e,n,r){let t=Object.entries(n).map(([i,o])=>`${i}=${u(String(o))}`).join(",");return`::${e} ${t}::${a(r)}
`}function a(e){return e.replaceAll("%","%25").replaceAll("\r","%0D").replaceAll(`
`,"%0A")}function u(e){return a(e).replaceAll(":","%3A").replaceAll(",","%2C")}export{p as a,m as b,f as c,c as d};

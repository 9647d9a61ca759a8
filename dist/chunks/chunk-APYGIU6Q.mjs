import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as m}from"./chunk-ZTBGYDTX.mjs";import{e as o}from"./chunk-3N7H3Z3H.mjs";import{d as c}from"./chunk-VYISMYPH.mjs";var r=c(m(),1);var p={indent:2,indentSeq:!0,lineWidth:0,flowCollectionPadding:!0};function u(e,t){let n=e.toString(p),s=t.startsWith(o)?o:"",i=/\r\n/.test(t)&&!/(^|[^\r])\n/.test(t);return s+(i?n.replaceAll(`
`,`\r
`):n)}function g(e){let t=[];for(let n of new r.Lexer().lex(e))n.startsWith("#")&&t.push(n.trimEnd());return t}export{p as a,u as b,g as c};

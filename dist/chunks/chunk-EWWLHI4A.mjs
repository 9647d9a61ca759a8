import{a as s}from"./chunk-5TE5HSCQ.mjs";import{e}from"./chunk-FFN2BFEO.mjs";import{d as i}from"./chunk-VYISMYPH.mjs";var o=i(s(),1);var c={indent:2,indentSeq:!0,lineWidth:0,flowCollectionPadding:!0};function u(n,t){let r=n.toString(c).replaceAll(`\r
`,`
`);return(t.startsWith(e)?e:"")+m(r,t)}function m(n,t){return/\r\n/.test(t)&&!/(^|[^\r])\n/.test(t)?n.replaceAll(`
`,`\r
`):n}function l(n){let t=[];for(let r of new o.Lexer().lex(n))r.startsWith("#")&&t.push(r.trimEnd());return t}export{c as a,u as b,m as c,l as d};

function l(i,r){let t=i.split(`
`),e=r.split(`
`),n=0;for(;n<t.length&&n<e.length&&t[n]===e[n];)n++;return Math.min(n,t.length-1)+1}export{l as a};

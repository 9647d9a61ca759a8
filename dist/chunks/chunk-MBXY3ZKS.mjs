import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
var t={out:s=>process.stdout.write(s.endsWith(`
`)?s:`${s}
`),err:s=>process.stderr.write(s.endsWith(`
`)?s:`${s}
`),stdin:async()=>{if(process.stdin.isTTY)throw new r;let s=[];for await(let o of process.stdin)s.push(o);return Buffer.concat(s).toString("utf8")}},r=class extends Error{};export{t as a,r as b};

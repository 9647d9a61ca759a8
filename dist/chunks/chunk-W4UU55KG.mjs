var t={out:r=>process.stdout.write(r.endsWith(`
`)?r:`${r}
`),err:r=>process.stderr.write(r.endsWith(`
`)?r:`${r}
`),stdin:async()=>{if(process.stdin.isTTY)throw new e;let r=[];for await(let s of process.stdin)r.push(s);return Buffer.concat(r).toString("utf8")},terminal:()=>process.stdin.isTTY&&process.stderr.isTTY?{input:process.stdin,output:process.stderr}:void 0},e=class extends Error{};export{t as a,e as b};

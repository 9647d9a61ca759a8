import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as i}from"./chunks/chunk-BNTFXC5G.mjs";import{a as m,c as p}from"./chunks/chunk-53DU5L7F.mjs";import{a as s,b as a}from"./chunks/chunk-CVJPPYBY.mjs";import"./chunks/chunk-VYISMYPH.mjs";var d={out:r=>process.stdout.write(r.endsWith(`
`)?r:`${r}
`),err:r=>process.stderr.write(r.endsWith(`
`)?r:`${r}
`)};var c={validate:async()=>(await import("./chunks/validate-BUVFKCBP.mjs")).validateCommand,render:async()=>(await import("./chunks/render-LNW4BS67.mjs")).renderCommand,import:async()=>(await import("./chunks/import-FXXYQTVC.mjs")).importCommand,links:async()=>(await import("./chunks/links-G55ZRTMN.mjs")).linksCommand,init:async()=>(await import("./chunks/init-PPHT4YFT.mjs")).initCommand};async function u(r,e=d){let[o,...l]=r;try{if(o===void 0||o==="--help"||o==="-h"||o==="help")return e.out(p),0;if(o==="--version"||o==="-v")return e.out("0.1.0"),0;let t=c[o];if(!t){let n=i(o,Object.keys(c));throw new m(`unknown command "${o}"${n?`; did you mean "${n}"?`:""}
Run: syllabus --help`)}return await(await t())(l,e)}catch(t){return t instanceof a?(e.err(`syllabus: ${t.message}`),t.exitCode):(e.err(`syllabus: internal error (a bug; please report it with this output)
${t.stack??t}`),s.internal)}}process.exitCode=await u(process.argv.slice(2));

import{b as o}from"./chunk-VYISMYPH.mjs";var e=o((l,s)=>{s.exports=globalThis.process});export{e as a};

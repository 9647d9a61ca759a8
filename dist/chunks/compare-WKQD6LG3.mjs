import{a,b}from"./chunk-4UYMKBAS.mjs";import"./chunk-VYISMYPH.mjs";export{a as compare,b as needsAttention};

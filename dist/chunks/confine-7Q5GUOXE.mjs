import{a}from"./chunk-MBDP37JP.mjs";import"./chunk-DCZ4HSPS.mjs";import"./chunk-6W37O43O.mjs";import"./chunk-Z7ZWDEH7.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

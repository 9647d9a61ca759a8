import{a}from"./chunk-MRTV2P25.mjs";import"./chunk-DPLIFBR4.mjs";import"./chunk-OZFKYSSS.mjs";import"./chunk-Z7ZWDEH7.mjs";import"./chunk-VYISMYPH.mjs";export{a as outputsOutsideRepository};

import{a}from"./chunk-ESSQQHWG.mjs";import"./chunk-GZEWIGVN.mjs";import"./chunk-LMRIFRDC.mjs";import"./chunk-FH434EPA.mjs";import"./chunk-VYISMYPH.mjs";export{a as missingPages};

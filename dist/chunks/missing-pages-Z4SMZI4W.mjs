import{a}from"./chunk-L2PUSE4R.mjs";import"./chunk-GZEWIGVN.mjs";import"./chunk-LMRIFRDC.mjs";import"./chunk-FH434EPA.mjs";import"./chunk-VYISMYPH.mjs";export{a as missingPages};

import{a}from"./chunk-QPHQ6PM6.mjs";import"./chunk-GZEWIGVN.mjs";import"./chunk-Z7ZWDEH7.mjs";import"./chunk-VYISMYPH.mjs";export{a as missingPages};

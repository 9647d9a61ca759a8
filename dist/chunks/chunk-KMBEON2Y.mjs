import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
function e(i){let n=`${i.file}:${i.line}:${i.col}: ${i.severity}: ${i.message} [${i.rule}]`;return i.hint?`${n}
  hint: ${i.hint}`:n}function t(i,n){return i.line-n.line||i.col-n.col}export{e as a,t as b};

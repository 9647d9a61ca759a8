import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
function t(n){let i=n.severity==="warning"?"warning: ":"",e=`${n.file}:${n.line}:${n.col}: ${i}${n.message} [${n.rule}]`;return n.hint?`${e}
  hint: ${n.hint}`:e}function r(n,i){return n.line-i.line||n.col-i.col}export{t as a,r as b};

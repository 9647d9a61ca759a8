import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
var n=/\b(src|href)\s*=\s*(["'])(.*?)\2/gi;function i(e){return[...e.matchAll(n)].map(t=>{let[s,f="",,r=""]=t;return{attribute:f.toLowerCase()==="src"?"src":"href",url:r,offset:(t.index??0)+s.lastIndexOf(r),attributeOffset:t.index??0}})}export{i as a};

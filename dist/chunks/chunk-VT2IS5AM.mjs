import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as r}from"./chunk-BDHIL5VC.mjs";import o from"node:path";var e=16*1024*1024;function n(t){return r(o.resolve(t),e,"catalog")}export{n as a};

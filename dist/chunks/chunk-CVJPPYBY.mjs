import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
var n={ok:0,failed:1,badInput:2,internal:3},e=class extends Error{name="InputError";exitCode=n.badInput};export{n as a,e as b};
